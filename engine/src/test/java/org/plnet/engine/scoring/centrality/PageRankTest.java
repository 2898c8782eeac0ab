package org.plnet.engine.scoring.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.plnet.engine.scoring.TestGraphs.directed;

import java.util.Arrays;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.scoring.TestGraphs;

class PageRankTest {

    private static final double EPS = 1e-9;

    private static double[] scores(PageRankScores s) {
        double[] values = new double[s.size()];
        for (int v = 0; v < values.length; v++) {
            values[v] = s.score(v);
        }
        return values;
    }

    @Test
    void emptyGraphGivesEmptyScores() {
        assertThat(PageRank.compute(directed(0)).size()).isZero();
    }

    @Test
    void onePersonHoldsEverything() {
        // x = (1 - 0.85)/1 + 0.85 x (the dangling person spreads over itself): x = 1.
        assertThat(scores(PageRank.compute(directed(1)))).containsExactly(new double[] {1}, within(EPS));
    }

    @Test
    void noTiesIsUniform() {
        // Everybody dangles: x(v) = 0.15/4 + 0.85 * (sum x)/4 = 1/4.
        assertThat(scores(PageRank.compute(directed(4)))).containsExactly(new double[] {0.25, 0.25, 0.25, 0.25},
                within(EPS));
    }

    @Test
    void mutualPairSplitsEvenly() {
        assertThat(scores(PageRank.compute(directed(2, new int[] {0, 1}, new int[] {1, 0}))))
                .containsExactly(new double[] {0.5, 0.5}, within(EPS));
    }

    @Test
    void danglingPersonSpreadsOverEveryone() {
        // 0 -> 1, 1 dangling, n = 2: x0 = 0.15/2 + 0.85 x1/2 = 0.075 + 0.425 x1, and x0 + x1 = 1, so
        // 1.425 x0 = 0.5: x0 = 0.5/1.425 = 0.35087719298..., x1 = 0.925/1.425 = 0.64912280701...
        assertThat(scores(PageRank.compute(directed(2, new int[] {0, 1}))))
                .containsExactly(new double[] {0.5 / 1.425, 0.925 / 1.425}, within(EPS));
    }

    @Test
    void inStar() {
        // 1, 2, 3 -> 0, n = 4, 0 dangling. A leaf gets only the uniform part: l = 0.15/4 + 0.85 c/4
        // = 0.0375 + 0.2125 c; with c + 3 l = 1: 1.6375 c = 0.8875, c = 0.8875/1.6375 = 0.54198473...,
        // l = 0.0375 + 0.2125 c = 0.15267175...
        double c = 0.8875 / 1.6375;
        double l = 0.0375 + 0.2125 * c;
        assertThat(scores(PageRank.compute(directed(4, new int[] {1, 0}, new int[] {2, 0}, new int[] {3, 0}))))
                .containsExactly(new double[] {c, l, l, l}, within(EPS));
    }

    @Test
    void zeroDampingIsUniform() {
        // alpha = 0: only the jump is left, x = 1/n whatever the ties.
        assertThat(scores(PageRank.compute(directed(3, new int[] {0, 1}, new int[] {1, 2}), 0)))
                .containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(EPS));
    }

    @Test
    void handStudyOfTheConformanceSuite() {
        // spec/conformance/hand-study/expected-metrics.json, people a1 a2 a3 a4 a5 b1 b2 b3.
        assertThat(scores(PageRank.compute(TestGraphs.handStudy()))).containsExactly(new double[] {
            0.1669787140147033, 0.17394824194366665, 0.12861873917348768, 0.20550879136935538, 0.057652785717238766,
            0.1066576535768917, 0.05765278571723876, 0.10298228848741775}, within(EPS));
    }

    @ParameterizedTest
    @CsvSource({"21, 0.85", "22, 0.85", "23, 0.5"})
    void randomDigraphsAgreeWithJGraphT(long seed, double alpha) {
        // 60 people, average out-degree 1.2: several dangling people. JGraphT 1.5.3's PageRank spreads
        // a dangling vertex's score uniformly too; run to a tight tolerance.
        int[][] arcs = TestGraphs.randomArcs(60, 0.02, seed);
        CompactGraph g = directed(60, arcs);
        Graph<Integer, DefaultEdge> d = TestGraphs.jgraphtDirected(60, arcs);
        Map<Integer, Double> reference =
                new org.jgrapht.alg.scoring.PageRank<>(d, alpha, 100_000, 1e-15).getScores();
        double[] ours = scores(PageRank.compute(g, alpha));
        boolean dangling = false;
        for (int v = 0; v < 60; v++) {
            assertThat(ours[v]).as("PageRank of %d", v).isCloseTo(reference.get(v), within(EPS));
            dangling |= g.outDegree(v) == 0;
        }
        assertThat(dangling).isTrue();
        assertThat(Arrays.stream(ours).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void dampingOutsideZeroToOneIsRejected() {
        CompactGraph g = directed(2, new int[] {0, 1});
        assertThatThrownBy(() -> PageRank.compute(g, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRank.compute(g, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRank.compute(g, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
