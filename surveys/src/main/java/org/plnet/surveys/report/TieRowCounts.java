package org.plnet.surveys.report;

import java.util.Objects;

/**
 * What became of the tie rows of one (relation, wave).
 *
 * @param relation         the relation
 * @param wave             the wave
 * @param rowsRead         data rows of this relation and wave
 * @param tiesKept         distinct (source, target) ties kept, duplicates merged
 * @param duplicatesMerged rows merged into an earlier row of the same (source, target) (warnings)
 * @param selfTiesDropped  rows with source = target (warnings)
 * @param noTieRows        rows with weight 0: "no tie", dropped silently
 * @param rowsSkipped      rows skipped in lenient mode (warnings)
 * @param belowTieMin      kept ties whose weight is below the relation's tieMin: not ties of the graph D
 * @param tiesInD          kept ties whose weight is at least tieMin
 */
public record TieRowCounts(String relation, String wave, int rowsRead, int tiesKept, int duplicatesMerged,
                          int selfTiesDropped, int noTieRows, int rowsSkipped, int belowTieMin, int tiesInD) {

    public TieRowCounts {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(wave, "wave");
        if (belowTieMin + tiesInD != tiesKept) {
            throw new IllegalArgumentException("belowTieMin + tiesInD must equal tiesKept");
        }
    }
}
