package org.plnet.reports.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.LearningNetworkFigures;
import org.plnet.engine.analysis.PersonFigures;
import org.plnet.engine.analysis.ProgrammeFigures;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.links.SchoolLinks;
import org.plnet.reports.layout.FruchtermanReingoldLayout;
import org.plnet.reports.layout.Layout;
import org.plnet.reports.layout.Sociogram;
import org.plnet.reports.layout.SociogramNode;

/**
 * Builds a learning network's page (programmes.md, section 5): its figures, its schools' links within the
 * network against the network's medians, its sociogram and its brokers. People are named as on the
 * overview ({@link PersonLabels#forOverview}): only under names: full.
 */
final class NetworkReport {

    private static final int BROKERS = 10;
    private static final long SEED = 20190101L;

    private NetworkReport() {
    }

    /**
     * @param network     the network's index in {@link ProgrammeFigures#networks()}
     * @param schoolHrefs each school's page, relative to the network's page
     * @param staff       the network's staff, in roster order ({@link #staff})
     * @param layout      their positions ({@link #layout})
     */
    static NetworkPage build(Study study, ComparedWaves waves, Disclosure disclosure, int network,
                             Map<String, String> schoolHrefs, List<Integer> staff, Layout layout, String idPrefix) {
        GraphAnalysis now = waves.current();
        NameMode mode = disclosure.names();
        boolean people = disclosure.showsPeople();
        ProgrammeFigures p = now.programme();
        LearningNetworkFigures n = p.networks().get(network);
        FlowWording flow = FlowWording.of(study, now);
        List<LinkMeasure> shownMeasures = LinkMeasure.shown(Pages.fromRegister(study, now));
        PersonLabels labels = PersonLabels.forOverview(study, mode);

        List<Integer> schools = new ArrayList<>();
        for (int g = 0; g < study.schools().size(); g++) {
            if (n.network().equals(p.schools().get(g).network())) {
                schools.add(g);
            }
        }
        List<OverviewPage.SchoolRow> rows = new ArrayList<>();
        for (int g : schools) {
            SchoolLinks within = p.schools().get(g).linksWithinNetwork();
            List<Cell> cells = new ArrayList<>();
            for (LinkMeasure m : people ? shownMeasures : List.<LinkMeasure>of()) {
                cells.add(Cell.of(m, m.of(within)));
            }
            String school = study.schools().get(g);
            rows.add(new OverviewPage.SchoolRow(school, schoolHrefs.get(school), cells));
        }
        List<Cell> medians = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (LinkMeasure m : shownMeasures) {
            columns.add(new Column(m.label(), m.meaning(), true));
            medians.add(ProgrammeText.median(m, Median.of(schools.stream()
                    .map(g -> m.of(p.schools().get(g).linksWithinNetwork())).toList())));
        }
        // the aggregate mode shows no person and, as the overview, no ranking of schools (Disclosure)
        // above a few hundred staff one mark per person prints as a smudge: one per school, as the overview does
        boolean bySchool = NetworkPictures.drawsSchools(staff.size());
        NetworkPictures pictures = new NetworkPictures(study);
        Sociogram sociogram = !people ? null : bySchool ? schoolMarks(study, pictures, now, staff, flow, n.network(),
                idPrefix) : sociogram(study, now.graph().compact(), staff, labels, flow, n.network(), layout, idPrefix);
        String namesNote = switch (mode) {
            case FULL -> "Everyone is named on this page (names: full). Keep it to the research team.";
            case SCHOOL, NONE -> "Nobody is named on this page: people appear as \u201cMember 3\u201d (a network"
                    + " member) or \u201cColleague 17\u201d (other staff), the same numbers on every page.";
            case AGGREGATE -> "No person appears on this page, only figures of the network as a whole. "
                    + disclosure.withheldNote();
        };
        List<Figure> figures = disclosure.shows(n.staff()) ? figures(n) : List.of();
        return new NetworkPage(Pages.heading(study, waves, flow), n.network(), namesNote, figures, columns,
                rows, people ? medians : List.of(), sociogram,
                people && !bySchool ? pictures.legend(sociogram, staff) : List.of(),
                people ? brokers(now, staff, labels) : List.of(), flow.brokerageNote());
    }

    private static Sociogram schoolMarks(Study study, NetworkPictures pictures, GraphAnalysis now, List<Integer> staff,
                                         FlowWording flow, String network, String idPrefix) {
        boolean[] in = new boolean[study.size()];
        staff.forEach(v -> in[v] = true);
        return pictures.schools(now.graph().compact(), v -> in[v], "The learning network " + network + " has "
                + staff.size() + " staff", "The learning network " + network + ", one mark per school", flow, idPrefix);
    }

    private static List<Figure> figures(LearningNetworkFigures n) {
        return List.of(
                count("Schools", n.schools(), "Schools of the roster in this network."),
                count("Staff", n.staff(), "People on the roster who work in its schools."),
                count("Members", n.members(), "Of them, those who take part in the learning network."),
                new Figure("Answered", FigureText.percent(n.staff() == 0 ? null : (double) n.respondents() / n.staff()),
                        FigureText.exact(n.respondents()), null, null, n.respondents() + " of the staff answered the"
                        + " survey."),
                count("Ties inside", n.internalTies(), "Ties between two people of the network's schools."),
                count("Ties between its schools", n.crossSchoolTies(), "Of those, ties that join two different"
                        + " schools of the network."),
                count("Ties with other networks", n.externalTies(), "Ties between its staff and people outside the"
                        + " network (other networks, schools in no network, unknown schools)."),
                decimal("Inside or out", n.eiIndex(), "From -1 (every tie stays inside the network) to +1 (every tie"
                        + " goes outside it): the E-I index."),
                percent("Density", n.density(), "Of all the possible ties between two of its staff, the share"
                        + " that exist."),
                percent("Density between schools", n.crossSchoolDensity(), "Of all the possible ties between"
                        + " people of two different schools of the network, the share that exist."),
                count("Schools with a two-way link", n.schoolsTwoWayLinked(), "Schools whose staff and members"
                        + " learn from each other and whose members are tied to the rest of this network."),
                percent("Reach", n.reach(), "The share of the schools' staff (other than members) tied to a member"
                        + " of this network."),
                percent("Tie strength", n.tieStrength(), "How strong, on average, their best tie to a member of this"
                        + " network is (0 to 100%)."));
    }

