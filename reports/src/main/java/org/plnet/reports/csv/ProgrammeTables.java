package org.plnet.reports.csv;

import java.util.ArrayList;
import java.util.List;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.LearningNetworkFigures;
import org.plnet.engine.analysis.ProgrammeFigures;
import org.plnet.engine.analysis.SchoolFigures;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.scoring.breakdowns.Breakdown;
import org.plnet.engine.scoring.brokerage.BrokerageCounts;
import org.plnet.engine.scoring.links.SchoolLinks;

/**
 * The programme figures of metrics.json (programmes.md) as flat tables: {@code networks.csv}, one row per
 * network and relation/wave; {@code breakdowns.csv}, one row per attribute value and relation/wave for the
 * whole study (empty {@code school}) and then for each school; and the columns of a school's network and
 * its {@code linksWithinNetwork} that schools.csv gets when the study has networks. Same values, same
 * names, same definitions as metrics.json.
 */
public final class ProgrammeTables {

    private static final List<String> NETWORK_COLUMNS = List.of("network", "schools", "staff", "members",
            "respondents", "internalTies", "crossSchoolTies", "externalTies", "eiIndex", "density",
            "crossSchoolDensity", "schoolsTwoWayLinked", "reach", "tieStrength");
    private static final List<String> BREAKDOWN_COLUMNS = List.of("school", "attribute", "value", "people",
            "respondents", "outTies", "inTies", "crossSchoolOutTies", "crossSchoolInTies", "crossSchoolShare",
            "eiIndex", "meanInDegree", "meanBetweenness", "meanOutDegree", "brokerageCoordinator",
            "brokerageItinerant", "brokerageRepresentative", "brokerageGatekeeper", "brokerageLiaison",
            "brokerageTotal");

    private ProgrammeTables() {
    }

    /** Whether the analysis has programme figures to show (networks, or breakdowns study.yaml asks for). */
    public static boolean reported(StudyAnalysis analysis) {
        return analysis.analyses().stream().anyMatch(a -> a.programme().reported());
    }

    /** Whether the study has networks. */
    public static boolean hasNetworks(StudyAnalysis analysis) {
        return analysis.analyses().stream().anyMatch(a -> a.programme().hasNetworks());
    }

    public static SpreadsheetCsv networks(StudyAnalysis analysis) {
        List<String> columns = new ArrayList<>(List.of("relation", "wave"));
        columns.addAll(NETWORK_COLUMNS);
        SpreadsheetCsv table = new SpreadsheetCsv(columns);
        for (GraphAnalysis layer : analysis.analyses()) {
            for (LearningNetworkFigures n : layer.programme().networks()) {
                table.row(layer.relation(), layer.wave(), n.network(), n.schools(), n.staff(), n.members(),
                        n.respondents(), n.internalTies(), n.crossSchoolTies(), n.externalTies(), n.eiIndex(),
                        n.density(), n.crossSchoolDensity(), n.schoolsTwoWayLinked(), n.reach(), n.tieStrength());
            }
        }
        return table;
    }

    public static SpreadsheetCsv breakdowns(StudyAnalysis analysis) {
        List<String> columns = new ArrayList<>(List.of("relation", "wave"));
        columns.addAll(BREAKDOWN_COLUMNS);
        SpreadsheetCsv table = new SpreadsheetCsv(columns);
        for (GraphAnalysis layer : analysis.analyses()) {
            ProgrammeFigures p = layer.programme();
            for (Breakdown b : p.breakdowns()) {
                table.row(breakdownRow(layer, null, b));
            }
            for (int g = 0; g < layer.schools().size(); g++) {
                for (Breakdown b : p.schools().get(g).breakdowns()) {
                    table.row(breakdownRow(layer, layer.schools().get(g).school(), b));
                }
            }
        }
        return table;
    }

    private static List<Object> breakdownRow(GraphAnalysis layer, String school, Breakdown b) {
        BrokerageCounts c = b.brokerage();
        List<Object> row = new ArrayList<>();
        row.add(layer.relation());
        row.add(layer.wave());
        row.add(school);
        row.add(b.attribute());
        row.add(b.value());
        row.add(b.people());
        row.add(b.respondents());
        row.add(b.outTies());
        row.add(b.inTies());
        row.add(b.crossSchoolOutTies());
        row.add(b.crossSchoolInTies());
        row.add(b.crossSchoolShare());
        row.add(b.eiIndex());
        row.add(b.meanInDegree());
        row.add(b.meanBetweenness());
        row.add(b.meanOutDegree());
        row.add(c.coordinator());
        row.add(c.itinerant());
        row.add(c.representative());
        row.add(c.gatekeeper());
        row.add(c.liaison());
        row.add(c.total());
        return row;
    }

    /** The columns schools.csv adds with networks: {@code network}, then {@code withinNetwork} + each link field. */
    static List<String> schoolColumns(List<String> linkColumns) {
        List<String> columns = new ArrayList<>(List.of("network"));
        for (String c : linkColumns) {
            columns.add("withinNetwork" + Character.toUpperCase(c.charAt(0)) + c.substring(1));
        }
        return columns;
    }

    /** The values of {@link #schoolColumns} for school {@code g}: its network and links within it (empty when none). */
    static List<Object> schoolCells(GraphAnalysis layer, int g, List<org.plnet.reports.FigureColumn<SchoolFigures>> links) {
        SchoolFigures s = layer.schools().get(g);
        SchoolLinks within = layer.programme().schools().get(g).linksWithinNetwork();
        List<Object> cells = new ArrayList<>();
        cells.add(layer.programme().schools().get(g).network());
        SchoolFigures view = within == null ? null : new SchoolFigures(s.school(), s.staff(), s.members(),
                s.respondents(), s.internalTies(), s.externalTies(), s.eiIndex(), s.density(), within, s.eiTest());
        for (org.plnet.reports.FigureColumn<SchoolFigures> c : links) {
            cells.add(view == null ? null : c.read(view));
        }
        return cells;
    }
}
