package org.plnet.engine.scoring.homophily;

/**
 * The outcome of the E-I permutation test of one E-I index (statistics.md, section 2).
 *
 * @param observed            the observed E-I index
 * @param expected            the mean E-I index over the defined permutations
 * @param sd                  their standard deviation (divisor R')
 * @param pGreater            (1 + #{EI' &gt;= EI}) / (1 + R')
 * @param pLess               (1 + #{EI' &lt;= EI}) / (1 + R')
 * @param permutations        R, the shuffles made
 * @param definedPermutations R', the shuffles whose E-I is defined
 * @param seed                the seed of the shuffles
 */
public record EITest(double observed, double expected, double sd, double pGreater, double pLess,
                     int permutations, int definedPermutations, long seed) {
}
