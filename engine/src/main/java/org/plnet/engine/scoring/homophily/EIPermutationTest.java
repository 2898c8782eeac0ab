package org.plnet.engine.scoring.homophily;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.Well19937c;
import org.plnet.engine.graph.CompactGraph;

/**
 * Krackhardt and Stern's permutation test of the E-I index (statistics.md, section 2): is the network, or a
 * school, more inward- or outward-looking than the same ties would be with school labels given at random?
 *
 * <p>Each of R permutations shuffles the school labels among the people of known school (school sizes fixed,
 * ties fixed; people of unknown school keep no school) and recounts E' and I' exactly as {@link EIIndex} does:
 * at network level over arcs with two known ends, and per school g over the arcs touching g, ties to people of
 * unknown school being external. A permutation whose E' + I' is 0 is skipped; of the R' others,
 * <ul>
 *   <li>expected = mean of EI', sd = their standard deviation with divisor R';
 *   <li>pGreater = (1 + #{EI' &gt;= EI}) / (1 + R'), pLess = (1 + #{EI' &lt;= EI}) / (1 + R'), compared exactly on
 *       integers: EI' &gt;= EI ⇔ (E' - I')(E + I) &gt;= (E - I)(E' + I').
 * </ul>
 * The test is {@code null} when the observed E-I is undefined or R' = 0. All schools use the same shuffles.
 *
 * <p>Random numbers: permutations are made in fixed blocks of {@value #BLOCK}; block b draws from a
 * {@link Well19937c} seeded with {@code seed * 1_000_003 + b}, shuffling by Fisher–Yates from the last
 * position down. Blocks run in parallel and their integer counts and sums are combined in block order, so the
 * result is the same for any thread count. A shuffle costs O(n + m): one pass over the arcs counts the
 * internal arcs of each school, and a school's external arcs are its degree sum less twice its internal arcs.
 *
 * <p>Reference: D. Krackhardt and R. N. Stern (1988), "Informal networks and organizational crises: an
 * experimental simulation", Social Psychology Quarterly 51(2):123–140.
 */
public final class EIPermutationTest {

    /** Permutations per block of random numbers. */
    static final int BLOCK = 64;

    private final EITest network;
    private final List<EITest> schools;

    private EIPermutationTest(EITest network, List<EITest> schools) {
        this.network = network;
        this.schools = schools;
    }

    /**
     * Runs the test.
     *
     * @param g            the graph D
     * @param group        each vertex's school index {@code 0..groupCount-1}, -1 when unknown
     * @param groupCount   the number of schools
     * @param permutations R, at least 1
     * @param seed         the seed
     */
    public static EIPermutationTest run(CompactGraph g, int[] group, int groupCount, int permutations, long seed) {
        if (permutations < 1) {
            throw new IllegalArgumentException("permutations must be at least 1, not " + permutations);
        }
        Observed observed = new Observed(g, group, groupCount);
        int blocks = (permutations + BLOCK - 1) / BLOCK;
        Tally[] tallies = IntStream.range(0, blocks).parallel()
                .mapToObj(b -> observed.shuffled(b, Math.min(BLOCK, permutations - b * BLOCK), seed))
                .toArray(Tally[]::new);
        Tally all = new Tally(groupCount);
        for (Tally t : tallies) {
            all.add(t);
        }
        EITest network = all.result(groupCount, observed.external(groupCount), observed.internal(groupCount),
                permutations, seed);
        List<EITest> schools = new ArrayList<>(groupCount);
        for (int s = 0; s < groupCount; s++) {
            schools.add(all.result(s, observed.external(s), observed.internal(s), permutations, seed));
        }
        return new EIPermutationTest(network, Collections.unmodifiableList(schools));
    }

    /** The network's test; {@code null} when undefined. */
    public EITest network() {
        return network;
    }

    /** The test of school s; {@code null} when undefined. */
    public EITest school(int s) {
        return schools.get(s);
    }

    /** The observed counts and what a shuffle needs: entry {@code groupCount} of each array is the network. */
    private static final class Observed {
        private final CompactGraph g;
        private final int[] known;
        private final int[] labels;
        private final long[] degree;
        private final long knownArcs;
        private final long[] internal;
        private final long[] external;

