package org.plnet.engine.scoring.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.plnet.engine.scoring.TestGraphs.bothWays;
import static org.plnet.engine.scoring.TestGraphs.directed;
import static org.plnet.engine.scoring.TestGraphs.symmetric;

import java.util.Arrays;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.scoring.TestGraphs;

class ShortestPathCentralityTest {

    private static final double EPS = 1e-12;

    private static double[] all(int n, IntToDoubleFunction score) {
        double[] values = new double[n];
        for (int v = 0; v < n; v++) {
            values[v] = score.applyAsDouble(v);
        }
        return values;
    }

    private static void assertValues(int n, IntToDoubleFunction actual, double... expected) {
        assertThat(all(n, actual)).containsExactly(expected, within(EPS));
    }

    @Test
    void emptyGraphGivesEmptyScores() {
        ShortestPathScores s = ShortestPathCentrality.compute(directed(0), 2);
        assertThat(s.size()).isZero();
    }

    @Test
    void onePersonScoresZeroEverywhere() {
        // n = 1: no pair (s, t), r = 0, and n < 2 for harmonic: all 0, nothing divided by 0.
        ShortestPathScores s = ShortestPathCentrality.compute(directed(1), 1);
        assertThat(s.size()).isEqualTo(1);
        assertThat(new double[] {s.betweenness(0), s.betweennessNormalized(0), s.closeness(0),
            s.harmonicCloseness(0)}).containsExactly(0, 0, 0, 0);
    }

    @Test
    void twoPeopleWithOneTie() {
        // n = 2 < 3: normalised betweenness 0. Closeness: r = 1, S = 1 -> (1/1)(1/1) = 1. Harmonic 1/1 / 1.
        ShortestPathScores s = ShortestPathCentrality.compute(directed(2, new int[] {0, 1}), 1);
        assertValues(2, s::betweenness, 0, 0);
        assertValues(2, s::betweennessNormalized, 0, 0);
        assertValues(2, s::closeness, 1, 1);
        assertValues(2, s::harmonicCloseness, 1, 1);
    }

    @Test
    void directedPath() {
        // D: 0 -> 1 -> 2. Only (0,2) has an inner vertex: B(1) = 1, normalised 1 / (2 * 1) = 0.5.
        // U is the path 0 - 1 - 2: C(0) = (2/3)(2/2), C(1) = (2/2)(2/2) = 1; H(0) = (1 + 1/2) / 2, H(1) = 2/2.
        ShortestPathScores s = ShortestPathCentrality.compute(directed(3, new int[] {0, 1}, new int[] {1, 2}), 1);
        assertValues(3, s::betweenness, 0, 1, 0);
        assertValues(3, s::betweennessNormalized, 0, 0.5, 0);
        assertValues(3, s::closeness, 2.0 / 3, 1, 2.0 / 3);
        assertValues(3, s::harmonicCloseness, 0.75, 1, 0.75);
    }

    @Test
    void directionMattersForBetweennessButNotForCloseness() {
        // D: 0 -> 1 <- 2 has no directed path through 1, so B = 0 everywhere; U is still the path
        // 0 - 1 - 2, so closeness and harmonic closeness are those of directedPath().
        ShortestPathScores s = ShortestPathCentrality.compute(directed(3, new int[] {0, 1}, new int[] {2, 1}), 1);
        assertValues(3, s::betweenness, 0, 0, 0);
        assertValues(3, s::closeness, 2.0 / 3, 1, 2.0 / 3);
        assertValues(3, s::harmonicCloseness, 0.75, 1, 0.75);
    }

    @Test
    void symmetricPathCountsBothOrderedPairs() {
        // Both arcs of 0 - 1 - 2: (0,2) and (2,0) both pass through 1, so B(1) = 2, normalised 2 / 2 = 1.
        ShortestPathScores s = ShortestPathCentrality.compute(symmetric(3, new int[] {0, 1}, new int[] {1, 2}), 1);
        assertValues(3, s::betweenness, 0, 2, 0);
        assertValues(3, s::betweennessNormalized, 0, 1, 0);
    }

