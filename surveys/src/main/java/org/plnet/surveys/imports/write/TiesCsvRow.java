package org.plnet.surveys.imports.write;

import java.util.Comparator;
import org.plnet.engine.model.CodePointOrder;

/**
 * One row of ties.csv as it will be written; the weight is kept as text so that rows already in the study
 * are written back exactly as they were.
 */
public record TiesCsvRow(String source, String target, String relation, String weight, String wave) {

    /** ties.csv order: relation, wave, source, target, by code point. */
    static final Comparator<TiesCsvRow> ORDER = Comparator.comparing(TiesCsvRow::relation, CodePointOrder.INSTANCE)
            .thenComparing(TiesCsvRow::wave, CodePointOrder.INSTANCE)
            .thenComparing(TiesCsvRow::source, CodePointOrder.INSTANCE)
            .thenComparing(TiesCsvRow::target, CodePointOrder.INSTANCE);

    /** The (relation, wave) this row belongs to. */
    public RelationWave layer() {
        return new RelationWave(relation, wave);
    }
}
