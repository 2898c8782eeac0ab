package org.plnet.surveys.rows;

import java.util.Objects;
import org.plnet.engine.input.SourceLocation;

/**
 * One tie row of a study as the study reader checks it, from the study's ties.csv or from a survey export
 * that study.yaml imports, each cell with where it came from, so that every message names the user's file.
 *
 * @param source   the source's id as written (trimmed)
 * @param target   the target's id as written (trimmed)
 * @param relation the relation, its default filled in
 * @param wave     the wave, its default filled in
 * @param weight   the weight cell as written, or {@code null} when there is no weight column (weight 1)
 * @param at       the row
 * @param sourceAt the source cell
 * @param targetAt the target cell
 * @param weightAt the weight cell ({@code at} when there is none)
 */
public record TieRow(String source, String target, String relation, String wave, String weight,
                     SourceLocation at, SourceLocation sourceAt, SourceLocation targetAt, SourceLocation weightAt) {

    public TieRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(wave, "wave");
        Objects.requireNonNull(at, "at");
    }

    /** A tie of an export: every cell is where the export gives it. */
    public static TieRow ofExport(String source, String target, String relation, String wave, String weight,
                                  SourceLocation where) {
        return new TieRow(source, target, relation, wave, weight, where, where, where, where);
    }
}
