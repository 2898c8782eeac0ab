package org.plnet.engine.scoring.breakdowns;

import java.util.Objects;
import org.plnet.engine.scoring.brokerage.BrokerageCounts;

/**
 * The figures of the people P_v whose attribute A has the value v, over the whole study or one school's
 * staff (programmes.md, section 4; see {@link AttributeBreakdown} for the definitions).
 *
 * @param attribute          A, as written in study.yaml
 * @param value              v
 * @param people             |P_v|
 * @param respondents        respondents of the wave in P_v
 * @param outTies            ties of D from someone in P_v
 * @param inTies             ties of D to someone in P_v
 * @param crossSchoolOutTies of {@code outTies}, those whose two ends are in different known schools
 * @param crossSchoolInTies  of {@code inTies}, those whose two ends are in different known schools
 * @param crossSchoolShare   (crossSchoolOutTies + crossSchoolInTies) / (2 x the cross-school ties of D);
 *                           null when D has none
 * @param eiIndex            (E - I) / (E + I) over the ties with an end in P_v and both ends of known school;
 *                           null when E + I = 0
 * @param meanInDegree       mean in-degree over P_v
 * @param meanBetweenness    mean unnormalised betweenness over P_v
 * @param meanOutDegree      mean out-degree over the respondents of P_v; null when none responded
 * @param brokerage          the Gould–Fernandez counts summed over P_v
 */
public record Breakdown(String attribute, String value, int people, int respondents, long outTies, long inTies,
                        long crossSchoolOutTies, long crossSchoolInTies, Double crossSchoolShare, Double eiIndex,
                        double meanInDegree, double meanBetweenness, Double meanOutDegree,
                        BrokerageCounts brokerage) {

    public Breakdown {
        Objects.requireNonNull(attribute);
        Objects.requireNonNull(value);
        Objects.requireNonNull(brokerage);
    }
}
