package org.plnet.engine.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Every figure of a study: one {@link GraphAnalysis} per (relation, wave) with at least one kept tie,
 * sorted by relation then wave by code point (metrics.md). Compute it with {@link StudyAnalyzer}.
 *
 * @param study    the study's name
 * @param analyses the analyses in contract order
 * @param changes  the changes between consecutive waves of each relation (statistics.md, section 4)
 * @param options  the permutations and seed the statistics were drawn with
 * @param affiliations the two-mode figures of each wave with attendance (affiliations.md, section 3)
 */
public record StudyAnalysis(String study, List<GraphAnalysis> analyses, List<WaveChange> changes,
                            AnalysisOptions options, List<WaveAffiliations> affiliations) {

    public StudyAnalysis {
        Objects.requireNonNull(study);
        analyses = List.copyOf(analyses);
        changes = List.copyOf(changes);
        Objects.requireNonNull(options);
        affiliations = List.copyOf(affiliations);
    }

    /** The analyses of a study without attendance. */
    public StudyAnalysis(String study, List<GraphAnalysis> analyses, List<WaveChange> changes,
                         AnalysisOptions options) {
        this(study, analyses, changes, options, List.of());
    }

    /** The analyses without changes between waves, drawn with the default options (for tests and tools). */
    public StudyAnalysis(String study, List<GraphAnalysis> analyses) {
        this(study, analyses, List.of(), AnalysisOptions.DEFAULT);
    }
}
