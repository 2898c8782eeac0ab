package org.plnet.reports.html;

import java.util.List;

import java.util.function.Function;
import org.plnet.engine.scoring.links.SchoolLinks;

/**
 * The school-to-network link measures that the reports show, each with the one-line plain meaning and the
 * definition of school-links.md. P = the school's members, C = its other staff (colleagues), N = every
 * network member, O = N \ P; D = the ties of at least {@code tieMin}; s(c,p) = the strongest tie between
 * c and p in either direction.
 */
public enum LinkMeasure {

    RESPONSE_RATE("Staff who answered", Kind.SHARE, SchoolLinks::responseRate, Whom.STAFF,
            "how much of the school answered the survey; the other figures are surer when more answered",
            "respondents among the school's staff / number of staff"),
    REACH("Reach", Kind.SHARE, SchoolLinks::reach, Whom.COLLEAGUES,
            "staff who are not network members but are directly in touch with a network member of any school",
            "share of C with a tie of D, in either direction, to some p in N"),
    REACH_OWN_MEMBERS("Reach through own members", Kind.SHARE, SchoolLinks::reachOwnMembers, Whom.COLLEAGUES,
            "staff who are not network members but are in touch with this school's own network members",
            "the same as reach, with p in P only"),
    REACH_OTHER_MEMBERS("Reach through other schools", Kind.SHARE, SchoolLinks::reachOtherMembers,
            Whom.COLLEAGUES,
            "staff who are not network members but are in touch with other schools' network members",
            "the same as reach, with p in O only"),
    TIE_STRENGTH("Tie strength", Kind.STRENGTH, SchoolLinks::tieStrength, Whom.COLLEAGUES,
            "how often the average non-member is in touch with their closest network member, from 0 (never)"
                    + " to 1 (the most often the survey's answers allow)",
            "mean over c in C of (max over p in N of s(c,p)) / K, K = top of the answer scale"),
    STRONG_REACH("Frequent reach", Kind.SHARE, SchoolLinks::strongReach, Whom.COLLEAGUES,
            "staff who are not network members but are often in touch with a network member",
            "share of C with s(c,p) >= strongTieMin for some p in N"),
    INFLOW_TIES("Members passing learning to colleagues", Kind.COUNT, l -> (double) l.inflowTies(), Whom.COLLEAGUES,
            "inside the school: pairs in which one of the school's network members passes learning on to a"
                    + " colleague who is not a member",
            "number of pairs (p in P, c in C) where p carries knowledge to c"),
    OUTFLOW_TIES("Colleagues' practice reaching members", Kind.COUNT, l -> (double) l.outflowTies(),
            Whom.COLLEAGUES,
            "inside the school: pairs in which a colleague's practice reaches one of the school's network"
                    + " members, who can take it to the network",
            "number of pairs (p in P, c in C) where c carries knowledge to p"),
    TWO_WAY_SHARE("Member\u2013colleague pairs in touch both ways", Kind.SHARE, SchoolLinks::twoWayShare, Whom.PAIRS,
            "pairs of a network member and a colleague, both of whom answered, who each named the other",
            "pairs {p in P, c in C}, both respondents, with p -> c and c -> p in D / pairs where both responded"),
    COLLEAGUES_WITH_TWO_WAY_LINK("Colleagues in touch both ways with a member", Kind.SHARE,
            SchoolLinks::colleaguesWithTwoWayLink, Whom.COLLEAGUES,
            "staff who are not network members and who name, and are named by, one of the school's members",
            "share of C with at least one two-way link to some p in P"),
    NETWORK_TIES("Members' ties to other schools", Kind.COUNT, l -> (double) l.networkTies(), Whom.MEMBERS,
            "ties between this school's network members and other schools' network members",
            "ties of D between P and O, either direction"),
    BRIDGING_MEMBERS("Bridging members", Kind.COUNT, l -> (double) l.bridgingMembers(), Whom.MEMBERS,
            "network members tied both to colleagues in their school and to other schools' members",
            "number of p in P with a tie of D to someone in O and a tie of D to someone in C");