        Observed(CompactGraph g, int[] group, int groupCount) {
            this.g = g;
            int n = g.vertexCount();
            if (group.length != n) {
                throw new IllegalArgumentException("group has " + group.length + " entries for " + n + " vertices");
            }
            known = IntStream.range(0, n).filter(v -> group[v] >= 0).toArray();
            labels = group.clone();
            degree = new long[n];
            for (int v = 0; v < n; v++) {
                degree[v] = g.outDegree(v) + g.inDegree(v);
            }
            long arcs = 0;
            for (int u = 0; u < n; u++) {
                for (int k = g.outOffsets()[u]; k < g.outOffsets()[u + 1]; k++) {
                    arcs += group[u] >= 0 && group[g.outTargets()[k]] >= 0 ? 1 : 0;
                }
            }
            knownArcs = arcs;
            internal = new long[groupCount + 1];
            external = new long[groupCount + 1];
            count(group, internal, external);
        }

        long internal(int s) {
            return internal[s];
        }

        long external(int s) {
            return external[s];
        }

        /** I and E of every school and (last) of the network under the labels {@code group}. */
        void count(int[] group, long[] in, long[] ex) {
            int groups = in.length - 1;
            Arrays.fill(in, 0);
            long[] degreeSum = new long[groups];
            for (int u = 0; u < g.vertexCount(); u++) {
                int su = group[u];
                if (su < 0) {
                    continue;
                }
                degreeSum[su] += degree[u];
                for (int k = g.outOffsets()[u]; k < g.outOffsets()[u + 1]; k++) {
                    if (group[g.outTargets()[k]] == su) {
                        in[su]++;
                    }
                }
            }
            long allInternal = 0;
            for (int s = 0; s < groups; s++) {
                ex[s] = degreeSum[s] - 2 * in[s];
                allInternal += in[s];
            }
            in[groups] = allInternal;
            ex[groups] = knownArcs - allInternal;
        }

        /** The tallies of {@code count} shuffles of block {@code b}. */
        Tally shuffled(int b, int count, long seed) {
            int groups = internal.length - 1;
            Well19937c random = new Well19937c(seed * 1_000_003L + b);
            int[] group = labels.clone();
            int[] shuffledLabels = new int[known.length];
            for (int i = 0; i < known.length; i++) {
                shuffledLabels[i] = labels[known[i]];
            }
            long[] in = new long[groups + 1];
            long[] ex = new long[groups + 1];
            Tally tally = new Tally(groups);
            for (int r = 0; r < count; r++) {
                for (int i = shuffledLabels.length - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int swap = shuffledLabels[i];
                    shuffledLabels[i] = shuffledLabels[j];
                    shuffledLabels[j] = swap;
                }
                for (int i = 0; i < known.length; i++) {
                    group[known[i]] = shuffledLabels[i];
                }
                count(group, in, ex);
                for (int s = 0; s <= groups; s++) {
                    tally.add(s, ex[s], in[s], external[s], internal[s]);
                }
            }
            return tally;
        }
    }

    /** Per school and (last) for the network: defined shuffles, exact comparisons and sums of EI'. */
    private static final class Tally {
        private final int[] defined;
        private final int[] greater;
        private final int[] less;
        private final double[] sum;
        private final double[] sumOfSquares;

        Tally(int groups) {
            defined = new int[groups + 1];
            greater = new int[groups + 1];
            less = new int[groups + 1];
            sum = new double[groups + 1];
            sumOfSquares = new double[groups + 1];
        }

        void add(int s, long e, long i, long observedE, long observedI) {
            long all = e + i;
            if (all == 0) {
                return;
            }
            defined[s]++;
            long left = (e - i) * (observedE + observedI);
            long right = (observedE - observedI) * all;
            greater[s] += left >= right ? 1 : 0;
            less[s] += left <= right ? 1 : 0;
            double ei = (double) (e - i) / all;
            sum[s] += ei;
            sumOfSquares[s] += ei * ei;
        }

        void add(Tally other) {
            for (int s = 0; s < defined.length; s++) {
                defined[s] += other.defined[s];
                greater[s] += other.greater[s];
                less[s] += other.less[s];
                sum[s] += other.sum[s];
                sumOfSquares[s] += other.sumOfSquares[s];
            }
        }

        EITest result(int s, long observedE, long observedI, int permutations, long seed) {
            long all = observedE + observedI;
            int r = defined[s];
            if (all == 0 || r == 0) {
                return null;
            }
            double mean = sum[s] / r;
            double variance = Math.max(0, sumOfSquares[s] / r - mean * mean);
            return new EITest((double) (observedE - observedI) / all, mean, Math.sqrt(variance),
                    (1.0 + greater[s]) / (1.0 + r), (1.0 + less[s]) / (1.0 + r), permutations, r, seed);
        }
    }
}
