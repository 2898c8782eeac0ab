package org.plnet.engine.scoring.centrality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.plnet.engine.graph.CompactGraph;

/**
 * Eigenvector centrality (Bonacich 1972) on the undirected graph U: the principal eigenvector x of U's
 * adjacency matrix A (A x = lambda x, lambda the largest eigenvalue), with x >= 0 and ||x||_2 = 1
 * (metrics.md, "Person figures").
 *
 * <p>x is defined only when lambda is a simple eigenvalue. The spectrum of A is the union of the spectra
 * of U's connected components, and within a connected component the largest eigenvalue (the Perron root)
 * is simple with a positive eigenvector (Perron–Frobenius). So x exists exactly when one component's
 * Perron root is larger than every other component's: then x is that component's Perron vector and 0 on
 * every other person. Otherwise, including when U has no edge (every eigenvalue 0, so also for a single
 * person, as metrics.md says for m = 0) and when two components share the top root (e.g. two disjoint
 * triangles), every score is undefined. Two roots count as equal when they differ by at most
 * {@value #TIE_TOLERANCE} relative.
 *
 * <p>Each component's Perron root and vector come from power iteration on A + I, which has the same
 * eigenvectors and, unlike A, converges on bipartite components too (the shift makes the top eigenvalue
 * strictly dominant in absolute value). Iteration stops when the L1 change of the normalised iterate is
 * below {@value #TOLERANCE}, or after {@value #MAX_ITERATIONS} iterations, in which case the last iterate
 * is kept (that happens only on components whose two top eigenvalues almost coincide, such as very long
 * paths). On a component of at least {@value #KRYLOV_FROM} people the iteration starts from a Lanczos
 * estimate of the Perron vector ({@link Lanczos}), which is already near the limit, so that a few iterations
 * pass the same test instead of hundreds (on a school-shaped network the second eigenvalue is close to the
 * first); smaller components start from the uniform vector. lambda is the Rayleigh quotient x'Ax of the final
 * unit iterate. A component whose root is
 * clearly below the best one found so far is abandoned early, either because Hong's bound
 * lambda &lt;= sqrt(2m_c - n_c + 1) for a connected graph of n_c vertices and m_c edges (Hong 1988) says so, or
 * because the Collatz–Wielandt bound max_v ((A+I)x)_v / x_v on the root of A + I does.
 *
 * <p>References: P. Bonacich (1972), "Factoring and weighting approaches to status scores and clique
 * identification", Journal of Mathematical Sociology 2(1):113–120. Y. Hong (1988), "A bound on the
 * spectral radius of graphs", Linear Algebra and its Applications 108:135–139.
 */
public final class EigenvectorCentrality {

    /** The iteration stops when the L1 change of the unit iterate falls below this. */
    public static final double TOLERANCE = 1e-12;
    /** The most power iterations run on one component. */
    public static final int MAX_ITERATIONS = 100_000;
    /** Relative difference under which two components' largest eigenvalues count as equal. */
    public static final double TIE_TOLERANCE = 1e-9;
    /**
     * Components of at least this many people start the power iteration from a Lanczos estimate of their
     * Perron vector instead of the uniform vector; smaller ones, where the iteration takes milliseconds, keep
     * the uniform start, so that their scores stay the same to the bit as in earlier versions.
     */
    public static final int KRYLOV_FROM = 10_000;

    private EigenvectorCentrality() {
    }

    /** Computes the eigenvector centrality of every vertex of g on its undirected graph U. */
    public static EigenvectorScores compute(CompactGraph g) {
        return compute(g, KRYLOV_FROM);
    }

    /**
     * As {@link #compute(CompactGraph)}, the power iteration starting from a Lanczos estimate on components of
     * {@code krylovFrom} people or more (tests run both starts on small graphs).
     */
    static EigenvectorScores compute(CompactGraph g, int krylovFrom) {
        int n = g.vertexCount();
        if (g.edgeCount() == 0) {
            return EigenvectorScores.undefined(n);
        }
        List<Component> components = components(g);
        // Most edges first: the component with the largest root usually comes first, so others end early.
        components.sort(Comparator.comparingLong(Component::edges).reversed()
                .thenComparingInt(c -> c.start));
        double[] x = new double[n];
        double[] y = new double[n];
        Component best = null;
        double[] bestVector = null;
        double bestRoot = 0;
        boolean tied = false;
        for (Component c : components) {
            double below = best == null ? Double.NEGATIVE_INFINITY : bestRoot * (1 - TIE_TOLERANCE);
            if (Math.sqrt(2.0 * c.edges - c.size() + 1) < below) {
                continue;
            }
            double root = c.perronRoot(g, x, y, below, krylovFrom);
            if (Double.isNaN(root)) {
                continue;
            }
            if (best == null || root > bestRoot * (1 + TIE_TOLERANCE)) {
                best = c;
                bestRoot = root;
                tied = false;
                bestVector = c.gather(x);
            } else if (root >= below) {
                tied = true;
            }
        }
        if (tied) {
            return EigenvectorScores.undefined(n);
        }
        double[] scores = new double[n];
        best.scatter(bestVector, scores);
        return EigenvectorScores.of(scores);
    }

