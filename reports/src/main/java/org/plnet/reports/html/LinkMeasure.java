package org.plnet.reports.html;

import java.util.function.Function;
import org.plnet.engine.scoring.links.SchoolLinks;

/**
 * The school-to-network link measures that the reports show, each with the one-line plain meaning and the
 * definition of school-links.md. P = the school's members, C = its other staff (colleagues), N = every
 * network member, O = N \ P; D = the ties of at least {@code tieMin}; s(c,p) = the strongest tie between
 * c and p in either direction.
 */
public enum LinkMeasure {

    RESPONSE_RATE("Answered the survey", Kind.SHARE, SchoolLinks::responseRate,
            "how much of the school answered",
            "respondents among the school's staff / number of staff"),
    REACH("Reach", Kind.SHARE, SchoolLinks::reach,
            "colleagues directly tied to someone in the network",
            "share of C with a tie of D, in either direction, to some p in N"),
    REACH_OWN_MEMBERS("Reach through own members", Kind.SHARE, SchoolLinks::reachOwnMembers,
            "colleagues tied to their own school's network members",
            "the same as reach, with p in P only"),
    REACH_OTHER_MEMBERS("Reach through other schools", Kind.SHARE, SchoolLinks::reachOtherMembers,
            "colleagues tied directly to other schools' network members",
            "the same as reach, with p in O only"),
    TIE_STRENGTH("Tie strength", Kind.STRENGTH, SchoolLinks::tieStrength,
            "how strong the average colleague's best link into the network is (0 = none, 1 = as strong as the scale allows)",
            "mean over c in C of (max over p in N of s(c,p)) / K, K = top of the answer scale"),
    STRONG_REACH("Strong reach", Kind.SHARE, SchoolLinks::strongReach,
            "colleagues with a strong (frequent) link into the network",
            "share of C with s(c,p) >= strongTieMin for some p in N"),
    INFLOW_TIES("Learning coming in", Kind.COUNT, l -> (double) l.inflowTies(),
            "links through which members pass learning from the network to colleagues",
            "number of pairs (p in P, c in C) where p carries knowledge to c"),
    OUTFLOW_TIES("Learning going out", Kind.COUNT, l -> (double) l.outflowTies(),
            "links through which colleagues' practice reaches the members, and so the network",
            "number of pairs (p in P, c in C) where c carries knowledge to p"),
    TWO_WAY_SHARE("Two-way links", Kind.SHARE, SchoolLinks::twoWayShare,
            "member-colleague relationships that run both ways",
            "pairs {p in P, c in C}, both respondents, with p -> c and c -> p in D / pairs where both responded"),
    COLLEAGUES_WITH_TWO_WAY_LINK("Colleagues with a two-way link", Kind.SHARE, SchoolLinks::colleaguesWithTwoWayLink,
            "colleagues who have a relationship running both ways with one of the members",
            "share of C with at least one two-way link to some p in P"),
    NETWORK_TIES("Ties into the network", Kind.COUNT, l -> (double) l.networkTies(),
            "how tied the school's members are into the rest of the network",
            "ties of D between P and O, either direction"),
    BRIDGING_MEMBERS("Bridging members", Kind.COUNT, l -> (double) l.bridgingMembers(),
            "members who actually connect the school and the network",
            "number of p in P with a tie of D to someone in O and a tie of D to someone in C");

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
    private final String meaning;
    private final String definition;

    LinkMeasure(String label, Kind kind, Function<SchoolLinks, Double> value, String meaning, String definition) {
        this.label = label;
        this.kind = kind;
        this.value = value;
        this.meaning = meaning;
        this.definition = definition;
    }

    /** The measure's name as the reports print it. */
    public String label() {
        return label;
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
}
