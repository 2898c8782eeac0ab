package org.plnet.engine.analysis;

import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.scoring.centrality.SampledBetweenness;
import org.plnet.engine.scoring.centrality.ShortestPathCentrality;
import org.plnet.engine.scoring.centrality.ShortestPathScores;

/**
 * Where the betweenness, closeness and harmonic closeness of a graph come from: the one O(n m) pass of the
 * analysis, computed here in one run ({@link #EXACT}), estimated by sampling ({@link #sampled}), or added
 * up from shards computed elsewhere.
 */
@FunctionalInterface
public interface ShortestPaths {

    /** The exact pass in this process, on every processor. */
    ShortestPaths EXACT = graph -> ShortestPathCentrality.compute(graph.compact());

    /**
     * Betweenness sampled with an error of at most epsilon in every normalised figure, with probability at
     * least confidence ({@link SampledBetweenness}); closeness stays exact.
     */
    static ShortestPaths sampled(double epsilon, double confidence, long seed) {
        return graph -> SampledBetweenness.compute(graph.compact(), epsilon, confidence, seed,
                Runtime.getRuntime().availableProcessors());
    }

    /** The scores of the graph of one relation and wave. */
    ShortestPathScores of(StudyGraph graph);
}
