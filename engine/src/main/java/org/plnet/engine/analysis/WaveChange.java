package org.plnet.engine.analysis;

import java.util.List;
import java.util.Objects;
import org.plnet.engine.scoring.change.TieTurnover;

/**
 * What changed in one relation between two consecutive waves (statistics.md, section 4).
 *
 * @param relation the relation
 * @param from     the earlier wave w1
 * @param to       the later wave w2
 * @param ties     kept, new and lost ties of people who answered in both waves, with the Jaccard stability
 * @param people   w2 minus w1 of each person's figures, in roster order
 * @param schools  w2 minus w1 of each school's figures, in order of first appearance
 */
public record WaveChange(String relation, String from, String to, TieTurnover ties, List<PersonChange> people,
                         List<SchoolChange> schools) {

    public WaveChange {
        Objects.requireNonNull(relation);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(ties);
        people = List.copyOf(people);
        schools = List.copyOf(schools);
    }

    /**
     * One person's change, w2 minus w1.
     *
     * @param id             the person's id
     * @param inDegree       change of in-degree
     * @param outDegree      change of out-degree; null unless the person answered in both waves
     * @param betweenness    change of unnormalised betweenness
     * @param brokerageTotal change of the brokerage total
     */
    public record PersonChange(String id, int inDegree, Integer outDegree, double betweenness,
                               long brokerageTotal) {
    }

    /**
     * One school's change, w2 minus w1.
     *
     * @param school           the school
     * @param reach            change of {@code links.reach}; null when either side is null
     * @param tieStrength      change of {@code links.tieStrength}; null when either side is null
     * @param twoWayLinks      change of {@code links.twoWayLinks}
     * @param twoWayLinkedFrom {@code links.twoWayLinked} in w1
     * @param twoWayLinkedTo   {@code links.twoWayLinked} in w2
     * @param respondents      change of the school's respondents
     * @param turnover         kept, new and lost ties whose source is on the school's staff
     */
    public record SchoolChange(String school, Double reach, Double tieStrength, long twoWayLinks,
                               boolean twoWayLinkedFrom, boolean twoWayLinkedTo, int respondents,
                               TieTurnover.SchoolTurnover turnover) {
    }
}
