package org.plnet.engine.scoring.brokerage;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.plnet.engine.graph.CompactGraph;

/**
 * Gould–Fernandez brokerage counts of every person on the directed graph D (metrics.md, "brokerage").
 *
 * <p>For a broker b, an <i>open two-path</i> is an ordered pair (a, c) with a, b, c distinct, a -&gt; b and
 * b -&gt; c in D, and no arc a -&gt; c in D. Each open two-path gives b exactly one {@link BrokerageRole},
 * {@link BrokerageRole#of(int, int, int) decided} by the groups s(a), s(b), s(c). A two-path in which any of
 * a, b, c has an unknown group ({@code group[v] = -1}) is left out, so a broker of unknown group has no
 * roles. A closed two-path (a -&gt; c present) counts for nobody; a -&gt; c is looked up in D only, so c -&gt; a
 * alone leaves the two-path open.
 *
 * <p>Counted without listing every pair: with I_g and O_g the numbers of in- and out-neighbours of b in
 * group g, all pairs (a, c) of known groups are counted by role from products of these numbers; the
 * pairs with a = c (b's reciprocated ties) and the closed pairs (c in out(a) ∩ out(b)) are then taken
 * off, scanning out(a) against a mark on out(b). Time O(sum over arcs a -&gt; b of min(outdeg a, outdeg b
 * log n) + m log m), memory O(n + m) plus one marker array of length n per parallel task. Brokers run in
 * parallel; the counts are exact integers, so the result does not depend on the threads.
 *
 * <p>Reference: R. V. Gould and R. M. Fernandez (1989), "Structures of mediation: a formal approach to
 * brokerage in transaction networks", Sociological Methodology 19:89–126.
 */
public final class GouldFernandezBrokerage {

    private static final int ROLES = BrokerageRole.values().length;
    private static final int COORDINATOR = BrokerageRole.COORDINATOR.ordinal();
    private static final int ITINERANT = BrokerageRole.ITINERANT.ordinal();
    private static final int REPRESENTATIVE = BrokerageRole.REPRESENTATIVE.ordinal();
    private static final int GATEKEEPER = BrokerageRole.GATEKEEPER.ordinal();
    private static final int LIAISON = BrokerageRole.LIAISON.ordinal();

    /** counts[ROLES * v + role.ordinal()]. */
    private final long[] counts;

    private GouldFernandezBrokerage(long[] counts) {
        this.counts = counts;
    }

    /**
     * Computes the counts of every vertex.
     *
     * @param g     the graph; its arcs are D
     * @param group the group (school) of each vertex {@code 0..n-1}, {@code -1} when unknown
     * @throws IllegalArgumentException when {@code group} is not of length n or holds a value below -1
     */
    public static GouldFernandezBrokerage compute(CompactGraph g, int[] group) {
        int n = g.vertexCount();
        checkGroups(n, group);
        long[] counts = new long[ROLES * n];
        // Each task counts every tasks-th broker with its own marker array; per-broker counts do not depend
        // on the task that computed them.
        int tasks = Math.min(n, 4 * ForkJoinPool.getCommonPoolParallelism());
        IntStream.range(0, tasks).parallel().forEach(task -> {
            int[] mark = new int[n];
            for (int b = task; b < n; b += tasks) {
                countBroker(g, group, b, mark, counts);
            }
        });
        return new GouldFernandezBrokerage(counts);
    }

    /** n, the number of people counted. */
    public int size() {
        return counts.length / ROLES;
    }

    /** The role counts of broker v. */
    public BrokerageCounts counts(int v) {
        int k = ROLES * v;
        return new BrokerageCounts(counts[k + COORDINATOR], counts[k + ITINERANT], counts[k + REPRESENTATIVE],
                counts[k + GATEKEEPER], counts[k + LIAISON]);
    }

    /** The number of open two-paths that give broker v the given role. */
    public long count(int v, BrokerageRole role) {
        return counts[ROLES * v + role.ordinal()];
    }

    private static void checkGroups(int n, int[] group) {
        if (group.length != n) {
            throw new IllegalArgumentException("group has " + group.length + " entries for " + n + " vertices");
        }
        for (int v = 0; v < n; v++) {
            if (group[v] < -1) {
                throw new IllegalArgumentException("group of vertex " + v + " is " + group[v] + " (< -1)");
            }
        }
    }

