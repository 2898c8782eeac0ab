package org.plnet.engine.analysis;

/** Told as {@link StudyAnalyzer} starts each relation and wave, so that a long analysis can show its progress. */
@FunctionalInterface
public interface AnalysisProgress {

    /** Tells nobody. */
    AnalysisProgress NONE = (index, count, relation, wave) -> { };

    /**
     * The analysis of one relation and wave starts.
     *
     * @param index    its place, from 1
     * @param count    the number of relations and waves to analyse
     * @param relation the relation
     * @param wave     the wave
     */
    void starting(int index, int count, String relation, String wave);
}
