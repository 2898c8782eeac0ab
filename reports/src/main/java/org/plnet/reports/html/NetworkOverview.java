package org.plnet.reports.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.NetworkFigures;
import org.plnet.engine.analysis.PersonFigures;
import org.plnet.engine.analysis.SchoolFigures;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.brokerage.BrokerageCounts;
import org.plnet.reports.html.OverviewPage.BrokerRow;
import org.plnet.reports.html.OverviewPage.ResponseRow;
import org.plnet.reports.html.OverviewPage.SchoolRow;
import org.plnet.reports.layout.Layout;

/** Builds the data of {@code index.html}, the network overview, from the analysis. */
final class NetworkOverview {

    /** How many brokers the overview lists. */
    static final int BROKERS_LISTED = 10;

    /** The link measures of the schools table, in column order, after staff. */
    static final List<LinkMeasure> TABLE_MEASURES = List.of(LinkMeasure.RESPONSE_RATE, LinkMeasure.REACH,
            LinkMeasure.TIE_STRENGTH, LinkMeasure.STRONG_REACH, LinkMeasure.INFLOW_TIES, LinkMeasure.OUTFLOW_TIES,
            LinkMeasure.TWO_WAY_SHARE, LinkMeasure.NETWORK_TIES, LinkMeasure.BRIDGING_MEMBERS);

    private NetworkOverview() {
    }

    static OverviewPage build(Study study, ComparedWaves waves, Layout layout, NameMode mode,
                              Map<String, String> schoolFiles, List<String> otherRelations) {
        GraphAnalysis now = waves.current();
        CompactGraph d = now.graph().compact();
        GraphAnalysis before = waves.previous();
        FlowWording flow = new FlowWording(study.relation(now.relation()).flow());
        PersonLabels labels = PersonLabels.forOverview(study, mode);
        NetworkPictures pictures = new NetworkPictures(study);
        var sociogram = pictures.whole(d, layout, labels, flow);
        List<Integer> everyone = new ArrayList<>();
        for (int v = 0; v < study.size(); v++) {
            everyone.add(v);
        }
        String namesNote = switch (mode) {
            case FULL -> "Everyone is named on this page (names: full). Keep it to the research team.";
            case SCHOOL, NONE -> "Nobody is named on this page: people appear as \u201cMember 3\u201d (a network member)"
                    + " or \u201cColleague 17\u201d (other staff), the same numbers on every page.";
        };
        return new OverviewPage(Pages.heading(study, waves, flow), namesNote,
                otherRelations.isEmpty() ? null : String.join(", ", otherRelations),
                figures(study, now, before), sociogram, pictures.legend(sociogram, everyone), schoolColumns(),
                schoolRows(now, schoolFiles), medians(now), brokers(study, now, labels, flow),
                responses(now, before), before == null ? List.of() : changeColumns(before, now),
                before == null ? List.of() : changeRows(now, before, schoolFiles), GlossaryEntry.linkMeasures(),
                flow.brokerageNote(), ChanceWording.insideOrAcross(now.network().eiTest(), "the network"),
                ChanceWording.BROKERAGE_NOTE);
    }

