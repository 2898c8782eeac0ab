package org.plnet.engine.scoring;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.plnet.engine.graph.CompactGraph;

/**
 * The graphs the scoring tests share: builders of unweighted graphs (as {@link CompactGraph}s and as JGraphT
 * graphs), seeded random graphs, and the published networks whose reference values the tests check.
 */
public final class TestGraphs {

    private TestGraphs() {
    }

    /** A graph on n vertices with the arcs {@code arcs[0] -> arcs[1]}, {@code arcs[2] -> arcs[3]}, ..., of weight 1. */
    public static CompactGraph graph(int n, int... arcs) {
        int m = arcs.length / 2;
        int[] s = new int[m];
        int[] t = new int[m];
        for (int k = 0; k < m; k++) {
            s[k] = arcs[2 * k];
            t[k] = arcs[2 * k + 1];
        }
        double[] w = new double[m];
        Arrays.fill(w, 1);
        return CompactGraph.of(n, s, t, w);
    }

    /** A graph on n vertices with the arcs {@code {from, to}}, all of weight 1. */
    public static CompactGraph directed(int n, int[]... arcs) {
        int[] flat = new int[2 * arcs.length];
        for (int k = 0; k < arcs.length; k++) {
            flat[2 * k] = arcs[k][0];
            flat[2 * k + 1] = arcs[k][1];
        }
        return graph(n, flat);
    }

    /** A graph on n vertices with both arcs u -> v and v -> u for every edge {@code {u, v}}. */
    public static CompactGraph symmetric(int n, int[]... edges) {
        return directed(n, bothWays(edges));
    }

    /** Both arcs of every edge. */
    public static int[][] bothWays(int[][] edges) {
        int[][] arcs = new int[2 * edges.length][];
        for (int k = 0; k < edges.length; k++) {
            arcs[2 * k] = new int[] {edges[k][0], edges[k][1]};
            arcs[2 * k + 1] = new int[] {edges[k][1], edges[k][0]};
        }
        return arcs;
    }

    /** The same arcs as a JGraphT directed graph on vertices 0..n-1. */
    public static Graph<Integer, DefaultEdge> jgraphtDirected(int n, int[][] arcs) {
        Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        for (int[] a : arcs) {
            g.addEdge(a[0], a[1]);
        }
        return g;
    }

