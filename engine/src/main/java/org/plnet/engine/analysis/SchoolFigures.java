package org.plnet.engine.analysis;

import org.plnet.engine.scoring.homophily.EITest;
import org.plnet.engine.scoring.links.SchoolLinks;

/**
 * The figures of one school in one relation and wave (metrics.md, "School figures").
 *
 * @param school       the school's name
 * @param staff        s, people of the school
 * @param members      people of the school who take part in the network
 * @param respondents  people of the school who answered in this wave
 * @param internalTies ties of D with both ends in the school
 * @param externalTies ties of D with exactly one end in the school, unknown schools included
 * @param eiIndex      (external - internal) / (external + internal); null when both are 0
 * @param density      internalTies / (s(s-1)); null when s < 2
 * @param links        the school-to-network link measures
 * @param eiTest       the permutation test of {@code eiIndex} (statistics.md, section 2); null when undefined
 */
public record SchoolFigures(String school, int staff, int members, int respondents, long internalTies,
                            long externalTies, Double eiIndex, Double density, SchoolLinks links,
                            EITest eiTest) {
}
