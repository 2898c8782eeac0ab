package org.plnet.engine.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Every figure of a study: one {@link GraphAnalysis} per (relation, wave) with at least one kept tie,
 * sorted by relation then wave by code point (metrics.md). Compute it with {@link StudyAnalyzer}.
 *
 * @param study    the study's name
 * @param analyses the analyses in contract order
 */
public record StudyAnalysis(String study, List<GraphAnalysis> analyses) {

    public StudyAnalysis {
        Objects.requireNonNull(study);
        analyses = List.copyOf(analyses);
    }
}
