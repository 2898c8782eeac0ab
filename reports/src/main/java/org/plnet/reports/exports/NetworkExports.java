package org.plnet.reports.exports;

import java.io.IOException;
import java.util.List;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;
import org.plnet.reports.tables.NetworkWorkbook;
import org.plnet.reports.tables.TieTable;

/**
 * The files of a report for further analysis in other tools, written into the report's output folder:
 * <ul>
 *   <li>{@value #TIES_CSV}: every kept tie of every relation and wave ({@link TieTable});
 *   <li>{@value #WORKBOOK}: people.csv, schools.csv and ties.csv as the sheets of one workbook
 *       ({@link NetworkWorkbook});
 *   <li>{@value #GRAPHML} ({@link GraphMlWriter}), {@value #GEXF} ({@link GexfWriter}, with the report's layout)
 *       and {@value #PAJEK} ({@link PajekWriter}): the relation and wave the report shows, with the
 *       people's attributes and figures;
 *   <li>{@value #UCINET}: every relation of that wave, one matrix each ({@link UcinetDlWriter}).
 * </ul>
 * The files name people as the roster does: they are for the researcher, whatever the reports' privacy
 * setting.
 */
public final class NetworkExports {

    public static final String TIES_CSV = "ties.csv";
    public static final String WORKBOOK = "network.xlsx";
    public static final String GRAPHML = "network.graphml";
    public static final String GEXF = "network.gexf";
    public static final String UCINET = "network.dl";
    public static final String PAJEK = "network.net";

    /** Every file {@link #writeAll} writes, in the order it writes them. */
    public static final List<String> FILES = List.of(TIES_CSV, WORKBOOK, GRAPHML, GEXF, UCINET, PAJEK);

    private NetworkExports() {
    }

    /**
     * Writes the {@link #FILES} into {@code folder}.
     *
     * @param folder   the report's output folder (committed by the caller)
     * @param study    the study
     * @param analysis its analysis
     * @param chosen   the relation and wave the report shows, one of {@code analysis.analyses()};
     *                 {@code null} when the study has no tie (the graph files then hold the people alone)
     * @param layout   where the report's picture puts each person, or {@code null} for people on a circle
     * @throws IllegalArgumentException when the analysis or the positions do not fit the study
     */
    public static void writeAll(OutputFolder folder, Study study, StudyAnalysis analysis, GraphAnalysis chosen,
                                Positions layout) throws IOException {
        // refuse bad input before the first file is written
        graphOf(study, chosen);
        if (layout != null) {
            layout.checkSize(study.size());
        }
        writeWithoutLayout(folder, study, analysis, chosen);
        writeLayout(folder, study, chosen, layout);
    }

    /**
     * Writes the {@link #FILES} that do not carry the picture's positions (all but GEXF), so that a report can
     * write them while its pictures are still being laid out; see {@link #writeAll}.
     */
    public static void writeWithoutLayout(OutputFolder folder, Study study, StudyAnalysis analysis,
                                          GraphAnalysis chosen) throws IOException {
        graphOf(study, chosen);
        folder.write(TIES_CSV, out -> TieTable.of(study).write(out));
        folder.write(WORKBOOK, out -> NetworkWorkbook.write(study, analysis, out));
        folder.write(GRAPHML, out -> GraphMlWriter.write(study, chosen, out));
        String wave = chosen == null ? null : chosen.wave();
        folder.write(UCINET, out -> UcinetDlWriter.write(study, analysis, wave, out));
        folder.write(PAJEK, out -> PajekWriter.write(study, chosen, out));
    }

    /** Writes the one export that carries the picture's positions (GEXF); see {@link #writeAll}. */
    public static void writeLayout(OutputFolder folder, Study study, GraphAnalysis chosen, Positions layout)
            throws IOException {
        graphOf(study, chosen);
        if (layout != null) {
            layout.checkSize(study.size());
        }
        folder.write(GEXF, out -> GexfWriter.write(study, chosen, layout, out));
    }

    /**
     * The graph an export shows: D as analysed, or the people and no arcs without an analysis (a study
     * with no tie).
     *
     * @throws IllegalArgumentException when the analysis is not of this study's roster
     */
    static CompactGraph graphOf(Study study, GraphAnalysis layer) {
        if (layer == null) {
            return CompactGraph.empty(study.size());
        }
        layer.checkRosterOf(study);
        return layer.graph().compact();
    }
}
