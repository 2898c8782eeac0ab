package org.plnet.engine.scoring.centrality;

/**
 * The PageRank of every person, indexed by vertex {@code 0..n-1}; see {@link PageRank}. The scores sum
 * to 1 (up to rounding). Immutable: the array is owned by this object and never handed out.
 */
public final class PageRankScores {

    private final double[] scores;

    PageRankScores(double[] scores) {
        this.scores = scores;
    }

    /** n, the number of people scored. */
    public int size() {
        return scores.length;
    }

    /** The PageRank of v. */
    public double score(int v) {
        return scores[v];
    }
}
