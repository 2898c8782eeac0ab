package org.plnet.engine.scoring.structuralholes;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.plnet.engine.graph.CompactGraph;

/**
 * Burt's aggregate constraint and effective size of every person on the undirected graph U, unweighted
 * (metrics.md, "Person figures"). N(i) is the set of neighbours of i in U, d_i = |N(i)| its degree and
 * p_ij = 1 / d_i the proportion of i's ties invested in a neighbour j (0 when i and j are not adjacent).
 *
 * <ul>
 *   <li><b>constraint</b> c_i = sum over j in N(i) of (p_ij + sum over q != i, j of p_iq p_qj)^2.
 *       The inner sum runs over the common neighbours q of i and j, where p_iq p_qj = 1 / (d_i d_q).
 *   <li><b>effective size</b> e_i = d_i - 2 t_i / d_i, t_i the number of edges of U among the neighbours
 *       of i: Borgatti's (1997) form of Burt's redundancy measure for unweighted, undirected ties.
 * </ul>
 * Both are undefined for an isolate (d_i = 0): {@code null}.
 *
 * <p>For each person i the neighbours are marked, then each neighbour list N(j) is scanned for marked
 * vertices (or, when N(j) is far longer, N(i) is looked up in it): time O(sum over ordered pairs of
 * neighbours (i, j) of min(d_j, d_i log n)), memory O(n + m) plus one marker array of length n per
 * parallel task, no n x n matrix. People run in parallel; each person's sums are added in ascending order
 * of j and q, so the result is the same to the bit on every run.
 *
 * <p>References: R. S. Burt (1992), Structural Holes: The Social Structure of Competition, Harvard
 * University Press, ch. 2. S. P. Borgatti (1997), "Structural holes: unpacking Burt's redundancy
 * measures", Connections 20(1):35–38.
 */
public final class StructuralHoles {

    /** NaN for isolates. */
    private final double[] constraint;
    private final double[] effectiveSize;

    private StructuralHoles(double[] constraint, double[] effectiveSize) {
        this.constraint = constraint;
        this.effectiveSize = effectiveSize;
    }

    /** Computes both measures for every vertex of U. */
    public static StructuralHoles compute(CompactGraph g) {
        int n = g.vertexCount();
        double[] constraint = new double[n];
        double[] effectiveSize = new double[n];
        // Each task scores every tasks-th person with its own marker array; per-person results do not
        // depend on the task that computed them.
        int tasks = Math.min(n, 4 * ForkJoinPool.getCommonPoolParallelism());
        IntStream.range(0, tasks).parallel().forEach(task -> {
            int[] mark = new int[n];
            for (int i = task; i < n; i += tasks) {
                scorePerson(g, i, mark, constraint, effectiveSize);
            }
        });
        return new StructuralHoles(constraint, effectiveSize);
    }

    /** n, the number of people scored. */
    public int size() {
        return constraint.length;
    }

    /** Burt's aggregate constraint c_v; {@code null} when v is an isolate. */
    public Double constraint(int v) {
        return Double.isNaN(constraint[v]) ? null : constraint[v];
    }

    /** Burt's effective size e_v; {@code null} when v is an isolate. */
    public Double effectiveSize(int v) {
        return Double.isNaN(effectiveSize[v]) ? null : effectiveSize[v];
    }

    /** Scores person i; {@code mark[q] == i + 1} flags q as a neighbour of i. */
    private static void scorePerson(CompactGraph g, int i, int[] mark, double[] constraint,
                                    double[] effectiveSize) {
        int[] offsets = g.neighbourOffsets();
        int[] nbrs = g.neighbours();
        int from = offsets[i];
        int to = offsets[i + 1];
        int d = to - from;
        if (d == 0) {
            constraint[i] = Double.NaN;
            effectiveSize[i] = Double.NaN;
            return;
        }
        int stamp = i + 1;
        for (int k = from; k < to; k++) {
            mark[nbrs[k]] = stamp;
        }
        double p = 1.0 / d;
        double c = 0;
        long twiceT = 0;
        for (int k = from; k < to; k++) {
            int j = nbrs[k];
            int jFrom = offsets[j];
            int jTo = offsets[j + 1];
            // The common neighbours q of i and j, ascending: N(j) filtered by the mark, or, when N(j) is far
            // longer than N(i), each q of N(i) looked up in N(j).
            double indirect = 0;
            if ((long) d * (32 - Integer.numberOfLeadingZeros(jTo - jFrom)) < jTo - jFrom) {
                int low = jFrom;
                for (int t = from; t < to && low < jTo; t++) {
                    int q = nbrs[t];
                    int pos = Arrays.binarySearch(nbrs, low, jTo, q);
                    if (pos >= 0) {
                        twiceT++;
                        indirect += p / (offsets[q + 1] - offsets[q]);
                        low = pos + 1;
                    } else {
                        low = -pos - 1;
                    }
                }
            } else {
                for (int t = jFrom; t < jTo; t++) {
                    int q = nbrs[t];
                    if (mark[q] == stamp) {
                        twiceT++;
                        indirect += p / (offsets[q + 1] - offsets[q]);
                    }
                }
            }
            double pij = p + indirect;
            c += pij * pij;
        }
        constraint[i] = c;
        // Each edge {j, q} among the neighbours is met from j and from q: twiceT = 2 t_i.
        effectiveSize[i] = d - (double) twiceT / d;
    }
}
