package org.plnet.reports.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.SchoolFigures;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.links.MemberLinks;
import org.plnet.engine.scoring.links.SchoolLinks;
import org.plnet.reports.html.SchoolPage.Condition;
import org.plnet.reports.html.SchoolPage.Flows;
import org.plnet.reports.html.SchoolPage.MeasureRow;
import org.plnet.reports.html.SchoolPage.MemberRow;
import org.plnet.reports.layout.Sociogram;

/**
 * Builds the data of one school's link report: for a head teacher who is not a statistician, whether the
 * school's part in the learning network reaches its staff and runs both ways (school-links.md), and what
 * the school could do next.
 */
final class SchoolLinkReport {

    /** A share of the staff who are not members below this reads as low reach in "what you could do next". */
    static final double LOW_REACH = 0.5;
    /** A response rate below this reads as low in "what you could do next". */
    static final double LOW_RESPONSE = 0.6;
    /** At most this many suggestions. */
    static final int SUGGESTIONS = 3;

    private SchoolLinkReport() {
    }

    /**
     * The school's page in one view, {@code across} computed once for every school's page of that view (with the
     * same {@code study}, {@code waves} and {@code disclosure}).
     */
    static SchoolPage build(Study study, ComparedWaves waves, AcrossSchools across, Disclosure disclosure,
                            String school, String idPrefix) {
        GraphAnalysis now = waves.current();
        CompactGraph d = now.graph().compact();
        SchoolFigures figures = across.figures(school);
        if (figures == null) {
            throw new IllegalArgumentException("no school " + school + " in the analysis");
        }
        SchoolLinks links = figures.links();
        FlowWording flow = FlowWording.of(study, now);
        NameMode mode = disclosure.names();
        PersonLabels labels = PersonLabels.forSchool(study, mode, school);
        boolean people = disclosure.showsPeople();
        boolean staffShown = disclosure.shows(figures.staff());
        boolean membersShown = disclosure.shows(Math.min(links.members(), links.colleagues()));
        List<String> withheld = new ArrayList<>();

        int[] staff = across.staff(school);
        Members m = members(study, now, labels, flow, staff);
        boolean register = Pages.fromRegister(study, now);
        String answered = !staffShown
                ? "The school has fewer than " + disclosure.minimumGroup() + " staff, so its figures are not shown."
                : register ? "These figures come from the attendance register, not from survey answers: all "
                        + figures.staff() + " staff count, whether or not they went to an event."
                : figures.respondents() + " of " + figures.staff() + " staff answered the survey ("
                        + FigureText.percent(links.responseRate()) + ").";
        String membership;
        if (links.members() == 0) {
            membership = "None of the " + figures.staff() + " staff takes part in the network.";
        } else if (people) {
            membership = links.members() + " of the " + figures.staff() + " staff take"
                    + (links.members() == 1 ? "s" : "") + " part in the network: "
                    + listing(m.rows().stream().map(MemberRow::name).toList()) + ".";
        } else {
            membership = staffShown ? links.members() + " of the " + figures.staff() + " staff take"
                    + (links.members() == 1 ? "s" : "") + " part in the network." : "";
        }
        String status;
        String linkStatus;
        List<Condition> conditions;
        if (!membersShown && links.members() > 0) {
            linkStatus = null;
            status = "Not shown: the school has fewer than " + disclosure.minimumGroup()
                    + " network members or fewer than " + disclosure.minimumGroup() + " other staff.";
            conditions = List.of();
            withheld.add("whether the school has a working link both ways");
        } else {
            linkStatus = links.twoWayLinked() ? "yes" : "not yet";
            status = status(links);
            conditions = links.members() == 0 ? List.of() : conditions(links);
        }
        List<LinkMeasure> shown = LinkMeasure.shown(register);
        List<MeasureRow> measures = measures(across, links, disclosure, withheld, shown);
        Flows flows = flows(figures, links, m, flow, disclosure, membersShown);
        Sociogram sociogram = null;
        List<LegendEntry> legend = List.of();
        if (people) {
            NetworkPictures pictures = new NetworkPictures(study);
            List<Integer> drawn = pictures.aroundSchoolPeople(staff, d);
            sociogram = pictures.aroundSchool(school, drawn, d, labels, flow, idPrefix);
            legend = pictures.legend(sociogram, drawn, school);
        }
        List<MeasureRow> changes = changes(waves, across.before(school), links, disclosure, shown);
        String withheldNote = withheld.isEmpty() ? null : "Not shown here, for that reason: "
                + String.join(", ", withheld) + ".";
        return new SchoolPage(Pages.heading(study, waves, flow), school, namesNote(disclosure, school, study), answered,
                membership, register ? List.of() : notAnswered(study, now, staff, disclosure), withheldNote,
                linkStatus, status,
                conditions, nextSteps(across, links, disclosure, membersShown), measures, flows,
                people ? m.rows() : List.of(), people ? m.totals() : null, sociogram, legend, changes,
                staffShown ? turnover(waves, school) : null, GlossaryEntry.of(shown),
                flow.brokerageNote());
    }

