package org.plnet.engine.scoring.centrality;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.plnet.engine.graph.CompactGraph;

/** The graphs the centrality tests share, as {@link CompactGraph}s and as JGraphT graphs. */
final class SampleNetworks {

    private SampleNetworks() {
    }

    /** A graph on n vertices with the arcs {@code {from, to}}, all of weight 1. */
    static CompactGraph directed(int n, int[]... arcs) {
        int[] s = new int[arcs.length];
        int[] t = new int[arcs.length];
        for (int k = 0; k < arcs.length; k++) {
            s[k] = arcs[k][0];
            t[k] = arcs[k][1];
        }
        double[] w = new double[arcs.length];
        Arrays.fill(w, 1.0);
        return CompactGraph.of(n, s, t, w);
    }

    /** A graph on n vertices with both arcs u -> v and v -> u for every edge {@code {u, v}}. */
    static CompactGraph symmetric(int n, int[]... edges) {
        return directed(n, bothWays(edges));
    }

    /**
     * The hand study of the conformance suite (spec/conformance/hand-study): the ties of weight at least
     * tieMin 2. Vertices a1 a2 a3 a4 a5 b1 b2 b3 = 0..7.
     */
    static final List<String> HAND_STUDY_PEOPLE = List.of("a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3");

    static CompactGraph handStudy() {
        // a3->a1, a1->a3, a2->a4, b1->a2, b2->b1, b1->b3, a1->a2
        return directed(8, new int[] {2, 0}, new int[] {0, 2}, new int[] {1, 3}, new int[] {5, 1},
                new int[] {6, 5}, new int[] {5, 7}, new int[] {0, 1});
    }

    /**
     * Krackhardt's kite (D. Krackhardt 1990, "Assessing the political landscape: structure, cognition,
     * and power in organizations", Administrative Science Quarterly 35(2):342–369), undirected; the edge
     * list and labelling of networkx 3.6.1 {@code krackhardt_kite_graph}.
     */
    static final List<String> KITE_PEOPLE =
            List.of("Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane");

    static final int[][] KITE_EDGES = {
        {0, 1}, {0, 2}, {0, 3}, {0, 5}, {1, 3}, {1, 4}, {1, 6}, {2, 3}, {2, 5}, {3, 4}, {3, 5}, {3, 6},
        {4, 6}, {5, 6}, {5, 7}, {6, 7}, {7, 8}, {8, 9},
    };

    /**
     * Padgett's Florentine families, marriage ties (J. F. Padgett and C. K. Ansell 1993, "Robust action
     * and the rise of the Medici, 1400–1434", American Journal of Sociology 98(6):1259–1319; data as in
     * R. L. Breiger and P. E. Pattison 1986). 16 families, 20 edges, Pucci isolated; the edges of
     * networkx 3.6.1 {@code florentine_families_graph}, which leaves Pucci out.
     */
    static final List<String> FLORENTINE_FAMILIES = List.of("Acciaiuoli", "Albizzi", "Barbadori", "Bischeri",
            "Castellani", "Ginori", "Guadagni", "Lamberteschi", "Medici", "Pazzi", "Peruzzi", "Pucci", "Ridolfi",
            "Salviati", "Strozzi", "Tornabuoni");

    static final String[][] FLORENTINE_MARRIAGES = {
        {"Acciaiuoli", "Medici"}, {"Albizzi", "Ginori"}, {"Albizzi", "Guadagni"}, {"Bischeri", "Guadagni"},
        {"Castellani", "Barbadori"}, {"Castellani", "Peruzzi"}, {"Castellani", "Strozzi"},
        {"Guadagni", "Lamberteschi"}, {"Medici", "Albizzi"}, {"Medici", "Barbadori"}, {"Medici", "Ridolfi"},
        {"Medici", "Salviati"}, {"Medici", "Tornabuoni"}, {"Peruzzi", "Bischeri"}, {"Peruzzi", "Strozzi"},
        {"Ridolfi", "Tornabuoni"}, {"Salviati", "Pazzi"}, {"Strozzi", "Bischeri"}, {"Strozzi", "Ridolfi"},
        {"Tornabuoni", "Guadagni"},
    };

    static int[][] florentineEdges() {
        int[][] edges = new int[FLORENTINE_MARRIAGES.length][];
        for (int k = 0; k < edges.length; k++) {
            edges[k] = new int[] {FLORENTINE_FAMILIES.indexOf(FLORENTINE_MARRIAGES[k][0]),
                FLORENTINE_FAMILIES.indexOf(FLORENTINE_MARRIAGES[k][1])};
        }
        return edges;
    }

    /** A seeded random digraph: each ordered pair (u, v), u != v, is an arc with probability p. */
    static int[][] randomArcs(int n, double p, long seed) {
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
    static CompactGraph randomSparse(int n, int m, long seed) {
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

    /** The same arcs as a JGraphT directed graph on vertices 0..n-1. */
    static Graph<Integer, DefaultEdge> jgraphtDirected(int n, int[][] arcs) {
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
    static Graph<Integer, DefaultEdge> jgraphtUndirected(int n, int[][] arcs) {
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

    /** Both arcs of every edge. */
    static int[][] bothWays(int[][] edges) {
        int[][] arcs = new int[2 * edges.length][];
        for (int k = 0; k < edges.length; k++) {
            arcs[2 * k] = new int[] {edges[k][0], edges[k][1]};
            arcs[2 * k + 1] = new int[] {edges[k][1], edges[k][0]};
        }
        return arcs;
    }
}