    /** The connected components of U with at least one edge, each with its vertices in BFS order. */
    private static List<Component> components(CompactGraph g) {
        int n = g.vertexCount();
        int[] off = g.neighbourOffsets();
        int[] adj = g.neighbours();
        int[] order = new int[n];
        boolean[] seen = new boolean[n];
        List<Component> result = new ArrayList<>();
        int tail = 0;
        for (int s = 0; s < n; s++) {
            if (seen[s] || g.degree(s) == 0) {
                continue;
            }
            int start = tail;
            long degreeSum = 0;
            seen[s] = true;
            order[tail++] = s;
            for (int head = start; head < tail; head++) {
                int v = order[head];
                degreeSum += off[v + 1] - off[v];
                for (int k = off[v]; k < off[v + 1]; k++) {
                    int w = adj[k];
                    if (!seen[w]) {
                        seen[w] = true;
                        order[tail++] = w;
                    }
                }
            }
            result.add(new Component(order, start, tail, degreeSum / 2));
        }
        return result;
    }

    /** A connected component: {@code order[start..end)} are its vertices; it has {@code edges} edges. */
    private static final class Component {
        private final int[] order;
        private final int start;
        private final int end;
        private final long edges;

        Component(int[] order, int start, int end, long edges) {
            this.order = order;
            this.start = start;
            this.end = end;
            this.edges = edges;
        }

        long edges() {
            return edges;
        }

        int size() {
            return end - start;
        }

        /**
         * Power iteration on A + I over this component, leaving the unit Perron vector in x. Returns the
         * Perron root of A, or NaN as soon as it is proved to be below {@code below}.
         *
         * <p>The product (A + I) x is formed vertex by vertex in ascending vertex order, where the neighbours
         * of a person (mostly colleagues, numbered together) lie close in memory; the sums over the whole
         * component (the norm, the change) are taken in BFS order. Each entry of the product depends on its
         * own row only and a maximum on no order, so every iterate is the same to the bit as when the whole
         * iteration ran in BFS order.
         */
        double perronRoot(CompactGraph g, double[] x, double[] y, double below, int krylovFrom) {
            int[] off = g.neighbourOffsets();
            int[] adj = g.neighbours();
            int[] ascending = Arrays.copyOfRange(order, start, end);
            Arrays.sort(ascending);
            double init = 1 / Math.sqrt(size());
            for (int v : ascending) {
                x[v] = init;
            }
            if (size() >= krylovFrom) {
                Lanczos.perronEstimate(g, ascending, x);
            }
            for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
                double upper = 0;
                for (int v : ascending) {
                    double sum = x[v];
                    for (int k = off[v]; k < off[v + 1]; k++) {
                        sum += x[adj[k]];
                    }
                    y[v] = sum;
                    upper = x[v] > 0 ? Math.max(upper, sum / x[v]) : Double.POSITIVE_INFINITY;
                }
                // Collatz–Wielandt: for x > 0 the root of A + I is at most max_v ((A+I)x)_v / x_v.
                if (upper - 1 < below) {
                    return Double.NaN;
                }
                double norm2 = 0;
                for (int i = start; i < end; i++) {
                    double sum = y[order[i]];
                    norm2 += sum * sum;
                }
                double norm = Math.sqrt(norm2);
                double change = 0;
                for (int i = start; i < end; i++) {
                    int v = order[i];
                    double next = y[v] / norm;
                    change += Math.abs(next - x[v]);
                    x[v] = next;
                }
                if (change < TOLERANCE) {
                    break;
                }
            }
            double rayleigh = 0;
            for (int i = start; i < end; i++) {
                int v = order[i];
                double sum = 0;
                for (int k = off[v]; k < off[v + 1]; k++) {
                    sum += x[adj[k]];
                }
                rayleigh += x[v] * sum;
            }
            return rayleigh;
        }

        /** This component's entries of x, in BFS order. */
        double[] gather(double[] x) {
            double[] local = new double[size()];
            for (int i = start; i < end; i++) {
                local[i - start] = x[order[i]];
            }
            return local;
        }

        /** Writes entries gathered by {@link #gather} back to their vertices. */
        void scatter(double[] local, double[] scores) {
            for (int i = start; i < end; i++) {
                scores[order[i]] = local[i - start];
            }
        }
    }
}
