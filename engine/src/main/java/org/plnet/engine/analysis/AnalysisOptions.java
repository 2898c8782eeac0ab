package org.plnet.engine.analysis;

/**
 * How the statistics of an analysis are drawn (statistics.md): the number of random permutations of each
 * permutation test and the seed every analysis starts its own stream of random numbers from.
 *
 * @param permutations R, at least 1 (default {@value #DEFAULT_PERMUTATIONS})
 * @param seed         the seed (default {@value #DEFAULT_SEED})
 */
public record AnalysisOptions(int permutations, long seed) {

    public static final int DEFAULT_PERMUTATIONS = 1000;
    public static final long DEFAULT_SEED = 1;
    /** R = 1000, seed 1. */
    public static final AnalysisOptions DEFAULT = new AnalysisOptions(DEFAULT_PERMUTATIONS, DEFAULT_SEED);

    public AnalysisOptions {
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1, not " + permutations);
        }
    }
}
