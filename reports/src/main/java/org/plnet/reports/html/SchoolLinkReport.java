package org.plnet.reports.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.SchoolFigures;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.links.MemberLinks;
import org.plnet.engine.scoring.links.SchoolLinks;
import org.plnet.reports.html.SchoolPage.MeasureRow;
import org.plnet.reports.html.SchoolPage.MemberRow;
import org.plnet.reports.layout.Sociogram;

/**
 * Builds the data of one school's link report: for a head teacher who is not a statistician, whether the
 * school's part in the learning network reaches its staff and runs both ways (school-links.md).
 */
final class SchoolLinkReport {

    private SchoolLinkReport() {
    }

    static SchoolPage build(Study study, ComparedWaves waves, NameMode mode, String school) {
        GraphAnalysis now = waves.current();
        CompactGraph d = now.graph().compact();
        SchoolFigures figures = NetworkOverview.bySchool(now).get(school);
        if (figures == null) {
            throw new IllegalArgumentException("no school " + school + " in the analysis");
        }
        SchoolLinks links = figures.links();
        FlowWording flow = new FlowWording(study.relation(now.relation()).flow());
        PersonLabels labels = PersonLabels.forSchool(study, mode, school);

        Members m = members(study, now, labels, flow, school);
        NetworkPictures pictures = new NetworkPictures(study);
        Sociogram sociogram = pictures.aroundSchool(school, d, labels, flow);
        String answered = figures.respondents() + " of " + figures.staff() + " staff answered the survey ("
                + FigureText.percent(links.responseRate()) + ").";
        List<String> memberNames = m.rows().stream().map(MemberRow::name).toList();
        String membership = memberNames.isEmpty()
                ? "None of the " + figures.staff() + " staff takes part in the network."
                : memberNames.size() + " of the " + figures.staff() + " staff take"
                        + (memberNames.size() == 1 ? "s" : "") + " part in the network: " + listing(memberNames) + ".";
        String otherSchool = study.schools().stream().filter(s -> !s.equals(school)).findFirst()
                .orElse("another school");
        return new SchoolPage(Pages.heading(study, waves, flow), school, namesNote(mode, school, otherSchool),
                answered,
                membership, links.twoWayLinked(), status(links), gaps(links), m.rows(), m.totals(), measures(now, links),
                FigureText.count(links.inflowTies()) + (links.inflowTies() == 1 ? " link" : " links")
                        + ": each is a time " + flow.inflowTie() + ".",
                FigureText.count(links.outflowTies()) + (links.outflowTies() == 1 ? " link" : " links")
                        + ": each is a time " + flow.outflowTie() + ".",
                balance(links),
                m.bridging().isEmpty()
                        ? "None of the members is tied both to colleagues here and to other schools' members."
                        : "Tied both to colleagues here and to other schools' members: "
                                + String.join(", ", m.bridging()) + ".",
                m.bringsIn().isEmpty() ? "No member is in a position to bring learning in from other schools."
                        : "Brings learning in from other schools: " + String.join(", ", m.bringsIn()) + ".",
                m.takesOut().isEmpty() ? "No member is in a position to take learning out to other schools."
                        : "Takes learning out to other schools: " + String.join(", ", m.takesOut()) + ".",
                sociogram, pictures.legend(sociogram, pictures.aroundSchoolPeople(school, d)),
                changes(waves, school, links), GlossaryEntry.linkMeasures(), flow.brokerageNote(),
                ChanceWording.insideOrAcross(figures.eiTest(), "this school"), turnover(waves, school));
    }

    /** The school's kept, new and lost ties since the previous wave; {@code null} without one. */
    private static String turnover(ComparedWaves waves, String school) {
        if (waves.change() == null) {
            return null;
        }
        return waves.change().schools().stream().filter(s -> s.school().equals(school)).findFirst()
                .map(s -> ChanceWording.turnover(s.turnover(), waves.previous().wave(), waves.current().wave()))
                .orElse(null);
    }

    /**
     * The members' table of a school's report, with who bridges, brings learning in and takes it out.
     *
     * @param rows     one row per member of the school, in roster order
     * @param totals   the sums over the members, {@code null} without members
     * @param bridging the bridging members' names
     * @param bringsIn "name (count)" of the members whose brokerage brings learning in
     * @param takesOut "name (count)" of the members whose brokerage takes learning out
     */
    private record Members(List<MemberRow> rows, MemberRow totals, List<String> bridging, List<String> bringsIn,
                           List<String> takesOut) {
    }