    /** The school's kept, new and lost ties since the previous survey; {@code null} without one. */
    private static String turnover(ComparedWaves waves, String school) {
        if (waves.change() == null) {
            return null;
        }
        return waves.change().schools().stream().filter(s -> s.school().equals(school)).findFirst()
                .map(s -> ChanceWording.turnover(s.turnover(), waves.previous().wave(), waves.current().wave()))
                .orElse(null);
    }

    /**
     * Who did not answer, by role and never by name: "teacher: 3 of 12 did not answer". Roles of fewer
     * people than the minimum group size are put together as "other roles" and left out when that group is
     * still too small.
     */
    static List<String> notAnswered(Study study, GraphAnalysis now, int[] staff, Disclosure disclosure) {
        BitSet respondents = study.respondents(now.wave());
        Map<String, long[]> byRole = new TreeMap<>();
        for (int v : staff) {
            Person p = study.people().get(v);
            long[] c = byRole.computeIfAbsent(p.role() == null ? "role not given" : p.role(), r -> new long[2]);
            c[0]++;
            if (!respondents.get(v)) {
                c[1]++;
            }
        }
        List<String> lines = new ArrayList<>();
        long[] others = new long[2];
        int otherRoles = 0;
        for (Map.Entry<String, long[]> role : byRole.entrySet()) {
            long[] c = role.getValue();
            if (disclosure.shows(c[0])) {
                lines.add(role.getKey() + ": " + c[1] + " of " + c[0] + " did not answer");
            } else {
                others[0] += c[0];
                others[1] += c[1];
                otherRoles++;
            }
        }
        if (otherRoles > 0) {
            lines.add(disclosure.shows(others[0])
                    ? "other roles (" + otherRoles + " roles with fewer than " + disclosure.minimumGroup()
                            + " staff each): " + others[1] + " of " + others[0] + " did not answer"
                    : "roles with fewer than " + disclosure.minimumGroup() + " staff: not shown");
        }
        return lines;
    }

    /**
     * The members' table of a school's report, with who bridges, brings learning in and takes it out.
     *
     * @param rows     one row per member of the school, in roster order
     * @param totals   the sums over the members, {@code null} without members
     * @param bridging the bridging members' names
     * @param bringsIn "name (count)" of the members whose brokerage brings learning in, most first
     * @param takesOut "name (count)" of the members whose brokerage takes learning out, most first
     */
    private record Members(List<MemberRow> rows, MemberRow totals, List<String> bridging, List<String> bringsIn,
                           List<String> takesOut) {
    }

    private record Counted(String name, long count) {
    }

    /** @param staff the school's staff, in roster order */
    private static Members members(Study study, GraphAnalysis now, PersonLabels labels, FlowWording flow,
                                   int[] staff) {
        BitSet respondents = study.respondents(now.wave());
        List<MemberRow> members = new ArrayList<>();
        List<String> bridgingNames = new ArrayList<>();
        List<Counted> bringsIn = new ArrayList<>();
        List<Counted> takesOut = new ArrayList<>();
        long[] sums = new long[6];
        for (int v : staff) {
            if (!study.people().get(v).member()) {
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
                bringsIn.add(new Counted(name, in));
            }
            if (out > 0) {
                takesOut.add(new Counted(name, out));
            }
        }
        MemberRow totals = members.isEmpty() ? null : new MemberRow("All members", null, null, Cell.count(sums[0]),
                Cell.count(sums[1]), Cell.count(sums[2]), Cell.count(sums[3]), Cell.count(sums[4]),
                Cell.count(sums[5]));
        return new Members(members, totals, bridgingNames, mostFirst(bringsIn), mostFirst(takesOut));
    }

