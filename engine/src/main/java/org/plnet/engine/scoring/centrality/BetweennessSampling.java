package org.plnet.engine.scoring.centrality;

/**
 * How sampled betweenness was drawn, written beside the figures: with probability at least
 * {@code confidence}, every person's normalised betweenness is within {@code epsilon} of the exact value
 * (see {@link SampledBetweenness}).
 *
 * @param epsilon    the largest error of any normalised betweenness, 0 &lt; epsilon &lt; 1
 * @param confidence the probability that no error exceeds epsilon, 0 &lt; confidence &lt; 1
 * @param samples    the number of sampled pairs r
 * @param seed       the seed of the samples
 */
public record BetweennessSampling(double epsilon, double confidence, long samples, long seed) {

    public BetweennessSampling {
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon must be between 0 and 1, not " + epsilon);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, not " + confidence);
        }
    }
}
