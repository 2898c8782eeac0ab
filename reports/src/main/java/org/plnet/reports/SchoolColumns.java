package org.plnet.reports;

import static org.plnet.reports.FigureColumn.Type.BOOLEAN;
import static org.plnet.reports.FigureColumn.Type.INT;
import static org.plnet.reports.FigureColumn.Type.LONG;
import static org.plnet.reports.FigureColumn.Type.OPTIONAL_DOUBLE;

import java.util.List;
import org.plnet.engine.analysis.SchoolFigures;

/**
 * The figures of a school (metrics.md, "School figures"; school-links.md, "Fields of links") in the one
 * order that metrics.json and schools.csv use: metrics.json nests {@link #LINKS} in a {@code links} object;
 * schools.csv has them flat after {@link #FIGURES}, without the links' repeat of {@code members}.
 */
public final class SchoolColumns {

    /** The figures directly in a school's object of metrics.json. */
    public static final List<FigureColumn<SchoolFigures>> FIGURES = List.of(
            FigureColumn.of("staff", INT, SchoolFigures::staff),
            FigureColumn.of("members", INT, SchoolFigures::members),
            FigureColumn.of("respondents", INT, SchoolFigures::respondents),
            FigureColumn.of("internalTies", LONG, SchoolFigures::internalTies),
            FigureColumn.of("externalTies", LONG, SchoolFigures::externalTies),
            FigureColumn.of("eiIndex", OPTIONAL_DOUBLE, SchoolFigures::eiIndex),
            FigureColumn.of("density", OPTIONAL_DOUBLE, SchoolFigures::density));

    /** The link measures after {@code members}, which only metrics.json repeats. */
    private static final List<FigureColumn<SchoolFigures>> LINKS_BUT_MEMBERS = List.of(
            FigureColumn.of("colleagues", INT, s -> s.links().colleagues()),
            FigureColumn.of("responseRate", OPTIONAL_DOUBLE, s -> s.links().responseRate()),
            FigureColumn.of("reach", OPTIONAL_DOUBLE, s -> s.links().reach()),
            FigureColumn.of("reachOwnMembers", OPTIONAL_DOUBLE, s -> s.links().reachOwnMembers()),
            FigureColumn.of("reachOtherMembers", OPTIONAL_DOUBLE, s -> s.links().reachOtherMembers()),
            FigureColumn.of("tieStrength", OPTIONAL_DOUBLE, s -> s.links().tieStrength()),
            FigureColumn.of("tieStrengthOwnMembers", OPTIONAL_DOUBLE, s -> s.links().tieStrengthOwnMembers()),
            FigureColumn.of("tieStrengthOtherMembers", OPTIONAL_DOUBLE, s -> s.links().tieStrengthOtherMembers()),
            FigureColumn.of("strongReach", OPTIONAL_DOUBLE, s -> s.links().strongReach()),
            FigureColumn.of("inflowTies", LONG, s -> s.links().inflowTies()),
            FigureColumn.of("outflowTies", LONG, s -> s.links().outflowTies()),
            FigureColumn.of("twoWayLinks", LONG, s -> s.links().twoWayLinks()),
            FigureColumn.of("twoWayEligiblePairs", LONG, s -> s.links().twoWayEligiblePairs()),
            FigureColumn.of("twoWayShare", OPTIONAL_DOUBLE, s -> s.links().twoWayShare()),
            FigureColumn.of("colleaguesWithTwoWayLink", OPTIONAL_DOUBLE, s -> s.links().colleaguesWithTwoWayLink()),
            FigureColumn.of("networkTies", LONG, s -> s.links().networkTies()),
            FigureColumn.of("bridgingMembers", INT, s -> s.links().bridgingMembers()),
            FigureColumn.of("twoWayLinked", BOOLEAN, s -> s.links().twoWayLinked()),
            FigureColumn.of("gatekeeperRoles", LONG, s -> s.links().gatekeeperRoles()),
            FigureColumn.of("representativeRoles", LONG, s -> s.links().representativeRoles()));

    /** The link measures, in a school's {@code links} object of metrics.json. */
    public static final List<FigureColumn<SchoolFigures>> LINKS = FigureColumn.concat(
            List.of(FigureColumn.of("members", INT, s -> s.links().members())), LINKS_BUT_MEMBERS);

    /** The E-I permutation test (statistics.md, section 2), flat in schools.csv; metrics.json nests it. */
    private static final List<FigureColumn<SchoolFigures>> EI_TEST = List.of(
            FigureColumn.of("eiExpected", OPTIONAL_DOUBLE, s -> s.eiTest() == null ? null : s.eiTest().expected()),
            FigureColumn.of("eiPGreater", OPTIONAL_DOUBLE, s -> s.eiTest() == null ? null : s.eiTest().pGreater()),
            FigureColumn.of("eiPLess", OPTIONAL_DOUBLE, s -> s.eiTest() == null ? null : s.eiTest().pLess()));

    /** The figures of schools.csv, after relation, wave and school. */
    public static final List<FigureColumn<SchoolFigures>> TABLE = FigureColumn.concat(
            FigureColumn.concat(FIGURES, LINKS_BUT_MEMBERS), EI_TEST);

    private SchoolColumns() {
    }
}
