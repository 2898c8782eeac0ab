package org.plnet.engine.model;

import java.util.Objects;

/**
 * One kept row of attendance.csv: a person was at an event in a wave.
 *
 * @param person the person's index in {@link Study#people()}
 * @param event  the event's index in {@link Affiliations#events()}
 * @param wave   the wave, as in ties.csv
 */
public record Attendance(int person, int event, String wave) {

    public Attendance {
        Objects.requireNonNull(wave, "wave");
        if (person < 0 || event < 0) {
            throw new IllegalArgumentException("negative index");
        }
    }
}
