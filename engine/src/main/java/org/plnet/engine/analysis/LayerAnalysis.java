package org.plnet.engine.analysis;

import java.util.List;

/**
 * Every figure of one relation in one wave.
 *
 * @param relation the relation's name
 * @param wave     the wave
 * @param network  network-level figures
 * @param people   one entry per person of the roster, in roster order
 * @param schools  one entry per non-empty school, in order of first appearance
 */
public record LayerAnalysis(String relation, String wave, NetworkFigures network, List<PersonFigures> people,
                            List<SchoolFigures> schools) {

    public LayerAnalysis {
        people = List.copyOf(people);
        schools = List.copyOf(schools);
    }
}
