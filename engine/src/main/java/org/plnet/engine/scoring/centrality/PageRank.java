package org.plnet.engine.scoring.centrality;

import java.util.Arrays;
import org.plnet.engine.graph.CompactGraph;

/**
 * PageRank (Brin and Page 1998) on the directed graph D, unweighted (metrics.md, "Person figures"): the
 * stationary distribution x of the random surfer who, with probability alpha (the damping factor),
 * follows one of the current person's k_out(u) outgoing ties chosen uniformly and otherwise jumps to any
 * of the n people uniformly. A person with no outgoing tie (dangling) passes the whole score on uniformly
 * over all n people. So x is the fixed point of
 * <pre>
 *   x(v) = (1 - alpha) / n + alpha * (sum over u -> v of x(u) / k_out(u) + sum over dangling u of x(u) / n)
 * </pre>
 * with sum x = 1. Found by the power method from x = 1/n, iterating until the L1 change is below
 * {@value #TOLERANCE}; for alpha &lt; 1 the change shrinks at least by the factor alpha per iteration, so
 * that takes about 170 iterations at alpha = 0.85 ({@value #MAX_ITERATIONS} iterations at most). For
 * n = 0 the result is empty; for n = 1 the single score is 1.
 *
 * <p>Reference: S. Brin and L. Page (1998), "The anatomy of a large-scale hypertextual Web search
 * engine", Computer Networks and ISDN Systems 30:107–117.
 */
public final class PageRank {

    /** The damping factor of metrics.md. */
    public static final double DAMPING = 0.85;
    /** The iteration stops when the L1 change falls below this. */
    public static final double TOLERANCE = 1e-12;
    /** The most iterations run. */
    public static final int MAX_ITERATIONS = 100_000;

    private PageRank() {
    }

    /** PageRank with the damping factor {@value #DAMPING} of metrics.md. */
    public static PageRankScores compute(CompactGraph g) {
        return compute(g, DAMPING);
    }

    /**
     * PageRank with damping factor alpha.
     *
     * @throws IllegalArgumentException unless 0 &lt;= alpha &lt; 1
     */
    public static PageRankScores compute(CompactGraph g, double alpha) {
        if (!(alpha >= 0 && alpha < 1)) {
            throw new IllegalArgumentException("damping factor must be in [0, 1), got " + alpha);
        }
        int n = g.vertexCount();
        int[] inOff = g.inOffsets();
        int[] inAdj = g.inSources();
        double[] x = new double[n];
        double[] next = new double[n];
        double[] share = new double[n];
        Arrays.fill(x, 1.0 / n);
        for (int iteration = 0; iteration < MAX_ITERATIONS && n > 0; iteration++) {
            double total = 0;
            double dangling = 0;
            for (int u = 0; u < n; u++) {
                total += x[u];
                int out = g.outDegree(u);
                if (out == 0) {
                    dangling += x[u];
                    share[u] = 0;
                } else {
                    share[u] = x[u] / out;
                }
            }
            double base = ((1 - alpha) * total + alpha * dangling) / n;
            double change = 0;
            for (int v = 0; v < n; v++) {
                double sum = 0;
                for (int k = inOff[v]; k < inOff[v + 1]; k++) {
                    sum += share[inAdj[k]];
                }
                next[v] = base + alpha * sum;
                change += Math.abs(next[v] - x[v]);
            }
            double[] swap = x;
            x = next;
            next = swap;
            if (change < TOLERANCE) {
                break;
            }
        }
        return new PageRankScores(x);
    }
}
