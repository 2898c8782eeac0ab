package org.plnet.engine.scoring.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.plnet.engine.scoring.TestGraphs.directed;
import static org.plnet.engine.scoring.TestGraphs.symmetric;

import java.util.Arrays;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.plnet.engine.scoring.TestGraphs;

class EigenvectorCentralityTest {

    private static final double EPS = 1e-9;

    private static double[] scores(EigenvectorScores s) {
        assertThat(s.defined()).isTrue();
        double[] values = new double[s.size()];
        for (int v = 0; v < values.length; v++) {
            values[v] = s.score(v);
        }
        return values;
    }

    private static void assertUndefined(EigenvectorScores s, int n) {
        assertThat(s.defined()).isFalse();
        assertThat(s.size()).isEqualTo(n);
        for (int v = 0; v < n; v++) {
            assertThat(s.score(v)).isNull();
        }
    }

    @Test
    void emptyGraphIsUndefined() {
        assertUndefined(EigenvectorCentrality.compute(directed(0)), 0);
    }

    @Test
    void onePersonIsUndefinedAsMetricsMdSaysForNoTies() {
        // metrics.md: null "including m = 0"; with one person m is necessarily 0.
        assertUndefined(EigenvectorCentrality.compute(directed(1)), 1);
    }

    @Test
    void noTiesIsUndefined() {
        // A = 0: the eigenvalue 0 has multiplicity 3.
        assertUndefined(EigenvectorCentrality.compute(directed(3)), 3);
    }

    @Test
    void oneTie() {
        // A = [[0,1],[1,0]]: lambda = 1, x = (1, 1) / sqrt 2. One arc is enough: U ignores direction.
        assertThat(scores(EigenvectorCentrality.compute(directed(2, new int[] {1, 0}))))
                .containsExactly(new double[] {Math.sqrt(0.5), Math.sqrt(0.5)}, within(EPS));
    }

    @Test
    void pathOfThreeIsBipartiteAndStillConverges() {
        // 0 - 1 - 2 (directions mixed in D): lambda = sqrt 2, x = (1/2, 1/sqrt 2, 1/2):
        // (A x)_1 = 1/2 + 1/2 = 1 = sqrt 2 * (1/sqrt 2), (A x)_0 = 1/sqrt 2 = sqrt 2 * 1/2, norm 1/4 + 1/2 + 1/4.
        // Plain power iteration on A oscillates here (eigenvalue -sqrt 2); on A + I it converges.
        assertThat(scores(EigenvectorCentrality.compute(directed(3, new int[] {0, 1}, new int[] {2, 1}))))
                .containsExactly(new double[] {0.5, Math.sqrt(0.5), 0.5}, within(EPS));
    }

    @Test
    void star() {
        // Centre c and k = 3 leaves l: lambda = sqrt k, lambda l = c, lambda c = k l, so c = sqrt(k) l and
        // c^2 + k l^2 = 1 gives l = 1/sqrt(2k) = 1/sqrt 6, c = 1/sqrt 2.
        double leaf = 1 / Math.sqrt(6);
        assertThat(scores(EigenvectorCentrality.compute(
                symmetric(4, new int[] {0, 1}, new int[] {0, 2}, new int[] {0, 3}))))
                .containsExactly(new double[] {Math.sqrt(0.5), leaf, leaf, leaf}, within(EPS));
    }

    @Test
    void longPathMatchesTheClosedForm() {
        // Path of n = 40: x_k = sqrt(2/(n+1)) sin(k pi/(n+1)), k = 1..n, lambda = 2 cos(pi/(n+1)).
        // Bipartite, and the ratio of the two top eigenvalues of A + I is about 0.988: a slow case.
        int n = 40;
        int[][] edges = new int[n - 1][];
        for (int v = 0; v + 1 < n; v++) {
            edges[v] = new int[] {v, v + 1};
        }
        double[] expected = new double[n];
        for (int k = 1; k <= n; k++) {
            expected[k - 1] = Math.sqrt(2.0 / (n + 1)) * Math.sin(k * Math.PI / (n + 1));
        }
        assertThat(scores(EigenvectorCentrality.compute(symmetric(n, edges)))).containsExactly(expected, within(EPS));
    }

    @Test
    void theStrongestComponentTakesTheWholeNorm() {
        // Triangle 0 1 2 (lambda 2), edge 3 - 4 (lambda 1), person 5 isolated: the triangle's Perron vector
        // (1, 1, 1) / sqrt 3, zero elsewhere.
        double t = 1 / Math.sqrt(3);
        assertThat(scores(EigenvectorCentrality.compute(symmetric(6, new int[] {0, 1}, new int[] {1, 2},
                new int[] {2, 0}, new int[] {3, 4})))).containsExactly(new double[] {t, t, t, 0, 0, 0}, within(EPS));
    }

