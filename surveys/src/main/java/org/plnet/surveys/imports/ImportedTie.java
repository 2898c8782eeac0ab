package org.plnet.surveys.imports;

import java.util.Objects;
import org.plnet.engine.input.SourceLocation;

/**
 * One tie an importer read, already resolved to roster ids.
 *
 * @param source   id of the person who reported the tie
 * @param target   id of the person named
 * @param relation the relation's name
 * @param wave     the survey round
 * @param weight   the strength, at least 0 (0 = the answer meant "no tie"; such ties are not written)
 * @param where    the cell or line the tie came from
 */
public record ImportedTie(String source, String target, String relation, String wave, double weight,
                          SourceLocation where) {

    public ImportedTie {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(wave, "wave");
        Objects.requireNonNull(where, "where");
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("tie weight must be a finite number >= 0: " + weight);
        }
    }
}