    private static Figure count(String label, long v, String meaning) {
        return new Figure(label, FigureText.count(v), FigureText.exact(v), null, null, meaning);
    }

    private static Figure percent(String label, Double v, String meaning) {
        return new Figure(label, FigureText.percent(v), FigureText.exact(v), null, null, meaning);
    }

    private static Figure decimal(String label, Double v, String meaning) {
        return new Figure(label, FigureText.decimal(v), FigureText.exact(v), null, null, meaning);
    }

    /** The people of a network (or, for {@code network} -1, of none), in roster order. */
    static List<Integer> staff(GraphAnalysis now, String network) {
        List<Integer> staff = new ArrayList<>();
        for (int v = 0; v < now.people().size(); v++) {
            if (java.util.Objects.equals(network, now.programme().personNetworks().get(v))) {
                staff.add(v);
            }
        }
        return staff;
    }

    /** The positions of {@code staff} in the picture of the ties among them, seeded. */
    static Layout layout(Study study, CompactGraph d, List<Integer> staff) {
        CompactGraph drawn = among(study, d, staff);
        int[] school = study.schoolIndex();
        int[] groups = new int[staff.size()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = school[staff.get(i)];
        }
        return FruchtermanReingoldLayout.compute(drawn.neighbourOffsets(), drawn.neighbours(), groups, SEED);
    }

    /** The ties of D among {@code staff}, renumbered 0.. in their order. */
    private static CompactGraph among(Study study, CompactGraph d, List<Integer> staff) {
        int[][] arcs = arcs(study, d, staff);
        double[] w = new double[arcs[0].length];
        Arrays.fill(w, 1);
        return CompactGraph.of(staff.size(), arcs[0], arcs[1], w);
    }

    private static int[][] arcs(Study study, CompactGraph d, List<Integer> staff) {
        int size = staff.size();
        int[] local = new int[study.size()];
        Arrays.fill(local, -1);
        for (int i = 0; i < size; i++) {
            local[staff.get(i)] = i;
        }
        List<int[]> arcs = new ArrayList<>();
        for (int v : staff) {
            for (int k = d.outOffsets()[v]; k < d.outOffsets()[v + 1]; k++) {
                int u = d.outTargets()[k];
                if (local[u] >= 0) {
                    arcs.add(new int[] {local[v], local[u]});
                }
            }
        }
        int[] from = new int[arcs.size()];
        int[] to = new int[arcs.size()];
        for (int k = 0; k < arcs.size(); k++) {
            from[k] = arcs.get(k)[0];
            to[k] = arcs.get(k)[1];
        }
        return new int[][] {from, to};
    }

    /** The staff of the network's schools and the ties among them; visible labels on members only. */
    private static Sociogram sociogram(Study study, CompactGraph d, List<Integer> staff, PersonLabels labels,
                                       FlowWording flow, String network, Layout layout, String idPrefix) {
        int size = staff.size();
        int[][] arcs = arcs(study, d, staff);
        int[] from = arcs[0];
        int[] to = arcs[1];
        int[] school = study.schoolIndex();
        int[] groups = new int[size];
        List<SociogramNode> nodes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int v = staff.get(i);
            Person person = study.people().get(v);
            groups[i] = school[v];
            nodes.add(new SociogramNode(labels.title(v), person.member() ? labels.shortLabel(v) : null, groups[i],
                    person.member(), d.inDegree(v)));
        }
        String description = "Each mark is one of the " + size + " staff of the schools of " + network + "; its"
                + " colour and shape show the school (see the key), a thick black ring marks a network member, and"
                + " the more people named someone the bigger their mark. Each of the " + from.length + " lines is a"
                + " tie between two of them, with an arrow head at the person named. " + flow.arrowMeaning();
        return Sociogram.draw(idPrefix + "network", "Sociogram of the learning network " + network, description,
                nodes, from, to, layout);
    }

    /** The staff with the most brokerage that involves another school, most first. */
    private static List<NetworkPage.Broker> brokers(GraphAnalysis now, List<Integer> staff, PersonLabels labels) {
        List<Integer> ranked = new ArrayList<>();
        for (int v : staff) {
            PersonFigures f = now.people().get(v);
            if (f.brokerage().total() - f.brokerage().coordinator() > 0) {
                ranked.add(v);
            }
        }
        ranked.sort(Comparator.<Integer>comparingLong(v -> -(now.people().get(v).brokerage().total()
                - now.people().get(v).brokerage().coordinator())).thenComparingInt(v -> v));
        List<NetworkPage.Broker> brokers = new ArrayList<>();
        for (int v : ranked.subList(0, Math.min(BROKERS, ranked.size()))) {
            PersonFigures f = now.people().get(v);
            brokers.add(new NetworkPage.Broker(labels.shortLabel(v), f.person().school(),
                    Cell.count(f.brokerage().total() - f.brokerage().coordinator()), Cell.count(f.brokerage().total())));
        }
        return brokers;
    }
}