    /** The undirected graph U of the arcs as a JGraphT simple graph on vertices 0..n-1. */
    public static Graph<Integer, DefaultEdge> jgraphtUndirected(int n, int[][] arcs) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < n; v++) {
            g.addVertex(v);
        }
        for (int[] a : arcs) {
            if (!g.containsEdge(a[0], a[1])) {
                g.addEdge(a[0], a[1]);
            }
        }
        return g;
    }

    /** A seeded random digraph: each ordered pair (u, v), u != v, is an arc with probability p. */
    public static int[][] randomArcs(int n, double p, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] arcs = new int[n * (n - 1)][];
        int m = 0;
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                if (u != v && random.nextDouble() < p) {
                    arcs[m++] = new int[] {u, v};
                }
            }
        }
        return Arrays.copyOf(arcs, m);
    }

    /** A seeded random digraph with m distinct arcs drawn uniformly (for graphs too big for all pairs). */
    public static CompactGraph randomSparse(int n, int m, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        HashSet<Long> seen = new HashSet<>();
        int[] s = new int[m];
        int[] t = new int[m];
        int k = 0;
        while (k < m) {
            int u = random.nextInt(n);
            int v = random.nextInt(n);
            if (u != v && seen.add((long) u * n + v)) {
                s[k] = u;
                t[k] = v;
                k++;
            }
        }
        double[] w = new double[m];
        Arrays.fill(w, 1.0);
        return CompactGraph.of(n, s, t, w);
    }

    /** The people of the hand study, by vertex: a1 a2 a3 a4 a5 b1 b2 b3 = 0..7. */
    public static final List<String> HAND_STUDY_PEOPLE = List.of("a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3");

    /**
     * The hand study of the conformance suite (spec/conformance/hand-study), the ties of weight at least
     * tieMin 2: a3->a1, a1->a3, a2->a4, b1->a2, b2->b1, b1->b3, a1->a2 on {@link #HAND_STUDY_PEOPLE}.
     */
    public static CompactGraph handStudy() {
        return graph(8, 2, 0, 0, 2, 1, 3, 5, 1, 6, 5, 5, 7, 0, 1);
    }

    /**
     * Zachary's karate club (W. W. Zachary 1977, "An information flow model for conflict and fission in
     * small groups", Journal of Anthropological Research 33(4):452–473): 34 members, 78 edges, numbered
     * 0..33 as in networkx 3.6.1 {@code karate_club_graph} (networkx/generators/social.py), one arc per edge.
     */
    public static CompactGraph karateClub() {
        return graph(34, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0, 10, 0, 11, 0, 12, 0, 13, 0, 17,
                0, 19, 0, 21, 0, 31, 1, 2, 1, 3, 1, 7, 1, 13, 1, 17, 1, 19, 1, 21, 1, 30, 2, 3, 2, 7, 2, 8, 2, 9,
                2, 13, 2, 27, 2, 28, 2, 32, 3, 7, 3, 12, 3, 13, 4, 6, 4, 10, 5, 6, 5, 10, 5, 16, 6, 16, 8, 30,
                8, 32, 8, 33, 9, 33, 13, 33, 14, 32, 14, 33, 15, 32, 15, 33, 18, 32, 18, 33, 19, 33, 20, 32,
                20, 33, 22, 32, 22, 33, 23, 25, 23, 27, 23, 29, 23, 32, 23, 33, 24, 25, 24, 27, 24, 31, 25, 31,
                26, 29, 26, 33, 27, 33, 28, 31, 28, 33, 29, 32, 29, 33, 30, 32, 30, 33, 31, 32, 31, 33, 32, 33);
    }

    /**
     * Krackhardt's kite (D. Krackhardt 1990, "Assessing the political landscape: structure, cognition,
     * and power in organizations", Administrative Science Quarterly 35(2):342–369), undirected; the edge
     * list and labelling of networkx 3.6.1 {@code krackhardt_kite_graph}.
     */
    public static final List<String> KITE_PEOPLE =
            List.of("Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane");

    /** The edges of the kite, on {@link #KITE_PEOPLE}. */
    public static final int[][] KITE_EDGES = {
        {0, 1}, {0, 2}, {0, 3}, {0, 5}, {1, 3}, {1, 4}, {1, 6}, {2, 3}, {2, 5}, {3, 4}, {3, 5}, {3, 6},
        {4, 6}, {5, 6}, {5, 7}, {6, 7}, {7, 8}, {8, 9},
    };

    /**
     * Padgett's Florentine families, marriage ties (J. F. Padgett and C. K. Ansell 1993, "Robust action
     * and the rise of the Medici, 1400–1434", American Journal of Sociology 98(6):1259–1319; data as in
     * R. L. Breiger and P. E. Pattison 1986). 16 families, 20 edges, Pucci isolated; the edges of
     * networkx 3.6.1 {@code florentine_families_graph}, which leaves Pucci out.
     */
    public static final List<String> FLORENTINE_FAMILIES = List.of("Acciaiuoli", "Albizzi", "Barbadori", "Bischeri",
            "Castellani", "Ginori", "Guadagni", "Lamberteschi", "Medici", "Pazzi", "Peruzzi", "Pucci", "Ridolfi",
            "Salviati", "Strozzi", "Tornabuoni");

    /** The marriages, by family name. */
    public static final String[][] FLORENTINE_MARRIAGES = {
        {"Acciaiuoli", "Medici"}, {"Albizzi", "Ginori"}, {"Albizzi", "Guadagni"}, {"Bischeri", "Guadagni"},
        {"Castellani", "Barbadori"}, {"Castellani", "Peruzzi"}, {"Castellani", "Strozzi"},
        {"Guadagni", "Lamberteschi"}, {"Medici", "Albizzi"}, {"Medici", "Barbadori"}, {"Medici", "Ridolfi"},
        {"Medici", "Salviati"}, {"Medici", "Tornabuoni"}, {"Peruzzi", "Bischeri"}, {"Peruzzi", "Strozzi"},
        {"Ridolfi", "Tornabuoni"}, {"Salviati", "Pazzi"}, {"Strozzi", "Bischeri"}, {"Strozzi", "Ridolfi"},
        {"Tornabuoni", "Guadagni"},
    };

    /** The marriages as edges on the indices of {@link #FLORENTINE_FAMILIES}. */
    public static int[][] florentineEdges() {
        int[][] edges = new int[FLORENTINE_MARRIAGES.length][];
        for (int k = 0; k < edges.length; k++) {
            edges[k] = new int[] {FLORENTINE_FAMILIES.indexOf(FLORENTINE_MARRIAGES[k][0]),
                FLORENTINE_FAMILIES.indexOf(FLORENTINE_MARRIAGES[k][1])};
        }
        return edges;
    }
}
