package org.plnet.engine.scoring.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.scoring.TestGraphs;

class SampledBetweennessTest {

    private static CompactGraph arcs(int n, int... ends) {
        int[] from = new int[ends.length / 2];
        int[] to = new int[ends.length / 2];
        double[] w = new double[ends.length / 2];
        for (int k = 0; k < from.length; k++) {
            from[k] = ends[2 * k];
            to[k] = ends[2 * k + 1];
            w[k] = 1;
        }
        return CompactGraph.of(n, from, to, w);
    }

    @Test
    void sampleSizeOfRiondatoAndKornaropoulos() {
        // n = 102, VD <= 34, epsilon 0.05, confidence 0.9: e = 0.05 * 100 / 102 = 0.049020, c / e^2 = 208.08,
        // floor(log2(32)) + 1 + ln(10) = 5 + 1 + 2.302585 = 8.302585; r = ceil(1727.60) = 1728
        assertThat(SampledBetweenness.sampleSize(102, 34, 0.05, 0.9)).isEqualTo(1728);
        // VD <= 2: nobody is inside a shortest path, nothing to sample
        assertThat(SampledBetweenness.sampleSize(102, 2, 0.05, 0.9)).isZero();
        assertThat(SampledBetweenness.sampleSize(2, 2, 0.05, 0.9)).isZero();
    }

    @Test
    void errorWithinEpsilonForAtLeastTheStatedShareOfSeeds() {
        // graphs small enough for the exact pass: 120 people, about 4 ties each
        double epsilon = 0.03;
        double confidence = 0.9;
        int seeds = 40;
        for (long graphSeed : new long[] {1, 2}) {
            CompactGraph g = TestGraphs.randomSparse(120, 480, graphSeed);
            ShortestPathScores exact = ShortestPathCentrality.compute(g, 1);
            int within = 0;
            for (long seed = 1; seed <= seeds; seed++) {
                ShortestPathScores sampled = SampledBetweenness.compute(g, epsilon, confidence, seed, 2);
                double worst = 0;
                for (int v = 0; v < g.vertexCount(); v++) {
                    worst = Math.max(worst, Math.abs(sampled.betweennessNormalized(v) - exact.betweennessNormalized(v)));
                    // closeness stays exact
                    assertThat(sampled.closeness(v)).isEqualTo(exact.closeness(v));
                    assertThat(sampled.harmonicCloseness(v)).isEqualTo(exact.harmonicCloseness(v));
                }
                within += worst <= epsilon ? 1 : 0;
            }
            assertThat(within).isGreaterThanOrEqualTo((int) Math.ceil(confidence * seeds));
            // and the estimate is not trivially zero: someone brokers in the exact figures
            double top = 0;
            for (int v = 0; v < g.vertexCount(); v++) {
                top = Math.max(top, exact.betweennessNormalized(v));
            }
            assertThat(top).isGreaterThan(2 * epsilon);
        }
    }

    @Test
    void aPathOfThreeHandChecked() {
        // a -> b -> c: only the pair (a, c) passes through b, B(b) = 1, normalised 1 / ((n-1)(n-2)) = 0.5. A
        // sample draws (a, c) with probability 1/6; the estimate 6 c(b) / r * 3 / 6 ... = c(b) / r * n / (n-2)
        CompactGraph g = arcs(3, 0, 1, 1, 2);
        ShortestPathScores s = SampledBetweenness.compute(g, 0.05, 0.95, 7, 1);
        BetweennessSampling how = s.sampling();
        // VD <= 3: r = ceil(0.5 / (0.05/3)^2 (0 + 1 + ln 20)) = ceil(1800 * 3.995732) = 7193
        assertThat(how.samples()).isEqualTo(7193);
        assertThat(s.betweennessNormalized(1)).isCloseTo(0.5, within(0.05));
        assertThat(s.betweenness(1)).isCloseTo(1.0, within(0.1));
        assertThat(s.betweenness(0)).isZero();
        assertThat(s.betweenness(2)).isZero();
    }

    @Test
    void sameBitsWhateverTheThreadCountAndNothingSampledWithoutInnerVertices() {
        CompactGraph g = TestGraphs.randomSparse(300, 1200, 4);
        ShortestPathScores one = SampledBetweenness.compute(g, 0.05, 0.9, 3, 1);
        ShortestPathScores three = SampledBetweenness.compute(g, 0.05, 0.9, 3, 3);
        for (int v = 0; v < 300; v++) {
            assertThat(Double.doubleToRawLongBits(three.betweenness(v)))
                    .isEqualTo(Double.doubleToRawLongBits(one.betweenness(v)));
        }
        // two separate ties: the largest weak component has 2 people
        CompactGraph pairs = arcs(4, 0, 1, 2, 3);
        ShortestPathScores s = SampledBetweenness.compute(pairs, 0.05, 0.9, 3, 2);
        assertThat(s.sampling().samples()).isZero();
        for (int v = 0; v < 4; v++) {
            assertThat(s.betweenness(v)).isZero();
        }
        CompactGraph empty = arcs(0);
        assertThat(SampledBetweenness.compute(empty, 0.05, 0.9, 3, 2).size()).isZero();
    }
}