    @Test
    void starBothWays() {
        // Centre 0, leaves 1..4, arcs both ways, n = 5. Every ordered pair of leaves (4 * 3 = 12) passes
        // through 0: B(0) = 12, normalised 12 / (4 * 3) = 1. C(0) = (4/4)(4/4) = 1; a leaf: r = 4,
        // S = 1 + 2 + 2 + 2 = 7, C = (4/7)(4/4). H(0) = 4/4; a leaf: (1 + 3 * 1/2) / 4 = 0.625.
        ShortestPathScores s = ShortestPathCentrality.compute(
                symmetric(5, new int[] {0, 1}, new int[] {0, 2}, new int[] {0, 3}, new int[] {0, 4}), 1);
        assertValues(5, s::betweenness, 12, 0, 0, 0, 0);
        assertValues(5, s::betweennessNormalized, 1, 0, 0, 0, 0);
        assertValues(5, s::closeness, 1, 4.0 / 7, 4.0 / 7, 4.0 / 7, 4.0 / 7);
        assertValues(5, s::harmonicCloseness, 1, 0.625, 0.625, 0.625, 0.625);
    }

    @Test
    void outStarHasNoBroker() {
        // Centre 0 -> leaves 1..4 only: no directed path leaf -> leaf, so B = 0; U is the same star.
        ShortestPathScores s = ShortestPathCentrality.compute(
                directed(5, new int[] {0, 1}, new int[] {0, 2}, new int[] {0, 3}, new int[] {0, 4}), 1);
        assertValues(5, s::betweenness, 0, 0, 0, 0, 0);
        assertValues(5, s::closeness, 1, 4.0 / 7, 4.0 / 7, 4.0 / 7, 4.0 / 7);
    }