    private static List<Figure> figures(Study study, GraphAnalysis now, GraphAnalysis before) {
        List<Figure> figures = new ArrayList<>();
        NetworkFigures n = now.network();
        NetworkFigures b = before == null ? null : before.network();
        figures.add(countFigure("People", n.people(), null,
                "staff on the roster, in " + now.schools().size() + " schools"));
        long answered = study.respondents(now.wave()).cardinality();
        Double rate = n.people() == 0 ? null : (double) answered / n.people();
        Double rateBefore = null;
        String previousAnswered = null;
        if (before != null) {
            long answeredBefore = study.respondents(before.wave()).cardinality();
            rateBefore = n.people() == 0 ? null : (double) answeredBefore / n.people();
            previousAnswered = answeredBefore + " (" + FigureText.percent(rateBefore) + ")";
        }
        figures.add(new Figure("Answered the survey", answered + " (" + FigureText.percent(rate) + ")",
                FigureText.exact(rate), previousAnswered,
                before == null ? null : FigureText.percentChange(rateBefore, rate), "people who answered this wave"));
        long members = study.people().stream().filter(Person::member).count();
        figures.add(countFigure("Network members", members, null,
                "staff who take part in the learning network"));
        figures.add(countFigure("Ties", n.ties(), b == null ? null : b.ties(),
                "times someone named a colleague in answer to the question"));
        figures.add(shareFigure("Ties returned", n.reciprocity(), b == null ? null : b.reciprocity(), before != null,
                "share of ties where the person named also named the first person"));
        int linked = n.links().schoolsTwoWayLinked();
        figures.add(new Figure("Schools with a working two-way link", linked + " of " + n.links().schools(),
                FigureText.exact(linked),
                b == null ? null : b.links().schoolsTwoWayLinked() + " of " + b.links().schools(),
                b == null ? null : FigureText.countChange(b.links().schoolsTwoWayLinked(), linked),
                "learning comes in through the members, goes back out, and the members are tied to other schools"));
        figures.add(shareFigure("Reach", n.links().reach(), b == null ? null : b.links().reach(), before != null,
                "colleagues, across all schools, directly tied to a network member"));
        Double strength = n.links().tieStrength();
        Double strengthBefore = b == null ? null : b.links().tieStrength();
        figures.add(new Figure("Tie strength", FigureText.decimal(strength), FigureText.exact(strength),
                before == null ? null : FigureText.decimal(strengthBefore),
                before == null ? null : FigureText.decimalChange(strengthBefore, strength),
                "how strong the average colleague's best link into the network is, from 0 to 1"));
        return figures;
    }

    private static Figure countFigure(String label, long value, Long previous, String meaning) {
        return new Figure(label, FigureText.count(value), FigureText.exact(value),
                previous == null ? null : FigureText.count(previous),
                previous == null ? null : FigureText.countChange(previous, value), meaning);
    }

    private static Figure shareFigure(String label, Double value, Double previous, boolean hasPrevious, String meaning) {
        return new Figure(label, FigureText.percent(value), FigureText.exact(value),
                hasPrevious ? FigureText.percent(previous) : null,
                hasPrevious ? FigureText.percentChange(previous, value) : null, meaning);
    }

