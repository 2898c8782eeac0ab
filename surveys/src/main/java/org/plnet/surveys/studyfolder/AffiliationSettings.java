package org.plnet.surveys.studyfolder;

import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Affiliations;

/**
 * What study.yaml's {@code affiliations:} sets (affiliations.md, section 1); a setting is {@code null} when left
 * out or reported as bad.
 *
 * @param at           where the {@code affiliations:} key is
 * @param relation     the name of the co-attendance relation
 * @param tieMin       the shared events needed for a tie
 * @param strongTieMin the smallest weight of a strong tie
 */
record AffiliationSettings(SourceLocation at, Setting<String> relation, Setting<Integer> tieMin,
                           Setting<Double> strongTieMin) {

    String relationName() {
        return relation == null ? Affiliations.DEFAULT_RELATION : relation.value();
    }

    int tieMinValue() {
        return tieMin == null ? 1 : tieMin.value();
    }

    Double strongTieMinValue() {
        return strongTieMin == null ? null : strongTieMin.value();
    }
}
