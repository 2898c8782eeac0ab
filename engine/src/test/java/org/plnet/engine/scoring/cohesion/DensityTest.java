package org.plnet.engine.scoring.cohesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.engine.scoring.TestGraphs.graph;

import org.junit.jupiter.api.Test;
import org.plnet.engine.scoring.TestGraphs;

class DensityTest {

    @Test
    void fewerThanTwoPeopleGiveZero() {
        // n(n-1) = 0: no tie is possible; defined as 0.
        assertThat(Density.compute(graph(0)).value()).isZero();
        assertThat(Density.compute(graph(1)).value()).isZero();
    }

    @Test
    void countsDirectedTies() {
        // n = 2: 2 possible ties. One arc: 1/2; both arcs: 2/2.
        assertThat(Density.compute(graph(2, 0, 1)).value()).isEqualTo(0.5);
        assertThat(Density.compute(graph(2, 0, 1, 1, 0)).value()).isEqualTo(1.0);
    }

    @Test
    void isolatesCountInN() {
        // 2 arcs among 5 people, 3 isolated: 2 / (5 * 4) = 0.1.
        Density d = Density.compute(graph(5, 0, 1, 1, 0));
        assertThat(d.people()).isEqualTo(5);
        assertThat(d.ties()).isEqualTo(2);
        assertThat(d.value()).isEqualTo(0.1);
    }

    @Test
    void handStudyOfTheConformanceSuite() {
        // m = 7, n = 8: 7 / 56 = 0.125.
        assertThat(Density.compute(TestGraphs.handStudy()).value()).isEqualTo(0.125);
    }
}