    private static List<Column> schoolColumns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Staff", "people of the school on the roster", true));
        columns.add(new Column("Members", "staff who take part in the network", true));
        for (LinkMeasure m : TABLE_MEASURES) {
            columns.add(new Column(m.label(), m.meaning(), true));
        }
        columns.add(new Column("Working two-way link", "learning comes in through the members, goes back out,"
                + " and the members are tied to other schools", true));
        return columns;
    }

    private static List<SchoolRow> schoolRows(GraphAnalysis now, Map<String, String> schoolFiles) {
        List<SchoolRow> rows = new ArrayList<>();
        for (SchoolFigures s : now.schools()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.count(s.staff()));
            cells.add(Cell.count(s.members()));
            for (LinkMeasure m : TABLE_MEASURES) {
                cells.add(Cell.of(m, m.of(s.links())));
            }
            cells.add(Cell.yesNo(s.links().twoWayLinked()));
            rows.add(new SchoolRow(s.school(), schoolFiles.get(s.school()), cells));
        }
        return rows;
    }

    private static List<Cell> medians(GraphAnalysis now) {
        List<Cell> cells = new ArrayList<>();
        cells.add(medianCount(now.schools().stream().map(s -> (double) s.staff()).toList()));
        cells.add(medianCount(now.schools().stream().map(s -> (double) s.members()).toList()));
        for (LinkMeasure m : TABLE_MEASURES) {
            cells.add(Cell.of(m, Median.of(now.schools().stream().map(s -> m.of(s.links())).toList())));
        }
        long linked = now.schools().stream().filter(s -> s.links().twoWayLinked()).count();
        cells.add(new Cell(linked + " of " + now.schools().size() + " schools", ""));
        return cells;
    }

    private static Cell medianCount(List<Double> values) {
        Double m = Median.of(values);
        return new Cell(FigureText.count(m), FigureText.exact(m));
    }

    private static List<BrokerRow> brokers(Study study, GraphAnalysis now, PersonLabels labels, FlowWording flow) {
        List<PersonFigures> people = now.people();
        List<Integer> order = new ArrayList<>();
        for (int v = 0; v < people.size(); v++) {
            if (betweenSchools(people.get(v).brokerage()) > 0) {
                order.add(v);
            }
        }
        order.sort(Comparator.comparingLong((Integer v) -> -betweenSchools(people.get(v).brokerage()))
                .thenComparingLong(v -> -people.get(v).brokerage().total()).thenComparingInt(v -> v));
        List<BrokerRow> rows = new ArrayList<>();
        for (int v : order.subList(0, Math.min(BROKERS_LISTED, order.size()))) {
            Person p = study.people().get(v);
            BrokerageCounts b = people.get(v).brokerage();
            LearningBrokerage learning = LearningBrokerage.of(b, flow.flow());
            rows.add(new BrokerRow(labels.shortLabel(v), p.hasSchool() ? p.school() : "not known",
                    p.member() ? "yes" : "no", Cell.count(learning.bringsIn()), Cell.count(learning.takesOut()),
                    Cell.count(b.liaison()), Cell.count(b.itinerant()), Cell.count(b.coordinator()),
                    Cell.count(b.total()), ChanceWording.brokerage(people.get(v).brokerageChance(), flow.flow())));
        }
        return rows;
    }

    /** Open two-paths that involve another school: every role but the coordinator's. */
    private static long betweenSchools(BrokerageCounts b) {
        return b.total() - b.coordinator();
    }

    private static List<ResponseRow> responses(GraphAnalysis now, GraphAnalysis before) {
        Map<String, SchoolFigures> previous = bySchool(before);
        List<ResponseRow> rows = new ArrayList<>();
        for (SchoolFigures s : now.schools()) {
            SchoolFigures p = previous.get(s.school());
            rows.add(new ResponseRow(s.school(), Cell.count(s.staff()), Cell.count(s.respondents()),
                    Cell.percent(s.links().responseRate()),
                    before == null ? null : Cell.percent(p == null ? null : p.links().responseRate())));
        }
        return rows;
    }

    private static List<Column> changeColumns(GraphAnalysis before, GraphAnalysis now) {
        List<Column> columns = new ArrayList<>();
        for (LinkMeasure m : List.of(LinkMeasure.REACH, LinkMeasure.TIE_STRENGTH, LinkMeasure.TWO_WAY_SHARE)) {
            columns.add(new Column(m.label() + ", " + before.wave(), m.meaning(), true));
            columns.add(new Column(m.label() + ", " + now.wave(), m.meaning(), true));
            columns.add(new Column("Change", m.label() + " from " + before.wave() + " to " + now.wave(), true));
        }
        columns.add(new Column("Two-way link, " + before.wave(), "a working two-way link in " + before.wave(), true));
        columns.add(new Column("Two-way link, " + now.wave(), "a working two-way link in " + now.wave(), true));
        return columns;
    }

    private static List<SchoolRow> changeRows(GraphAnalysis now, GraphAnalysis before, Map<String, String> files) {
        Map<String, SchoolFigures> previous = bySchool(before);
        List<SchoolRow> rows = new ArrayList<>();
        for (SchoolFigures s : now.schools()) {
            SchoolFigures p = previous.get(s.school());
            List<Cell> cells = new ArrayList<>();
            for (LinkMeasure m : List.of(LinkMeasure.REACH, LinkMeasure.TIE_STRENGTH, LinkMeasure.TWO_WAY_SHARE)) {
                Double then = p == null ? null : m.of(p.links());
                Double value = m.of(s.links());
                cells.add(Cell.of(m, then));
                cells.add(Cell.of(m, value));
                cells.add(new Cell(m.change(then, value),
                        then == null || value == null ? "" : Double.toString(value - then)));
            }
            cells.add(p == null ? Cell.text(FigureText.UNDEFINED) : Cell.yesNo(p.links().twoWayLinked()));
            cells.add(Cell.yesNo(s.links().twoWayLinked()));
            rows.add(new SchoolRow(s.school(), files.get(s.school()), cells));
        }
        return rows;
    }

    static Map<String, SchoolFigures> bySchool(GraphAnalysis layer) {
        Map<String, SchoolFigures> map = new HashMap<>();
        if (layer != null) {
            layer.schools().forEach(s -> map.put(s.school(), s));
        }
        return map;
    }
}