    /** Counts broker b; {@code mark[c] == b + 1} flags c as an out-neighbour of b. */
    private static void countBroker(CompactGraph g, int[] group, int b, int[] mark, long[] counts) {
        int sb = group[b];
        if (sb < 0) {
            return;
        }
        int[] inOffsets = g.inOffsets();
        int[] inSources = g.inSources();
        int[] outOffsets = g.outOffsets();
        int[] outTargets = g.outTargets();
        int inFrom = inOffsets[b];
        int inTo = inOffsets[b + 1];
        int outFrom = outOffsets[b];
        int outTo = outOffsets[b + 1];
        if (inFrom == inTo || outFrom == outTo) {
            return;
        }

        // Every pair (a, c) of known groups, a = c and closed pairs included, counted by role.
        int[] inOther = new int[inTo - inFrom];
        int[] outOther = new int[outTo - outFrom];
        long inSame = 0;
        int inOtherCount = 0;
        for (int k = inFrom; k < inTo; k++) {
            int s = group[inSources[k]];
            if (s == sb) {
                inSame++;
            } else if (s >= 0) {
                inOther[inOtherCount++] = s;
            }
        }
        int stamp = b + 1;
        long outSame = 0;
        int outOtherCount = 0;
        for (int k = outFrom; k < outTo; k++) {
            mark[outTargets[k]] = stamp;
            int s = group[outTargets[k]];
            if (s == sb) {
                outSame++;
            } else if (s >= 0) {
                outOther[outOtherCount++] = s;
            }
        }
        long itinerant = sameGroupPairs(inOther, inOtherCount, outOther, outOtherCount);
        long[] role = new long[ROLES];
        role[COORDINATOR] = inSame * outSame;
        role[REPRESENTATIVE] = inSame * outOtherCount;
        role[GATEKEEPER] = (long) inOtherCount * outSame;
        role[ITINERANT] = itinerant;
        role[LIAISON] = (long) inOtherCount * outOtherCount - itinerant;

        removeNonPaths(g, group, b, mark, role);
        System.arraycopy(role, 0, counts, ROLES * b, ROLES);
    }

    /**
     * Takes from broker b's role counts the pairs (a, c) that are no open two-path: a = c (a reciprocated
     * tie) and c in out(a) (a closed triad). {@code mark[c] == b + 1} flags c as an out-neighbour of b.
     */
    private static void removeNonPaths(CompactGraph g, int[] group, int b, int[] mark, long[] role) {
        int[] inSources = g.inSources();
        int[] outOffsets = g.outOffsets();
        int[] outTargets = g.outTargets();
        int inFrom = g.inOffsets()[b];
        int inTo = g.inOffsets()[b + 1];
        int outFrom = outOffsets[b];
        int outTo = outOffsets[b + 1];
        int sb = group[b];
        int stamp = b + 1;
        int outDegree = outTo - outFrom;
        for (int k = inFrom; k < inTo; k++) {
            int a = inSources[k];
            int sa = group[a];
            if (sa < 0) {
                continue;
            }
            // a = c: a reciprocated tie of b is no two-path; s(a) = s(c) made it coordinator or itinerant.
            if (mark[a] == stamp) {
                role[sa == sb ? COORDINATOR : ITINERANT]--;
            }
            // Closed pairs: c in out(a) and in out(b) (c != a as D has no self-loops). Scan out(a) for
            // marked vertices, or, when out(a) is far longer, look each c of out(b) up in it.
            int aFrom = outOffsets[a];
            int aTo = outOffsets[a + 1];
            if ((long) outDegree * (32 - Integer.numberOfLeadingZeros(aTo - aFrom)) < aTo - aFrom) {
                for (int t = outFrom; t < outTo; t++) {
                    int c = outTargets[t];
                    if (group[c] >= 0 && Arrays.binarySearch(outTargets, aFrom, aTo, c) >= 0) {
                        role[BrokerageRole.of(sa, sb, group[c]).ordinal()]--;
                    }
                }
            } else {
                for (int t = aFrom; t < aTo; t++) {
                    int c = outTargets[t];
                    if (mark[c] == stamp && group[c] >= 0) {
                        role[BrokerageRole.of(sa, sb, group[c]).ordinal()]--;
                    }
                }
            }
        }
    }

    /** The number of pairs (x, y), x from the first array, y from the second, with x = y; sorts both. */
    private static long sameGroupPairs(int[] x, int xCount, int[] y, int yCount) {
        if (xCount == 0 || yCount == 0) {
            return 0;
        }
        Arrays.sort(x, 0, xCount);
        Arrays.sort(y, 0, yCount);
        long pairs = 0;
        int i = 0;
        int j = 0;
        while (i < xCount && j < yCount) {
            if (x[i] < y[j]) {
                i++;
            } else if (y[j] < x[i]) {
                j++;
            } else {
                int value = x[i];
                long xRun = 0;
                while (i < xCount && x[i] == value) {
                    xRun++;
                    i++;
                }
                long yRun = 0;
                while (j < yCount && y[j] == value) {
                    yRun++;
                    j++;
                }
                pairs += xRun * yRun;
            }
        }
        return pairs;
    }
}
