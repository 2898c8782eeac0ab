package org.plnet.surveys.rows;

import java.util.Objects;
import org.plnet.engine.input.SourceLocation;

/**
 * One row of a study's respondents (study-format.md, "Respondents", rule 2): someone who answered in a wave,
 * with where the row names them, so that a message about it names the user's file.
 *
 * @param id   the person's id as written (trimmed)
 * @param wave the wave, its default filled in
 * @param at   the id cell
 */
public record RespondentRow(String id, String wave, SourceLocation at) {

    public RespondentRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(wave, "wave");
        Objects.requireNonNull(at, "at");
    }
}