    @Test
    void biggerComponentDoesNotWinByEdgesAlone() {
        // K4 on 0..3 (lambda 3, 6 edges) against a star with 10 leaves on 4..14 (lambda sqrt 10 = 3.16,
        // 10 edges): the star wins; centre 1/sqrt 2, leaves 1/sqrt 20. Then swap the sizes: a star with 8
        // leaves (lambda 2.83, 8 edges) loses to K4, whose vector is (1, 1, 1, 1) / 2.
        int[][] k4 = {{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}};
        double[] expected = new double[15];
        expected[4] = Math.sqrt(0.5);
        for (int v = 5; v < 15; v++) {
            expected[v] = 1 / Math.sqrt(20);
        }
        assertThat(scores(EigenvectorCentrality.compute(symmetric(15, concat(k4, star(4, 10))))))
                .containsExactly(expected, within(EPS));
        double[] k4Wins = new double[13];
        Arrays.fill(k4Wins, 0, 4, 0.5);
        assertThat(scores(EigenvectorCentrality.compute(symmetric(13, concat(star(4, 8), k4)))))
                .containsExactly(k4Wins, within(EPS));
    }

    @Test
    void twoEqualComponentsAreUndefined() {
        // Two triangles: lambda = 2 twice, so the top eigenvalue is not simple.
        assertUndefined(EigenvectorCentrality.compute(symmetric(6, new int[] {0, 1}, new int[] {1, 2},
                new int[] {2, 0}, new int[] {3, 4}, new int[] {4, 5}, new int[] {5, 3})), 6);
    }