    /** "name (count)", the largest count first (a stable sort keeps roster order among equals). */
    private static List<String> mostFirst(List<Counted> counted) {
        return counted.stream().sorted(Comparator.comparingLong(Counted::count).reversed())
                .map(c -> c.name() + " (" + c.count() + ")").toList();
    }

    /** "A", "A and B", "A, B and C". */
    static String listing(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String namesNote(Disclosure disclosure, String school, Study study) {
        NameMode mode = disclosure.names();
        String otherSchool = study.schools().stream().filter(s -> !s.equals(school)).findFirst()
                .orElse("another school");
        return switch (mode) {
            case FULL -> "Everyone is named on this page. Keep it to the research team.";
            case SCHOOL -> "Only the staff of " + school + " are named. People in other schools appear by number"
                    + " and school, such as \u201cMember 3, " + otherSchool + "\u201d (a network member) or"
                    + " \u201cColleague 17, " + otherSchool + "\u201d (other staff). This page shows who named"
                    + " whom among the school\u2019s staff: keep it to the people who ran the survey.";
            case NONE -> "Nobody is named: people appear as \u201cMember 3\u201d (a network member) or"
                    + " \u201cColleague 17\u201d (other staff), the same numbers on every page.";
            case AGGREGATE -> "Safe to hand out: this page shows figures of groups only, never a person or who"
                    + " named whom. " + disclosure.withheldNote();
        };
    }

    private static String status(SchoolLinks l) {
        if (l.members() == 0) {
            return "No: the school has no network members, so the network has no route into the school through"
                    + " its own staff.";
        }
        if (l.twoWayLinked()) {
            return "Yes: all three conditions below are met. How strong the link is shows in the figures"
                    + " further down (" + l.twoWayLinks() + " of " + l.twoWayEligiblePairs()
                    + " member\u2013colleague pairs who both answered are in touch both ways).";
        }
        return "Not yet: a working link both ways needs all three conditions below.";
    }

    private static List<Condition> conditions(SchoolLinks l) {
        return List.of(
                new Condition(l.inflowTies() > 0, "Learning comes in: members pass learning on to colleagues ("
                        + pairs(l.inflowTies()) + ")."),
                new Condition(l.outflowTies() > 0, "Colleagues\u2019 practice reaches the members, who can take it"
                        + " to the network (" + pairs(l.outflowTies()) + ")."),
                new Condition(l.networkTies() > 0, "The members are tied to other schools\u2019 members ("
                        + l.networkTies() + (l.networkTies() == 1 ? " tie" : " ties") + ")."));
    }

    private static String pairs(long n) {
        return n == 0 ? "none" : n + (n == 1 ? " member\u2013colleague pair" : " member\u2013colleague pairs");
    }

    private static Flows flows(SchoolFigures figures, SchoolLinks l, Members m, FlowWording flow,
                               Disclosure disclosure, boolean membersShown) {
        String inside = ChanceWording.insideOrAcross(figures.eiTest(), "this school");
        if (!membersShown) {
            return new Flows(null, null, null, disclosure.shows(figures.staff()) ? inside : null, null, null, null);
        }
        String inflow = l.inflowTies() == 0 ? "none." : pairs(l.inflowTies()) + ": in each, "
                + flow.inflowTie() + ".";
        String outflow = l.outflowTies() == 0 ? "none." : pairs(l.outflowTies()) + ": in each, "
                + flow.outflowTie() + ".";
        String bridging;
        String bringsIn;
        String takesOut;
        if (disclosure.showsPeople()) {
            bridging = m.bridging().isEmpty()
                    ? "None of the members is tied both to colleagues here and to other schools\u2019 members."
                    : "Tied both to colleagues here and to other schools\u2019 members: "
                            + String.join(", ", m.bridging()) + ".";
            bringsIn = m.bringsIn().isEmpty()
                    ? "No member is placed to carry learning from other schools into this school."
                    : "Placed to carry learning from other schools into this school: "
                            + String.join(", ", m.bringsIn()) + ".";
            takesOut = m.takesOut().isEmpty()
                    ? "No member is placed to carry this school\u2019s learning to other schools."
                    : "Placed to carry this school\u2019s learning to other schools: "
                            + String.join(", ", m.takesOut()) + ".";
        } else {
            bridging = l.bridgingMembers() + " of the " + l.members()
                    + " members are tied both to colleagues here and to other schools\u2019 members.";
            bringsIn = m.bringsIn().size() + " of the " + l.members()
                    + " members are placed to carry learning from other schools into this school.";
            takesOut = m.takesOut().size() + " of the " + l.members()
                    + " members are placed to carry this school\u2019s learning to other schools.";
        }
        return new Flows(inflow, outflow, balance(l), inside, bridging, bringsIn, takesOut);
    }

    private static String balance(SchoolLinks l) {
        long in = l.inflowTies();
        long out = l.outflowTies();
        if (in == 0 && out == 0) {
            return l.members() == 0 ? "With no members, no learning passes between members and colleagues."
                    : "No learning passes between the members and their colleagues yet.";
        }
        if (out == 0) {
            return "Learning comes in, but none of the colleagues\u2019 practice reaches the members.";
        }
        if (in == 0) {
            return "Colleagues\u2019 practice reaches the members, but no learning is passed on from them to"
                    + " colleagues.";
        }
        if (in >= 2 * out) {
            return "Much more learning is passed on to colleagues (" + in + ") than colleagues\u2019 practice"
                    + " reaches the members (" + out + ").";
        }
        if (out >= 2 * in) {
            return "Much more of the colleagues\u2019 practice reaches the members (" + out + ") than learning is"
                    + " passed on to colleagues (" + in + ").";
        }
        return "Learning passes both ways in similar amounts (" + in + " and " + out + ").";
    }

    /** Two or three options for what to do next, each with the figure that prompted it. */
    private static List<String> nextSteps(AcrossSchools across, SchoolLinks l, Disclosure disclosure,
                                          boolean membersShown) {
        List<String> steps = new ArrayList<>();
        if (!disclosure.shows(l.members() + l.colleagues())) {
            return steps;
        }
        if (l.members() == 0) {
            steps.add("You could ask one or two staff to take part in the network: none of the "
                    + (l.members() + l.colleagues()) + " staff is a network member.");
        }
        if (membersShown && l.members() > 0) {
            if (l.outflowTies() == 0) {
                steps.add("Members could gather colleagues\u2019 practice and share it at network meetings: no"
                        + " colleague\u2019s practice reaches a member yet (colleagues\u2019 practice reaching"
                        + " members: none).");
            }
            if (l.inflowTies() == 0) {
                steps.add("Members could share what they bring back from the network with colleagues, for example"
                        + " in a staff meeting: no member passes learning on to a colleague yet (none).");
            }
            if (l.networkTies() == 0) {
                steps.add("Members could spend time with other schools\u2019 members: they have no ties to them yet"
                        + " (members\u2019 ties to other schools: none).");
            }
        }
        Double reachMiddle = across.median(LinkMeasure.REACH);
        if (disclosure.shows(l.colleagues()) && l.reach() != null
                && (l.reach() < LOW_REACH || reachMiddle != null && shownBelow(l.reach(), reachMiddle))) {
            long untied = Math.round((1 - l.reach()) * l.colleagues());
            steps.add("You could involve the colleagues who are in touch with nobody in the network, for example"
                    + " by pairing them with a member: reach is " + FigureText.percent(l.reach()) + " "
                    + LinkMeasure.Whom.COLLEAGUES.of(l) + ", so " + untied + " of them "
                    + (untied == 1 ? "has" : "have") + " no such tie"
                    + (reachMiddle == null ? "" : " (the middle school: " + FigureText.percent(reachMiddle) + ")")
                    + ".");
        }
        Double bothMiddle = across.median(LinkMeasure.COLLEAGUES_WITH_TWO_WAY_LINK);
        if (membersShown && l.members() > 0 && l.colleaguesWithTwoWayLink() != null && bothMiddle != null
                && shownBelow(l.colleaguesWithTwoWayLink(), bothMiddle)) {
            steps.add("Members could ask colleagues about their practice as well as share their own, so that more"
                    + " links run both ways: " + FigureText.percent(l.colleaguesWithTwoWayLink()) + " "
                    + LinkMeasure.Whom.COLLEAGUES.of(l) + " are in touch both ways with a member (the middle"
                    + " school: " + FigureText.percent(bothMiddle) + ").");
        }
        Double strengthMiddle = across.median(LinkMeasure.TIE_STRENGTH);
        if (disclosure.shows(l.colleagues()) && l.tieStrength() != null && strengthMiddle != null
                && FigureText.decimal(l.tieStrength()).compareTo(FigureText.decimal(strengthMiddle)) < 0) {
            steps.add("You could give members and colleagues a regular time to meet, so that contact is more"
                    + " frequent: tie strength is " + FigureText.decimal(l.tieStrength()) + " (the middle school: "
                    + FigureText.decimal(strengthMiddle) + ").");
        }
        if (l.responseRate() != null && l.responseRate() < LOW_RESPONSE) {
            steps.add("You could encourage more staff to answer next time, so that the figures are surer: "
                    + FigureText.percent(l.responseRate()) + " " + LinkMeasure.Whom.STAFF.of(l) + " answered.");
        }
        if (steps.isEmpty() && l.members() > 0 && membersShown) {
            steps.add("You could keep the link going and widen it: the working link both ways rests on "
                    + l.bridgingMembers() + " bridging " + (l.bridgingMembers() == 1 ? "member" : "members")
                    + "; more members in touch with both sides would make it less dependent on a few people.");
        }
        return steps.subList(0, Math.min(SUGGESTIONS, steps.size()));
    }

    private static List<MeasureRow> measures(AcrossSchools across, SchoolLinks links, Disclosure disclosure,
                                             List<String> withheld, List<LinkMeasure> shownMeasures) {
        List<MeasureRow> rows = new ArrayList<>();
        for (LinkMeasure m : shownMeasures) {
            // in the aggregate mode a school whose group is too small takes no part in the middle and range
            Double median = across.median(m);
            long group = m.group(links);
            boolean shown = disclosure.shows(group);
            if (!shown) {
                withheld.add(m.label().toLowerCase(java.util.Locale.ROOT));
            }
            rows.add(new MeasureRow(m.name(), m.label(), shown ? Cell.of(m, m.of(links)) : Cell.text("not shown"),
                    shown ? whom(m, links) : "", group, Cell.of(m, median), typical(m, across.middleHalf(m)), null,
                    null, m.meaning()));
        }
        return rows;
    }

    /** Whether a share is below another as the page shows them (whole percentages), so no sentence reads
     * "78%, the middle school: 78%". */
    private static boolean shownBelow(double share, double other) {
        return Math.round(share * 100) < Math.round(other * 100);
    }

    /**
     * "most schools: 40% to 70%", the middle half of the schools ({@link Median#middleHalf}); {@code null} with
     * fewer than 4 schools.
     */
    static String typical(LinkMeasure m, double[] range) {
        return range == null ? null : m.text(range[0]) + " to " + m.text(range[1]);
    }

    /** @param then the school's figures in the previous survey, {@code null} when it was not there */
    private static List<MeasureRow> changes(ComparedWaves waves, SchoolFigures then, SchoolLinks links,
                                            Disclosure disclosure, List<LinkMeasure> shownMeasures) {
        if (waves.previous() == null) {
            return List.of();
        }
        List<MeasureRow> rows = new ArrayList<>();
        for (LinkMeasure m : shownMeasures) {
            long group = then == null ? m.group(links) : Math.min(m.group(links), m.group(then.links()));
            if (!disclosure.shows(group)) {
                continue;
            }
            Double old = then == null ? null : m.of(then.links());
            rows.add(new MeasureRow(m.name(), m.label(), Cell.of(m, m.of(links)), whom(m, links), group,
                    Cell.of(m, old), null, m.change(old, m.of(links)), worth(m, links), m.meaning()));
        }
        return rows;
    }

    /**
     * Of whom a figure is: "of the 18 staff who are not network members" for a share, "average over ..." for
     * a tie strength, the rate per non-member beside a count of pairs, so that big and small schools compare.
     */
    static String whom(LinkMeasure m, SchoolLinks l) {
        return switch (m.kind()) {
            case SHARE -> m.whom().of(l);
            case STRENGTH -> "average over the " + l.colleagues() + " staff who are not network members";
            case COUNT -> m.whom() == LinkMeasure.Whom.COLLEAGUES
                    ? (l.colleagues() == 0 ? "" : FigureText.round(m.of(l) / l.colleagues(), 2)
                            + " per member of staff who is not a network member")
                    : m.whom().of(l);
        };
    }

    /** "one person is 8 points" for a share of a group; {@code null} for other measures. */
    static String worth(LinkMeasure m, SchoolLinks l) {
        long n = m.whom().size(l);
        if (m.kind() != LinkMeasure.Kind.SHARE || n == 0) {
            return null;
        }
        String one = m.whom() == LinkMeasure.Whom.PAIRS ? "one pair" : "one person";
        return "in a group of " + n + ", " + one + " is " + FigureText.round(100.0 / n, 0) + " points";
    }
}
