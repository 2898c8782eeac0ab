package org.plnet.engine.scoring.links;

/**
 * The school-to-network link measures of one school g (school-links.md, "Fields of links"). P = the
 * school's members, C = its other staff, N = every member of the network, O = N \ P, K = scaleMax,
 * theta = tieMin. Shares are {@code null} when their denominator is 0.
 *
 * @param members                  |P|
 * @param colleagues               |C|
 * @param responseRate             respondents in P ∪ C / (|P| + |C|)
 * @param reach                    share of C with s(c,p) >= theta for some p in N
 * @param reachOwnMembers          the same with p in P
 * @param reachOtherMembers        the same with p in O
 * @param tieStrength              mean over C of (max over p in N of s(c,p)) / K
 * @param tieStrengthOwnMembers    the same with p in P
 * @param tieStrengthOtherMembers  the same with p in O
 * @param strongReach              share of C with s(c,p) >= strongTieMin for some p in N
 * @param inflowTies               pairs (p in P, c in C) where p carries knowledge to c
 * @param outflowTies              pairs (p in P, c in C) where c carries knowledge to p
 * @param twoWayLinks              pairs {p, c}, both respondents, with p -> c and c -> p in D
 * @param twoWayEligiblePairs      pairs {p, c} where both responded
 * @param twoWayShare              twoWayLinks / twoWayEligiblePairs
 * @param colleaguesWithTwoWayLink share of C with at least one two-way link to someone in P
 * @param networkTies              ties of D between P and O, either direction
 * @param bridgingMembers          p in P tied (either direction) to someone in O and to someone in C
 * @param twoWayLinked             inflowTies > 0, outflowTies > 0 and networkTies > 0
 * @param gatekeeperRoles          sum over P of Gould–Fernandez gatekeeper counts
 * @param representativeRoles      sum over P of Gould–Fernandez representative counts
 */
public record SchoolLinks(
        int members,
        int colleagues,
        Double responseRate,
        Double reach,
        Double reachOwnMembers,
        Double reachOtherMembers,
        Double tieStrength,
        Double tieStrengthOwnMembers,
        Double tieStrengthOtherMembers,
        Double strongReach,
        long inflowTies,
        long outflowTies,
        long twoWayLinks,
        long twoWayEligiblePairs,
        Double twoWayShare,
        Double colleaguesWithTwoWayLink,
        long networkTies,
        int bridgingMembers,
        boolean twoWayLinked,
        long gatekeeperRoles,
        long representativeRoles) {
}