    @Test
    void directedTriangle() {
        // Cycle 0 -> 1 -> 2 -> 0: (0,2) goes through 1, (1,0) through 2, (2,1) through 0: B = 1 each,
        // normalised 1 / 2. U is a triangle: C = (2/2)(2/2) = 1, H = (1 + 1) / 2 = 1.
        ShortestPathScores s = ShortestPathCentrality.compute(
                directed(3, new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 0}), 1);
        assertValues(3, s::betweenness, 1, 1, 1);
        assertValues(3, s::betweennessNormalized, 0.5, 0.5, 0.5);
        assertValues(3, s::closeness, 1, 1, 1);
        assertValues(3, s::harmonicCloseness, 1, 1, 1);
    }

    @Test
    void splitShortestPathsShareTheCredit() {
        // 0 -> 1 -> 3 and 0 -> 2 -> 3: sigma_03 = 2, one path through each of 1 and 2: B(1) = B(2) = 1/2.
        ShortestPathScores s = ShortestPathCentrality.compute(
                directed(4, new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 3}, new int[] {2, 3}), 1);
        assertValues(4, s::betweenness, 0, 0.5, 0.5, 0);
    }

    @Test
    void componentsAndIsolates() {
        // n = 6: path 0 - 1 - 2 (both ways), tie 3 -> 4, person 5 isolated. B(1) = 2, normalised
        // 2 / (5 * 4) = 0.1. C(0) = (2/3)(2/5) = 4/15, C(1) = (2/2)(2/5), C(3) = (1/1)(1/5), C(5) = 0 (r = 0).
        // H(0) = (1 + 1/2) / 5 = 0.3, H(1) = 2/5, H(3) = 1/5, H(5) = 0.
        ShortestPathScores s = ShortestPathCentrality.compute(
                directed(6, new int[] {0, 1}, new int[] {1, 0}, new int[] {1, 2}, new int[] {2, 1},
                        new int[] {3, 4}), 1);
        assertValues(6, s::betweenness, 0, 2, 0, 0, 0, 0);
        assertValues(6, s::betweennessNormalized, 0, 0.1, 0, 0, 0, 0);
        assertValues(6, s::closeness, 4.0 / 15, 0.4, 4.0 / 15, 0.2, 0.2, 0);
        assertValues(6, s::harmonicCloseness, 0.3, 0.4, 0.3, 0.2, 0.2, 0);
    }

    @Test
    void handStudyOfTheConformanceSuite() {
        // spec/conformance/hand-study/expected-metrics.json, people a1 a2 a3 a4 a5 b1 b2 b3.
        // B(a1) = 2: (a3,a2), (a3,a4). B(a2) = 4: (a1,a4), (a3,a4), (b1,a4), (b2,a4).
        // B(b1) = 3: (b2,a2), (b2,a4), (b2,b3). C(a3): a1 1, a2 2, a4 3, b1 3, b2 4, b3 4 -> (6/17)(6/7).
        ShortestPathScores s = ShortestPathCentrality.compute(TestGraphs.handStudy(), 2);
        assertValues(8, s::betweenness, 2, 4, 0, 0, 0, 3, 0, 0);
        assertValues(8, s::betweennessNormalized,
                0.047619047619047616, 0.09523809523809523, 0, 0, 0, 0.07142857142857142, 0, 0);
        assertValues(8, s::closeness, 0.42857142857142855, 0.5714285714285714, 0.3025210084033613,
                0.36734693877551017, 0, 0.5142857142857142, 0.34285714285714286, 0.34285714285714286);
        assertValues(8, s::harmonicCloseness, 0.5238095238095238, 0.6428571428571429, 0.38095238095238093,
                0.42857142857142866, 0, 0.619047619047619, 0.4166666666666667, 0.4166666666666667);
    }

    @Test
    void krackhardtKite() {
        // Reference: undirected betweenness of the kite, Andre..Jane = 5/6, 5/6, 0, 11/3, 0, 25/3, 25/3,
        // 14, 8, 0 (Heather highest, as in Krackhardt 1990; values of networkx 3.6.1
        // betweenness_centrality(normalized=False)); as ordered pairs on the symmetric digraph, twice that.
        // Connected, n = 10, so C = 9/S with distance sums S = 17 17 18 15 18 14 14 15 21 29, and
        // H = (sum 1/d) / 9 with sums 73/12 73/12 67/12 85/12 67/12 41/6 41/6 6 14/3 41/12.
        CompactGraph g = symmetric(10, TestGraphs.KITE_EDGES);
        ShortestPathScores s = ShortestPathCentrality.compute(g, 3);
        assertValues(10, s::betweenness, 5.0 / 3, 5.0 / 3, 0, 22.0 / 3, 0, 50.0 / 3, 50.0 / 3, 28, 16, 0);
        assertValues(10, s::betweennessNormalized, 5.0 / 3 / 72, 5.0 / 3 / 72, 0, 22.0 / 3 / 72, 0,
                50.0 / 3 / 72, 50.0 / 3 / 72, 28.0 / 72, 16.0 / 72, 0);
        assertValues(10, s::closeness, 9.0 / 17, 9.0 / 17, 9.0 / 18, 9.0 / 15, 9.0 / 18, 9.0 / 14, 9.0 / 14,
                9.0 / 15, 9.0 / 21, 9.0 / 29);
        assertValues(10, s::harmonicCloseness, 73.0 / 108, 73.0 / 108, 67.0 / 108, 85.0 / 108, 67.0 / 108,
                41.0 / 54, 41.0 / 54, 6.0 / 9, 14.0 / 27, 41.0 / 108);
        assertAgreesWithJGraphT(10, bothWays(TestGraphs.KITE_EDGES), s);
    }

    @Test
    void florentineFamilies() {
        // Reference: undirected betweenness of the marriage network (networkx 3.6.1 on the same edges;
        // Medici 47.5, the figure quoted with Padgett and Ansell 1993), doubled for ordered pairs.
        // Families in alphabetical order, Pucci (index 11) isolated.
        CompactGraph g = symmetric(16, TestGraphs.florentineEdges());
        ShortestPathScores s = ShortestPathCentrality.compute(g, 2);
        assertThat(s.betweenness(TestGraphs.FLORENTINE_FAMILIES.indexOf("Medici"))).isEqualTo(95.0, within(EPS));
        assertValues(16, s::betweenness, 0, 116.0 / 3, 17, 19, 10, 0, 139.0 / 3, 0, 95, 0, 4, 0, 62.0 / 3, 26,
                56.0 / 3, 50.0 / 3);
        // Wasserman–Faust with n = 16: the 15 connected families reach r = 14 others, C = (14/S)(14/15),
        // distance sums S below; Pucci reaches nobody: 0.
        int[] distanceSums = {38, 29, 32, 35, 36, 42, 30, 43, 25, 49, 38, 0, 28, 36, 32, 29};
        double[] closeness = new double[16];
        for (int v = 0; v < 16; v++) {
            closeness[v] = distanceSums[v] == 0 ? 0 : (14.0 / distanceSums[v]) * (14.0 / 15);
        }
        assertValues(16, s::closeness, closeness);
        // Harmonic: sums of 1/d (exact fractions) divided by n - 1 = 15.
        assertValues(16, s::harmonicCloseness, 71.0 / 180, 47.0 / 90, 85.0 / 180, 36.0 / 75, 83.0 / 180,
                16.0 / 45, 97.0 / 180, 161.0 / 450, 19.0 / 30, 143.0 / 450, 407.0 / 900, 0, 8.0 / 15, 79.0 / 180,
                47.0 / 90, 47.0 / 90);
        assertAgreesWithJGraphT(16, bothWays(TestGraphs.florentineEdges()), s);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void randomDigraphsAgreeWithJGraphT(long seed) {
        // Average out-degree 5 on 200 people: many ties between shortest paths, some people unreached.
        int[][] arcs = TestGraphs.randomArcs(200, 0.025, seed);
        ShortestPathScores s = ShortestPathCentrality.compute(directed(200, arcs), 2);
        assertAgreesWithJGraphT(200, arcs, s);
    }

    /**
     * Compares with JGraphT 1.5.3 as an independent implementation: BetweennessCentrality on the directed
     * graph (it sums over ordered pairs on directed graphs, halving only on undirected ones),
     * HarmonicCentrality (normalised by n-1, 1/inf = 0) on U, and Wasserman–Faust closeness from
     * JGraphT's BFS distances on U (its own ClosenessCentrality is 0 everywhere on a disconnected graph).
     */
    private static void assertAgreesWithJGraphT(int n, int[][] arcs, ShortestPathScores s) {
        Graph<Integer, DefaultEdge> d = TestGraphs.jgraphtDirected(n, arcs);
        Graph<Integer, DefaultEdge> u = TestGraphs.jgraphtUndirected(n, arcs);
        Map<Integer, Double> betweenness = new BetweennessCentrality<>(d).getScores();
        Map<Integer, Double> harmonic = new HarmonicCentrality<>(u, false, true).getScores();
        BFSShortestPath<Integer, DefaultEdge> bfs = new BFSShortestPath<>(u);
        for (int v = 0; v < n; v++) {
            assertThat(s.betweenness(v)).as("betweenness of %d", v)
                    .isCloseTo(betweenness.get(v), within(1e-9 * Math.max(1, betweenness.get(v))));
            assertThat(s.harmonicCloseness(v)).as("harmonic closeness of %d", v)
                    .isCloseTo(harmonic.get(v), within(EPS));
            SingleSourcePaths<Integer, DefaultEdge> paths = bfs.getPaths(v);
            int reached = 0;
            double sum = 0;
            for (int t = 0; t < n; t++) {
                double dist = paths.getWeight(t);
                if (t != v && dist != Double.POSITIVE_INFINITY) {
                    reached++;
                    sum += dist;
                }
            }
            double expected = reached == 0 ? 0 : (reached / sum) * ((double) reached / (n - 1));
            assertThat(s.closeness(v)).as("closeness of %d", v).isCloseTo(expected, within(EPS));
        }
    }

    @Test
    void connectedClosenessEqualsJGraphTClosenessCentrality() {
        // On a connected graph r = n-1, so Wasserman–Faust is (n-1)/S, JGraphT's normalised closeness.
        Graph<Integer, DefaultEdge> u = TestGraphs.jgraphtUndirected(10, bothWays(TestGraphs.KITE_EDGES));
        Map<Integer, Double> reference = new ClosenessCentrality<>(u, false, true).getScores();
        ShortestPathScores s = ShortestPathCentrality.compute(symmetric(10, TestGraphs.KITE_EDGES), 1);
        for (int v = 0; v < 10; v++) {
            assertThat(s.closeness(v)).isCloseTo(reference.get(v), within(EPS));
        }
    }

    @Test
    void sameBitsWhateverTheThreadCount() {
        // 3,000 people = 47 chunks of 64 sources in two rounds of partial sums.
        CompactGraph g = TestGraphs.randomSparse(3000, 9000, 42);
        ShortestPathScores one = ShortestPathCentrality.compute(g, 1);
        for (int threads : new int[] {2, 4, 7}) {
            ShortestPathScores many = ShortestPathCentrality.compute(g, threads);
            assertThat(bits(all(3000, many::betweenness))).isEqualTo(bits(all(3000, one::betweenness)));
            assertThat(bits(all(3000, many::betweennessNormalized)))
                    .isEqualTo(bits(all(3000, one::betweennessNormalized)));
            assertThat(bits(all(3000, many::closeness))).isEqualTo(bits(all(3000, one::closeness)));
            assertThat(bits(all(3000, many::harmonicCloseness))).isEqualTo(bits(all(3000, one::harmonicCloseness)));
        }
        // Not a trivial graph: someone brokers many shortest paths.
        assertThat(Arrays.stream(all(3000, one::betweenness)).max().orElseThrow()).isGreaterThan(1000);
    }

    private static long[] bits(double[] values) {
        long[] raw = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            raw[i] = Double.doubleToRawLongBits(values[i]);
        }
        return raw;
    }

    @Test
    void rejectsFewerThanOneThread() {
        assertThatThrownBy(() -> ShortestPathCentrality.compute(directed(2), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