    /**
     * The group a measure is about: the people a share is "of", and the group whose size decides whether
     * the figure may be shown where a minimum group size applies.
     */
    public enum Whom {
        /** All staff of the school. */
        STAFF,
        /** The staff who are not network members. */
        COLLEAGUES,
        /** The school's network members. */
        MEMBERS,
        /** Member-colleague pairs in which both answered. */
        PAIRS;

        /** The size of the group in a school. */
        public long size(SchoolLinks l) {
            return switch (this) {
                case STAFF -> l.members() + l.colleagues();
                case COLLEAGUES -> l.colleagues();
                case MEMBERS -> l.members();
                case PAIRS -> l.twoWayEligiblePairs();
            };
        }

        /** "of the 18 staff who are not network members". */
        public String of(SchoolLinks l) {
            long n = size(l);
            return switch (this) {
                case STAFF -> "of the " + n + " staff";
                case COLLEAGUES -> "of the " + n + (n == 1 ? " member of staff who is" : " staff who are")
                        + " not network members";
                case MEMBERS -> "among the " + n + " network " + (n == 1 ? "member" : "members");
                case PAIRS -> "of the " + n + " member\u2013colleague " + (n == 1 ? "pair" : "pairs")
                        + " who both answered";
            };
        }
    }

    /** How a measure's value is written. */
    public enum Kind {
        /** A share from 0 to 1, written as a percentage. */
        SHARE,
        /** A tie strength from 0 to 1, written with two decimals. */
        STRENGTH,
        /** A count. */
        COUNT
    }

    private final String label;
    private final Kind kind;
    private final Function<SchoolLinks, Double> value;
    private final Whom whom;
    private final String meaning;
    private final String definition;

    LinkMeasure(String label, Kind kind, Function<SchoolLinks, Double> value, Whom whom, String meaning,
                String definition) {
        this.label = label;
        this.kind = kind;
        this.value = value;
        this.whom = whom;
        this.meaning = meaning;
        this.definition = definition;
    }

    /** The measure's name as the reports print it. */
    public String label() {
        return label;
    }

    /**
     * The size of the smallest group of people the school's figure is computed over: the staff, the staff
     * who are not members, or, for figures about members and colleagues together, the smaller of the two.
     */
    public long group(SchoolLinks l) {
        return switch (this) {
            case RESPONSE_RATE -> l.members() + l.colleagues();
            case REACH, REACH_OTHER_MEMBERS, TIE_STRENGTH, STRONG_REACH -> l.colleagues();
            case NETWORK_TIES, BRIDGING_MEMBERS -> l.members();
            case REACH_OWN_MEMBERS, INFLOW_TIES, OUTFLOW_TIES, TWO_WAY_SHARE, COLLEAGUES_WITH_TWO_WAY_LINK ->
                    Math.min(l.members(), l.colleagues());
        };
    }

    /** The group the measure is about. */
    public Whom whom() {
        return whom;
    }

    public Kind kind() {
        return kind;
    }

    /** The plain meaning, for a reader who is not a statistician. */
    public String meaning() {
        return meaning;
    }

    /** The formal definition (school-links.md). */
    public String definition() {
        return definition;
    }

    /** The school's value; {@code null} when undefined. */
    public Double of(SchoolLinks links) {
        return value.apply(links);
    }

    /** The value as a reader sees it. */
    public String text(Double v) {
        return switch (kind) {
            case SHARE -> FigureText.percent(v);
            case STRENGTH -> FigureText.decimal(v);
            case COUNT -> FigureText.count(v);
        };
    }

    /** The change from {@code before} to {@code now} as a reader sees it. */
    public String change(Double before, Double now) {
        return switch (kind) {
            case SHARE -> FigureText.percentChange(before, now);
            case STRENGTH -> FigureText.decimalChange(before, now);
            case COUNT -> before == null || now == null ? FigureText.UNDEFINED : FigureText.countChange(before, now);
        };
    }

    /**
     * The measures a page shows: all of them, but for a relation from the attendance register, where everyone
     * counts as a respondent, without the response rate (always 100%, and about a survey there was not).
     */
    static List<LinkMeasure> shown(boolean fromRegister) {
        return java.util.Arrays.stream(values()).filter(m -> !fromRegister || m != RESPONSE_RATE).toList();
    }
}
