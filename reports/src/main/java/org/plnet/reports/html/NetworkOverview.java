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

    /** Below this share of member-colleague pairs in touch both ways, a working link reads "yes, thin". */
    static final double THIN = 0.1;

    /** How many brokers the overview lists. */
    static final int BROKERS_LISTED = 10;

    /** The link measures of the schools table, in column order, after staff. */
    static final List<LinkMeasure> TABLE_MEASURES = List.of(LinkMeasure.RESPONSE_RATE, LinkMeasure.REACH,
            LinkMeasure.TIE_STRENGTH, LinkMeasure.INFLOW_TIES, LinkMeasure.OUTFLOW_TIES,
            LinkMeasure.TWO_WAY_SHARE, LinkMeasure.BRIDGING_MEMBERS);

    private NetworkOverview() {
    }

    static OverviewPage build(Study study, ComparedWaves waves, Layout layout, Disclosure disclosure,
                              Map<String, String> schoolFiles, List<String> otherRelations, String idPrefix) {
        NameMode mode = disclosure.names();
        GraphAnalysis now = waves.current();
        CompactGraph d = now.graph().compact();
        GraphAnalysis before = waves.previous();
        FlowWording flow = FlowWording.of(study, now);
        PersonLabels labels = PersonLabels.forOverview(study, mode);
        NetworkPictures pictures = new NetworkPictures(study);
        boolean people = disclosure.showsPeople();
        List<LinkMeasure> measures = tableMeasures(study, now);
        var sociogram = people ? pictures.whole(d, layout, labels, flow, idPrefix) : null;
        List<Integer> everyone = new ArrayList<>();
        for (int v = 0; v < study.size(); v++) {
            everyone.add(v);
        }
        String namesNote = switch (mode) {
            case FULL -> "Everyone is named on this page. Keep it to the research team.";
            case SCHOOL, NONE -> "Nobody is named on this page: people appear as \u201cMember 3\u201d (a network member)"
                    + " or \u201cColleague 17\u201d (other staff), the same numbers on every page.";
            case AGGREGATE -> "Safe to show at a meeting of heads: network-wide figures and their change only, no"
                    + " person and no ranking of schools. Each school\u2019s own page is linked below. "
                    + disclosure.withheldNote();
        };
        boolean shown = disclosure.shows(study.size());
        List<SchoolRow> pages = new ArrayList<>();
        if (!people) {
            schoolFiles.forEach((school, file) -> pages.add(new SchoolRow(school, file, List.of())));
        }
        return new OverviewPage(Pages.heading(study, waves, flow), namesNote,
                otherRelations.isEmpty() ? null : String.join(", ", otherRelations),
                shown ? figures(study, now, before) : List.of(), sociogram,
                people ? pictures.legend(sociogram, everyone) : List.of(), schoolColumns(measures),
                people ? schoolRows(now, schoolFiles, measures) : List.of(), medians(now, measures),
                people ? brokers(study, now, labels, flow) : List.of(),
                people && !Pages.fromRegister(study, now) ? responses(now, before) : List.of(), before == null ? List.of() : changeColumns(before, now),
                before == null || !people ? List.of() : changeRows(now, before, schoolFiles),
                GlossaryEntry.of(people ? measures : List.of(LinkMeasure.REACH, LinkMeasure.TIE_STRENGTH)),
                flow.brokerageNote(),
                shown ? ChanceWording.insideOrAcross(now.network().eiTest(), "the network") : null,
                ChanceWording.BROKERAGE_NOTE, pages, shown ? null : disclosure.withheldNote());
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
        if (!Pages.fromRegister(study, now)) { // a register view has no answers: everyone counts
            figures.add(new Figure("Answered the survey", answered + " (" + FigureText.percent(rate) + ")",
                    FigureText.exact(rate), previousAnswered,
                    before == null ? null : FigureText.percentChange(rateBefore, rate),
                    "of the " + n.people() + " people on the roster, answered this survey; higher is better"));
        }
        long members = study.people().stream().filter(Person::member).count();
        figures.add(countFigure("Network members", members, null,
                "staff who take part in the learning network"));
        if (Pages.fromRegister(study, now)) { // a shared event ties both people: every tie is returned
            figures.add(countFigure("Ties", n.ties(), b == null ? null : b.ties(),
                    "pairs of people who went to the same event, each pair counted once from each side"));
        } else {
            figures.add(countFigure("Ties", n.ties(), b == null ? null : b.ties(),
                    "times someone named a colleague in answer to the question"));
            figures.add(shareFigure("Ties returned", n.reciprocity(), b == null ? null : b.reciprocity(),
                    before != null, "of the ties, the share where the person named also named the first person;"
                            + " higher means more give and take"));
        }
        int linked = n.links().schoolsTwoWayLinked();
        figures.add(new Figure("Schools with a working link both ways", linked + " of " + n.links().schools(),
                FigureText.exact(linked),
                b == null ? null : b.links().schoolsTwoWayLinked() + " of " + b.links().schools(),
                b == null ? null : FigureText.countChange(b.links().schoolsTwoWayLinked(), linked),
                "members pass learning on to colleagues, colleagues' practice reaches the members, and the members"
                        + " are tied to other schools' members; higher is better"));
        figures.add(shareFigure("Reach", n.links().reach(), b == null ? null : b.links().reach(), before != null,
                "of the staff who are not network members, across all schools, the share directly in touch with a"
                        + " network member; higher is better"));
        Double strength = n.links().tieStrength();
        Double strengthBefore = b == null ? null : b.links().tieStrength();
        figures.add(new Figure("Tie strength", FigureText.decimal(strength), FigureText.exact(strength),
                before == null ? null : FigureText.decimal(strengthBefore),
                before == null ? null : FigureText.decimalChange(strengthBefore, strength),
                "how often the average non-member is in touch with their closest network member, from 0 (never) to 1"
                        + " (the most often the answers allow); higher is better"));
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

    /** The schools table's measures: {@link #TABLE_MEASURES} less those {@link LinkMeasure#shown} leaves out. */
    private static List<LinkMeasure> tableMeasures(Study study, GraphAnalysis now) {
        List<LinkMeasure> shown = LinkMeasure.shown(Pages.fromRegister(study, now));
        return TABLE_MEASURES.stream().filter(shown::contains).toList();
    }

    private static List<Column> schoolColumns(List<LinkMeasure> measures) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Staff", "people of the school on the roster", true));
        columns.add(new Column("Members", "staff who take part in the network", true));
        columns.add(new Column("Working link both ways", "all three conditions met: members pass learning on to"
                + " colleagues, colleagues' practice reaches the members, and the members are tied to other schools'"
                + " members; beside it, how many member\u2013colleague pairs who both answered are in touch both"
                + " ways", true));
        for (LinkMeasure m : measures) {
            String per = m.kind() == LinkMeasure.Kind.COUNT && m.whom() == LinkMeasure.Whom.COLLEAGUES
                    ? " (in brackets: per member of staff who is not a network member, so that big and small"
                            + " schools compare)" : "";
            columns.add(new Column(m.label(), m.meaning() + per + "; higher is better", true));
        }
        return columns;
    }

    private static List<SchoolRow> schoolRows(GraphAnalysis now, Map<String, String> schoolFiles,
                                              List<LinkMeasure> measures) {
        List<SchoolRow> rows = new ArrayList<>();
        for (SchoolFigures s : now.schools()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.count(s.staff()));
            cells.add(Cell.count(s.members()));
            cells.add(linkedCell(s.links()));
            for (LinkMeasure m : measures) {
                Cell c = Cell.of(m, m.of(s.links()));
                if (m.kind() == LinkMeasure.Kind.COUNT && m.whom() == LinkMeasure.Whom.COLLEAGUES
                        && s.links().colleagues() > 0) {
                    c = new Cell(c.text() + " (" + FigureText.round(m.of(s.links()) / s.links().colleagues(), 2)
                            + ")", c.value());
                }
                cells.add(c);
            }
            rows.add(new SchoolRow(s.school(), schoolFiles.get(s.school()), cells));
        }
        return rows;
    }

    /** "yes: 1 of 120 pairs both ways": the yes or no with the strength beside it. */
    static Cell linkedCell(org.plnet.engine.scoring.links.SchoolLinks l) {
        String yes = l.members() == 0 ? "no members" : !l.twoWayLinked() ? "not yet"
                : l.twoWayShare() != null && l.twoWayShare() < THIN ? "yes, thin" : "yes";
        String strength = l.twoWayEligiblePairs() == 0 ? "" : ": " + l.twoWayLinks() + " of "
                + l.twoWayEligiblePairs() + " pairs both ways";
        return new Cell(yes + strength, l.twoWayLinked() ? "1" : "0");
    }

    private static List<Cell> medians(GraphAnalysis now, List<LinkMeasure> measures) {
        List<Cell> cells = new ArrayList<>();
        cells.add(medianCount(now.schools().stream().map(s -> (double) s.staff()).toList()));
        cells.add(medianCount(now.schools().stream().map(s -> (double) s.members()).toList()));
        long linked = now.schools().stream().filter(s -> s.links().twoWayLinked()).count();
        cells.add(new Cell(linked + " of " + now.schools().size() + " schools", ""));
        for (LinkMeasure m : measures) {
            cells.add(Cell.of(m, Median.of(now.schools().stream().map(s -> m.of(s.links())).toList())));
        }
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
        List<Integer> listed = order.subList(0, Math.min(BROKERS_LISTED, order.size()));
        boolean memberVaries = listed.stream().map(v -> study.people().get(v).member()).distinct().count() > 1;
        for (int v : listed) {
            Person p = study.people().get(v);
            BrokerageCounts b = people.get(v).brokerage();
            LearningBrokerage learning = LearningBrokerage.of(b, flow.flow());
            rows.add(new BrokerRow(labels.shortLabel(v), p.hasSchool() ? p.school() : "not known",
                    memberVaries ? (p.member() ? "yes" : "no") : null, Cell.count(learning.bringsIn()), Cell.count(learning.takesOut()),
                    Cell.count(b.liaison()), Cell.count(b.itinerant()), Cell.count(b.coordinator()),
                    Cell.count(betweenSchools(b)), ChanceWording.brokerage(people.get(v).brokerageChance(), flow.flow())));
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
            String name = m == LinkMeasure.TWO_WAY_SHARE ? "Pairs both ways" : m.label();
            columns.add(new Column(name + ", " + before.wave(), m.label() + ", survey " + before.wave() + ": "
                    + m.meaning(), true));
            columns.add(new Column(name + ", " + now.wave(), m.label() + ", survey " + now.wave() + ": "
                    + m.meaning(), true));
            columns.add(new Column("Change", m.label() + " from survey " + before.wave() + " to survey " + now.wave()
                    + (m.kind() == LinkMeasure.Kind.SHARE ? "; in brackets, what one person (or pair) is worth in"
                            + " that school, so a change of that size may be one person" : ""), true));
        }
        columns.add(new Column("Working link, " + before.wave(),
                "a working link both ways in survey " + before.wave(), true));
        columns.add(new Column("Working link, " + now.wave(),
                "a working link both ways in survey " + now.wave(), true));
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
                long group = m.whom().size(s.links());
                String worth = m.kind() == LinkMeasure.Kind.SHARE && group > 0 && then != null && value != null
                        ? " (1 = " + FigureText.round(100.0 / group, 0) + ")" : "";
                cells.add(new Cell(m.change(then, value) + worth,
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