    private static Members members(Study study, GraphAnalysis now, PersonLabels labels, FlowWording flow,
                                   String school) {
        BitSet respondents = study.respondents(now.wave());
        List<MemberRow> members = new ArrayList<>();
        List<String> bridgingNames = new ArrayList<>();
        List<String> bringsInNames = new ArrayList<>();
        List<String> takesOutNames = new ArrayList<>();
        long[] sums = new long[6];
        for (int v = 0; v < study.size(); v++) {
            Person p = study.people().get(v);
            if (!p.member() || !school.equals(p.school())) {
                continue;
            }
            MemberLinks c = now.people().get(v).memberLinks();
            LearningBrokerage learning = LearningBrokerage.of(now.people().get(v).brokerage(), flow.flow());
            long in = learning.bringsIn();
            long out = learning.takesOut();
            String name = labels.shortLabel(v);
            members.add(new MemberRow(name, labels.role(v), respondents.get(v) ? "yes" : "no",
                    Cell.count(c.inflowTies()), Cell.count(c.outflowTies()), Cell.count(c.networkTies()),
                    Cell.yesNo(c.bridging()), Cell.count(in), Cell.count(out)));
            long[] add = {c.inflowTies(), c.outflowTies(), c.networkTies(), c.bridging() ? 1 : 0, in, out};
            for (int k = 0; k < sums.length; k++) {
                sums[k] += add[k];
            }
            if (c.bridging()) {
                bridgingNames.add(name);
            }
            if (in > 0) {
                bringsInNames.add(name + " (" + in + ")");
            }
            if (out > 0) {
                takesOutNames.add(name + " (" + out + ")");
            }
        }
        MemberRow totals = members.isEmpty() ? null : new MemberRow("All members", null, null, Cell.count(sums[0]),
                Cell.count(sums[1]), Cell.count(sums[2]), Cell.count(sums[3]), Cell.count(sums[4]),
                Cell.count(sums[5]));

        return new Members(members, totals, bridgingNames, bringsInNames, takesOutNames);
    }

    /** "A", "A and B", "A, B and C". */
    static String listing(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String namesNote(NameMode mode, String school, String otherSchool) {
        return switch (mode) {
            case FULL -> "Everyone is named on this page (names: full).";
            case SCHOOL -> "Only the staff of " + school + " are named. People in other schools appear by number"
                    + " and school, such as \u201cMember 3, " + otherSchool + "\u201d (a network member) or"
                    + " \u201cColleague 17, " + otherSchool + "\u201d (other staff).";
            case NONE -> "Nobody is named: people appear as \u201cMember 3\u201d (a network member) or"
                    + " \u201cColleague 17\u201d (other staff), the same numbers on every page.";
        };
    }

    private static String status(SchoolLinks l) {
        if (l.members() == 0) {
            return "No: the school has no network members, so the network has no route into the school through"
                    + " its own staff.";
        }
        if (l.twoWayLinked()) {
            return "Yes: learning comes in from the network through the members (" + l.inflowTies()
                    + " links), colleagues' practice goes back out to them (" + l.outflowTies()
                    + " links), and the members are tied to other schools' members (" + l.networkTies() + " ties).";
        }
        return "Not yet: a working two-way link needs learning to come in through the members, colleagues'"
                + " practice to reach the members, and the members to be tied to other schools' members.";
    }

    private static List<String> gaps(SchoolLinks l) {
        List<String> gaps = new ArrayList<>();
        if (l.members() == 0 || l.twoWayLinked()) {
            return gaps;
        }
        if (l.inflowTies() == 0) {
            gaps.add("No learning comes in: no member passes learning to a colleague.");
        }
        if (l.outflowTies() == 0) {
            gaps.add("Nothing goes out: no colleague's practice reaches a member.");
        }
        if (l.networkTies() == 0) {
            gaps.add("The members have no ties to other schools' members.");
        }
        return gaps;
    }

    private static String balance(SchoolLinks l) {
        long in = l.inflowTies();
        long out = l.outflowTies();
        if (in == 0 && out == 0) {
            return l.members() == 0 ? "With no members, no learning passes between members and colleagues."
                    : "No learning passes between the members and their colleagues yet.";
        }
        if (in >= 2 * out) {
            return "Much more learning comes into the school than goes back out.";
        }
        if (out >= 2 * in) {
            return "Much more of the school's practice goes out than learning comes in.";
        }
        return "Learning flows both ways in similar amounts.";
    }

    private static List<MeasureRow> measures(GraphAnalysis now, SchoolLinks links) {
        List<MeasureRow> rows = new ArrayList<>();
        for (LinkMeasure m : LinkMeasure.values()) {
            Double median = Median.of(now.schools().stream().map(s -> m.of(s.links())).toList());
            rows.add(new MeasureRow(m.name(), m.label(), Cell.of(m, m.of(links)), Cell.of(m, median), null,
                    m.meaning()));
        }
        return rows;
    }

    private static List<MeasureRow> changes(ComparedWaves waves, String school, SchoolLinks links) {
        if (waves.previous() == null) {
            return List.of();
        }
        Map<String, SchoolFigures> before = NetworkOverview.bySchool(waves.previous());
        SchoolFigures then = before.get(school);
        List<MeasureRow> rows = new ArrayList<>();
        for (LinkMeasure m : LinkMeasure.values()) {
            Double old = then == null ? null : m.of(then.links());
            rows.add(new MeasureRow(m.name(), m.label(), Cell.of(m, m.of(links)), Cell.of(m, old),
                    m.change(old, m.of(links)), m.meaning()));
        }
        return rows;
    }
}