    @Test
    void differentComponentsSharingTheTopEigenvalueAreUndefined() {
        // Triangle (lambda 2), 4-cycle (lambda 2) and star with 4 leaves (lambda sqrt 4 = 2), plus an
        // isolate: not isomorphic, yet the eigenvalue 2 has multiplicity 3.
        int[][] edges = {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 6}, {6, 3}};
        assertUndefined(EigenvectorCentrality.compute(symmetric(13, concat(edges, star(7, 4)))), 13);
    }

    @Test
    void handStudyOfTheConformanceSuite() {
        // spec/conformance/hand-study/expected-metrics.json, people a1 a2 a3 a4 a5 b1 b2 b3; a5 isolated.
        assertThat(scores(EigenvectorCentrality.compute(TestGraphs.handStudy()))).containsExactly(new double[] {
            0.36816035589837987, 0.5764509452353922, 0.17933839544838515, 0.2808009768486732, 0.0,
            0.5344237679460084, 0.2603286842197969, 0.2603286842197969}, within(EPS));
    }

    @Test
    void krackhardtKite() {
        // Reference: networkx 3.6.1 eigenvector_centrality(tol=1e-14) on krackhardt_kite_graph, Andre..Jane;
        // also JGraphT's EigenvectorCentrality (power iteration on A, fine here: the kite is not bipartite).
        double[] networkx = {0.3522093968166311, 0.35220939681663116, 0.2858349913908694, 0.48102085827280516,
            0.2858349913908694, 0.3976906364701734, 0.3976906364701734, 0.19586058302782328, 0.04807348502629463,
            0.011163255309783213};
        double[] ours = scores(EigenvectorCentrality.compute(symmetric(10, TestGraphs.KITE_EDGES)));
        assertThat(ours).containsExactly(networkx, within(EPS));
        Graph<Integer, DefaultEdge> u =
                TestGraphs.jgraphtUndirected(10, TestGraphs.bothWays(TestGraphs.KITE_EDGES));
        Map<Integer, Double> jgrapht =
                new org.jgrapht.alg.scoring.EigenvectorCentrality<>(u, 100_000, 1e-15).getScores();
        for (int v = 0; v < 10; v++) {
            assertThat(ours[v]).isCloseTo(jgrapht.get(v), within(EPS));
        }
    }

    @Test
    void florentineFamilies() {
        // Reference: networkx 3.6.1 eigenvector_centrality(tol=1e-14) on florentine_families_graph (15
        // families); Pucci, isolated here, gets 0 and leaves the norm unchanged. Medici highest.
        double[] expected = {0.13215429472873513, 0.24395610915887922, 0.21170525116053254, 0.28280008654406785,
            0.25902616719020205, 0.07492270769972417, 0.2891155990122229, 0.08879188797897815, 0.4303080940409847,
            0.04481343589593881, 0.2757303735808111, 0.0, 0.34155264405723224, 0.1459171964663804,
            0.3559804484113202, 0.3258423011242481};
        assertThat(scores(EigenvectorCentrality.compute(symmetric(16, TestGraphs.florentineEdges()))))
                .containsExactly(expected, within(EPS));
    }

    @Test
    void theLanczosStartGivesTheSameScores() {
        // Every component started from the Lanczos estimate (as components of KRYLOV_FROM people are): the
        // closed forms above and the power iteration from the uniform start agree to 1e-10 (on the path the
        // uniform start stops about 2e-12 from the closed form, the Lanczos start closer).
        // Path of 40: bipartite and slow for power iteration; the kite and the Florentine families; a star and
        // a triangle beside it (the star, root sqrt 5 > 2, wins); two triangles (tied: undefined).
        int[][] path = new int[39][];
        for (int v = 0; v < 39; v++) {
            path[v] = new int[] {v, v + 1};
        }
        for (org.plnet.engine.graph.CompactGraph g : java.util.List.of(symmetric(40, path),
                symmetric(10, TestGraphs.KITE_EDGES), symmetric(16, TestGraphs.florentineEdges()),
                symmetric(9, concat(star(0, 5), new int[][] {{6, 7}, {7, 8}, {8, 6}})))) {
            assertThat(scores(EigenvectorCentrality.compute(g, 1)))
                    .containsExactly(scores(EigenvectorCentrality.compute(g)), within(1e-10));
        }
        double[] expected = new double[40];
        for (int k = 1; k <= 40; k++) {
            expected[k - 1] = Math.sqrt(2.0 / 41) * Math.sin(k * Math.PI / 41);
        }
        assertThat(scores(EigenvectorCentrality.compute(symmetric(40, path), 1))).containsExactly(expected,
                within(1e-13));
        assertUndefined(EigenvectorCentrality.compute(symmetric(6, new int[] {0, 1}, new int[] {1, 2},
                new int[] {2, 0}, new int[] {3, 4}, new int[] {4, 5}, new int[] {5, 3}), 1), 6);
    }

    @Test
    void lanczosFindsTheLargestEigenpairOfATridiagonalMatrix() {
        // [[2, 1], [1, 2]]: eigenvalues 3 and 1, the vector of 3 is (1, 1) / sqrt 2 (up to sign).
        double[] s = new double[2];
        assertThat(Lanczos.largestEigenpair(new double[] {2, 2}, new double[] {1, 0}, 2, s)).isCloseTo(3, within(1e-15));
        assertThat(Math.abs(s[0])).isCloseTo(Math.sqrt(0.5), within(1e-15));
        assertThat(s[1]).isCloseTo(s[0], within(1e-15));
        // diag(1, 5, 2) joined by 0 and 0: the largest is the middle one, e_2.
        double[] t = new double[3];
        assertThat(Lanczos.largestEigenpair(new double[] {1, 5, 2}, new double[] {0, 0, 0}, 3, t)).isEqualTo(5);
        assertThat(t).containsExactly(0, 1, 0);
        // Path of 3 (alpha 0, beta 1): eigenvalues sqrt 2, 0, -sqrt 2; vector (1/2, 1/sqrt 2, 1/2).
        double[] p = new double[3];
        assertThat(Lanczos.largestEigenpair(new double[] {0, 0, 0}, new double[] {1, 1, 0}, 3, p))
                .isCloseTo(Math.sqrt(2), within(1e-14));
        assertThat(new double[] {Math.abs(p[0]), Math.abs(p[1]), Math.abs(p[2])})
                .containsExactly(new double[] {0.5, Math.sqrt(0.5), 0.5}, within(1e-14));
    }

    @Test
    void scoreOutsideTheGraphIsAnError() {
        EigenvectorScores s = EigenvectorCentrality.compute(directed(2, new int[] {0, 1}));
        assertThatThrownBy(() -> s.score(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    /** Edges from {@code centre} to {@code leaves} new vertices centre+1..centre+leaves. */
    private static int[][] star(int centre, int leaves) {
        int[][] edges = new int[leaves][];
        for (int k = 0; k < leaves; k++) {
            edges[k] = new int[] {centre, centre + 1 + k};
        }
        return edges;
    }

    private static int[][] concat(int[][] a, int[][] b) {
        int[][] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
