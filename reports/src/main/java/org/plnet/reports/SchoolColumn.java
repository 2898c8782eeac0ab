package org.plnet.reports;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.plnet.engine.analysis.SchoolFigures;

/**
 * The figures of a school (metrics.md, "School figures"; school-links.md, "Fields of links") under their
 * public names, in the one order that metrics.json and schools.csv both use: metrics.json nests the
 * {@link Group#LINKS} columns in a {@code links} object; schools.csv has them flat and leaves out
 * {@link #LINKS_MEMBERS}, the same number as {@link #MEMBERS}.
 */
public enum SchoolColumn {

    STAFF("staff", Type.INT, Group.SCHOOL, SchoolFigures::staff),
    MEMBERS("members", Type.INT, Group.SCHOOL, SchoolFigures::members),
    RESPONDENTS("respondents", Type.INT, Group.SCHOOL, SchoolFigures::respondents),
    INTERNAL_TIES("internalTies", Type.LONG, Group.SCHOOL, SchoolFigures::internalTies),
    EXTERNAL_TIES("externalTies", Type.LONG, Group.SCHOOL, SchoolFigures::externalTies),
    EI_INDEX("eiIndex", Type.OPTIONAL_DOUBLE, Group.SCHOOL, SchoolFigures::eiIndex),
    DENSITY("density", Type.OPTIONAL_DOUBLE, Group.SCHOOL, SchoolFigures::density),
    LINKS_MEMBERS("members", Type.INT, Group.LINKS, s -> s.links().members()),
    COLLEAGUES("colleagues", Type.INT, Group.LINKS, s -> s.links().colleagues()),
    RESPONSE_RATE("responseRate", Type.OPTIONAL_DOUBLE, Group.LINKS, s -> s.links().responseRate()),
    REACH("reach", Type.OPTIONAL_DOUBLE, Group.LINKS, s -> s.links().reach()),
    REACH_OWN_MEMBERS("reachOwnMembers", Type.OPTIONAL_DOUBLE, Group.LINKS, s -> s.links().reachOwnMembers()),
    REACH_OTHER_MEMBERS("reachOtherMembers", Type.OPTIONAL_DOUBLE, Group.LINKS, s -> s.links().reachOtherMembers()),
    TIE_STRENGTH("tieStrength", Type.OPTIONAL_DOUBLE, Group.LINKS, s -> s.links().tieStrength()),
    TIE_STRENGTH_OWN_MEMBERS("tieStrengthOwnMembers", Type.OPTIONAL_DOUBLE, Group.LINKS,
            s -> s.links().tieStrengthOwnMembers()),
    TIE_STRENGTH_OTHER_MEMBERS("tieStrengthOtherMembers", Type.OPTIONAL_DOUBLE, Group.LINKS,
            s -> s.links().tieStrengthOtherMembers()),
    STRONG_REACH("strongReach", Type.OPTIONAL_DOUBLE, Group.LINKS, s -> s.links().strongReach()),
    INFLOW_TIES("inflowTies", Type.LONG, Group.LINKS, s -> s.links().inflowTies()),
    OUTFLOW_TIES("outflowTies", Type.LONG, Group.LINKS, s -> s.links().outflowTies()),
    TWO_WAY_LINKS("twoWayLinks", Type.LONG, Group.LINKS, s -> s.links().twoWayLinks()),
    TWO_WAY_ELIGIBLE_PAIRS("twoWayEligiblePairs", Type.LONG, Group.LINKS, s -> s.links().twoWayEligiblePairs()),
    TWO_WAY_SHARE("twoWayShare", Type.OPTIONAL_DOUBLE, Group.LINKS, s -> s.links().twoWayShare()),
    COLLEAGUES_WITH_TWO_WAY_LINK("colleaguesWithTwoWayLink", Type.OPTIONAL_DOUBLE, Group.LINKS,
            s -> s.links().colleaguesWithTwoWayLink()),
    NETWORK_TIES("networkTies", Type.LONG, Group.LINKS, s -> s.links().networkTies()),
    BRIDGING_MEMBERS("bridgingMembers", Type.INT, Group.LINKS, s -> s.links().bridgingMembers()),
    TWO_WAY_LINKED("twoWayLinked", Type.BOOLEAN, Group.LINKS, s -> s.links().twoWayLinked()),
    GATEKEEPER_ROLES("gatekeeperRoles", Type.LONG, Group.LINKS, s -> s.links().gatekeeperRoles()),
    REPRESENTATIVE_ROLES("representativeRoles", Type.LONG, Group.LINKS, s -> s.links().representativeRoles());

    /** A column's values. */
    public enum Type {
        INT,
        LONG,
        BOOLEAN,
        /** A double that is {@code null} where the figure is undefined. */
        OPTIONAL_DOUBLE
    }

    /** Where a column sits in metrics.json. */
    public enum Group {
        /** Directly in the school's object. */
        SCHOOL,
        /** In the school's {@code links} object. */
        LINKS
    }

    private final String label;
    private final Type type;
    private final Group group;
    private final Function<SchoolFigures, Object> value;

    SchoolColumn(String label, Type type, Group group, Function<SchoolFigures, Object> value) {
        this.label = label;
        this.type = type;
        this.group = group;
        this.value = value;
    }

    /** The name in schools.csv, and inside its object in metrics.json. */
    public String label() {
        return label;
    }

    public Type type() {
        return type;
    }

    /** The school's value: an Integer, Long, Boolean or Double, {@code null} when undefined. */
    public Object of(SchoolFigures figures) {
        return value.apply(figures);
    }

    /** The columns of one group of metrics.json, in order. */
    public static List<SchoolColumn> of(Group group) {
        return Arrays.stream(values()).filter(c -> c.group == group).toList();
    }

    /** The columns of schools.csv after relation, wave and school. */
    public static List<SchoolColumn> inTable() {
        return Arrays.stream(values()).filter(c -> c != LINKS_MEMBERS).toList();
    }
}
