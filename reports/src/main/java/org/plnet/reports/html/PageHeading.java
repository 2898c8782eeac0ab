package org.plnet.reports.html;

/**
 * The context every report page states at the top.
 *
 * @param study        the study's name
 * @param relation     the relation reported
 * @param question     the survey question of the relation, or {@code null} when study.yaml gives none
 * @param wave         the wave reported
 * @param previousWave the wave compared with, or {@code null}
 * @param flowNote     how to read an arrow of this relation
 * @param scaleNote    the answer scale and what counts as frequent, in words
 * @param fromRegister whether the relation comes from the attendance register rather than a survey
 * @param samplingNote how betweenness was estimated, for researchers; {@code null} when it is exact
 */
public record PageHeading(String study, String relation, String question, String wave, String previousWave,
                          String flowNote, String scaleNote, boolean fromRegister, String samplingNote) {

    public boolean hasPrevious() {
        return previousWave != null;
    }
}
