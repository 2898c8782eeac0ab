package org.plnet.engine.statistics.qap;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.Well19937c;

/**
 * The node permutations of a QAP run, the one place their random numbers are drawn (the scheme of the E-I
 * test, statistics.md preamble): R permutations in fixed blocks of {@value #BLOCK}; block b draws from a
 * {@link Well19937c} seeded with {@code seed * 1_000_003 + b} and shuffles one array of 0..n-1 by
 * Fisher–Yates from the last position down, each permutation continuing from the previous one. Blocks run in
 * parallel and their tallies are returned in block order, so the result is the same for any thread count.
 */
final class NodePermutations {

    /** Permutations per block of random numbers. */
    static final int BLOCK = 64;

    private NodePermutations() {
    }

    /** What one block does with each of its permutations. */
    interface Visitor {
        /** Called once per permutation with pi and its inverse (arrays reused: read, never keep). */
        void visit(int[] pi, int[] inverse);
    }

    /**
     * Runs {@code block} for every block in parallel and returns their tallies in block order.
     *
     * @param tally makes a block's visitor (its own scratch space) that also keeps its tally
     */
    static <T extends Visitor> List<T> run(int n, int permutations, long seed, Function<Integer, T> tally) {
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1, not " + permutations);
        }
        int blocks = (permutations + BLOCK - 1) / BLOCK;
        return IntStream.range(0, blocks).parallel().mapToObj(b -> {
            T visitor = tally.apply(b);
            Well19937c random = new Well19937c(seed * 1_000_003L + b);
            int[] pi = IntStream.range(0, n).toArray();
            int[] inverse = new int[n];
            int count = Math.min(BLOCK, permutations - b * BLOCK);
            for (int r = 0; r < count; r++) {
                for (int i = n - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int swap = pi[i];
                    pi[i] = pi[j];
                    pi[j] = swap;
                }
                for (int u = 0; u < n; u++) {
                    inverse[pi[u]] = u;
                }
                visitor.visit(pi, inverse);
            }
            return visitor;
        }).toList();
    }

    /** The identity permutation of 0..n-1 (for the observed cross-products). */
    static int[] identity(int n) {
        return IntStream.range(0, n).toArray();
    }
}
