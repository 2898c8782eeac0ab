package org.plnet.engine.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The two-mode figures of one wave with attendance (affiliations.md, section 3).
 *
 * @param wave        the wave
 * @param events      the events with at least one attendance in the wave
 * @param attendances the wave's distinct (person, event) rows
 * @param eventFigures one per event with attendance, in the order the events were held
 * @param peopleFigures one per person of the roster, in roster order
 */
public record WaveAffiliations(String wave, int events, int attendances, List<EventFigures> eventFigures,
                               List<AttendeeFigures> peopleFigures) {

    public WaveAffiliations {
        Objects.requireNonNull(wave, "wave");
        eventFigures = List.copyOf(eventFigures);
        peopleFigures = List.copyOf(peopleFigures);
    }
}
