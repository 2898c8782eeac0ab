package org.plnet.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.LearningNetworkFigures;
import org.plnet.engine.analysis.ProgrammeFigures;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.networks.NetworkMembership;

/**
 * Builds the programme overview (programmes.md, section 5): one sortable row per learning network, the
 * picture of the networks and the schools in no network. It draws networks, never people, so it stays
 * small for a programme of 25,000 staff; it names nobody.
 */
final class ProgrammeOverview {

    /** A column of the networks table: its header, its value, how a value and the median are written. */
    private record NetworkColumn(Column column, Function<LearningNetworkFigures, Double> value,
                                 Function<Double, Cell> cell, Function<Double, Cell> median) {
    }

    private static final List<NetworkColumn> COLUMNS = List.of(
            count("Schools", "How many schools of the roster belong to the network.", n -> n.schools()),
            count("Staff", "How many people on the roster work in its schools.", n -> n.staff()),
            share("Answered", "The share of its staff who answered this survey.",
                    n -> n.staff() == 0 ? null : (double) n.respondents() / n.staff()),
            count("Ties inside", "Ties between two people of the network's schools.", n -> n.internalTies()),
            count("Ties between its schools", "Of the ties inside, those that join two different schools of the"
                    + " network.", n -> n.crossSchoolTies()),
            count("Ties with other networks", "Ties between its staff and people outside the network.",
                    n -> n.externalTies()),
            decimal("Inside or out", "From -1 (every tie stays inside the network) to +1 (every tie goes outside"
                    + " it): the E-I index.", LearningNetworkFigures::eiIndex),
            share("Density between schools", "Of all the possible ties between people of two different schools of"
                    + " the network, the share that exist.", LearningNetworkFigures::crossSchoolDensity),
            count("Schools with a two-way link", "Schools whose staff and members learn from each other and who"
                    + " are tied to the rest of their network.", n -> n.schoolsTwoWayLinked()),
            share("Reach", "The share of the schools' staff (other than members) tied to a member of the network.",
                    LearningNetworkFigures::reach),
            share("Tie strength", "How strong, on average, the staff's best tie to a member of the network is (0 to"
                    + " 100%).", LearningNetworkFigures::tieStrength));

    private ProgrammeOverview() {
    }

    static ProgrammeOverviewPage build(Study study, ComparedWaves waves, Map<String, String> networkFiles,
                                       Map<String, String> schoolFiles) {
        GraphAnalysis now = waves.current();
        ProgrammeFigures p = now.programme();
        FlowWording flow = FlowWording.of(study, now);
        List<OverviewPage.SchoolRow> rows = new ArrayList<>();
        for (LearningNetworkFigures n : p.networks()) {
            List<Cell> cells = new ArrayList<>();
            COLUMNS.forEach(c -> cells.add(c.cell().apply(c.value().apply(n))));
            rows.add(new OverviewPage.SchoolRow(n.network(), networkFiles.get(n.network()), cells));
        }
        List<Cell> medians = new ArrayList<>();
        for (NetworkColumn c : COLUMNS) {
            Double median = Median.of(p.networks().stream().map(c.value()).toList());
            medians.add(c.median().apply(median));
        }
        List<ProgrammeOverviewPage.Link> without = new ArrayList<>();
        for (int g = 0; g < study.schools().size(); g++) {
            if (p.schools().get(g).network() == null) {
                String school = study.schools().get(g);
                without.add(new ProgrammeOverviewPage.Link(school, schoolFiles.get(school)));
            }
        }
        int inNetworks = study.schools().size() - without.size();
        List<Figure> figures = List.of(
                figure("Learning networks", FigureText.count(p.networks().size()), p.networks().size(),
                        "Groups of schools that work together in the programme."),
                figure("Schools in a network", FigureText.count(inNetworks), inNetworks,
                        without.isEmpty() ? "Every school of the roster belongs to a network."
                                : without.size() + " more school" + (without.size() == 1 ? " is" : "s are")
                                + " in no network (listed below)."),
                figure("Staff", FigureText.count(now.network().people()), now.network().people(),
                        "People on the roster."),
                new Figure("Inside or across networks", FigureText.decimal(p.eiIndexNetworks()),
                        FigureText.exact(p.eiIndexNetworks()), null, null, "From -1 (every tie between two"
                        + " networks' staff stays inside one network) to +1 (every such tie joins two networks)."),
                new Figure("Reach", FigureText.percent(now.network().links().reach()),
                        FigureText.exact(now.network().links().reach()), null, null, "The share of all staff"
                        + " (other than members) tied to a network member anywhere in the programme."));
        return new ProgrammeOverviewPage(Pages.heading(study, waves, flow), "Nobody is named on this page: it shows"
                + " learning networks and schools, not people.", figures,
                COLUMNS.stream().map(NetworkColumn::column).toList(), rows, medians,
                map(now, study, networkFiles), without);
    }

    private static NetworkMap map(GraphAnalysis now, Study study, Map<String, String> networkFiles) {
        ProgrammeFigures p = now.programme();
        NetworkMembership membership = NetworkMembership.of(study);
        int k = membership.networkCount();
        long[][] ties = new long[k][k];
        CompactGraph d = now.graph().compact();
        for (int u = 0; u < d.vertexCount(); u++) {
            int a = membership.networkOfPerson(u);
            if (a < 0) {
                continue;
            }
            for (int e = d.outOffsets()[u]; e < d.outOffsets()[u + 1]; e++) {
                int b = membership.networkOfPerson(d.outTargets()[e]);
                if (b >= 0 && b != a) {
                    ties[a][b]++;
                    ties[b][a]++;
                }
            }
        }
        int[] staff = p.networks().stream().mapToInt(LearningNetworkFigures::staff).toArray();
        List<String> hrefs = membership.networks().stream().map(networkFiles::get).toList();
        return NetworkMap.draw(membership.networks(), staff, ties, hrefs);
    }

    private static Figure figure(String label, String value, long exact, String meaning) {
        return new Figure(label, value, FigureText.exact(exact), null, null, meaning);
    }

    private static NetworkColumn count(String label, String meaning, Function<LearningNetworkFigures, Number> v) {
        return new NetworkColumn(new Column(label, meaning, true), n -> v.apply(n).doubleValue(),
                x -> Cell.count(x.longValue()), ProgrammeText::medianCount);
    }

    private static NetworkColumn share(String label, String meaning, Function<LearningNetworkFigures, Double> v) {
        return new NetworkColumn(new Column(label, meaning, true), v, Cell::percent, Cell::percent);
    }

    private static NetworkColumn decimal(String label, String meaning, Function<LearningNetworkFigures, Double> v) {
        return new NetworkColumn(new Column(label, meaning, true), v, Cell::decimal, Cell::decimal);
    }
}
