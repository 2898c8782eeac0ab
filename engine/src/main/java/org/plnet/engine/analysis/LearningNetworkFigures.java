package org.plnet.engine.analysis;

import java.util.Objects;

/**
 * The figures of one learning network k of a programme in one relation and wave (programmes.md, section 3),
 * S(k) its schools and P(k) their staff. {@code null} marks an undefined value.
 *
 * @param network             the network's name
 * @param schools             |S(k)|
 * @param staff               s = |P(k)|
 * @param members             network members in P(k)
 * @param respondents         respondents of this wave in P(k)
 * @param internalTies        ties of D with both ends in P(k)
 * @param crossSchoolTies     of those, ties whose ends are in different schools
 * @param externalTies        ties of D with exactly one end in P(k)
 * @param eiIndex             (external - internal) / (external + internal); null when both are 0
 * @param density             internalTies / (s(s - 1)); null when s &lt; 2
 * @param crossSchoolDensity  crossSchoolTies / (s(s - 1) - sum over g of s_g(s_g - 1)); null when 0 pairs
 * @param schoolsTwoWayLinked schools of S(k) whose {@code linksWithinNetwork.twoWayLinked} is true
 * @param reach               of the colleagues of S(k) pooled, the share tied to a member of k; null without
 *                            colleagues
 * @param tieStrength         pooled mean over those colleagues of the best strength to a member of k / K;
 *                            null without colleagues
 */
public record LearningNetworkFigures(String network, int schools, int staff, int members, int respondents,
                                     long internalTies, long crossSchoolTies, long externalTies, Double eiIndex,
                                     Double density, Double crossSchoolDensity, int schoolsTwoWayLinked,
                                     Double reach, Double tieStrength) {

    public LearningNetworkFigures {
        Objects.requireNonNull(network);
    }
}
