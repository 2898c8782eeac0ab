package org.plnet.engine.scoring.centralization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.engine.scoring.TestGraphs.graph;
import static org.plnet.engine.scoring.TestGraphs.handStudy;

import org.junit.jupiter.api.Test;
import org.plnet.engine.graph.CompactGraph;

class FreemanDegreeCentralizationTest {

    @Test
    void fewerThanThreePeopleAreUndefined() {
        // (n-1)(n-2) = 0 for n = 1, 2; for n = 0 there is nobody.
        assertThat(FreemanDegreeCentralization.compute(graph(0)).value()).isNull();
        assertThat(FreemanDegreeCentralization.compute(graph(1)).value()).isNull();
        assertThat(FreemanDegreeCentralization.compute(graph(2, 0, 1)).value()).isNull();
    }

    @Test
    void noTiesGiveZero() {
        // Three isolates: deg* = 0, every shortfall 0.
        assertThat(FreemanDegreeCentralization.compute(graph(3)).value()).isEqualTo(0.0);
    }

    @Test
    void starIsMaximal() {
        // Centre 0, leaves 1..4 (arcs into the centre, U ignores direction): deg* = 4,
        // shortfall 0 + 4 x 3 = 12 = (n-1)(n-2) = 4 x 3: 1.
        FreemanDegreeCentralization c = FreemanDegreeCentralization.compute(graph(5, 1, 0, 2, 0, 3, 0, 4, 0));
        assertThat(c.maxDegree()).isEqualTo(4);
        assertThat(c.shortfall()).isEqualTo(12);
        assertThat(c.value()).isEqualTo(1.0);
    }

    @Test
    void reciprocatedArcsAreOneNeighbour() {
        // 0 <-> 1, 0 -> 2: in U deg 2, 1, 1 (not 3, 2, 1): shortfall 0 + 1 + 1 = 2, / (2 x 1) = 1.
        assertThat(FreemanDegreeCentralization.compute(graph(3, 0, 1, 1, 0, 0, 2)).value()).isEqualTo(1.0);
        // Triangle: all degrees 2: 0.
        assertThat(FreemanDegreeCentralization.compute(graph(3, 0, 1, 1, 2, 2, 0)).value()).isEqualTo(0.0);
    }

    @Test
    void twoComponentsAndAnIsolate() {
        // Path 0 - 1 - 2, edge 3 - 4, isolate 5: degrees 1, 2, 1, 1, 1, 0; deg* = 2;
        // shortfall 1 + 0 + 1 + 1 + 1 + 2 = 6; (n-1)(n-2) = 5 x 4 = 20: 0.3.
        assertThat(FreemanDegreeCentralization.compute(graph(6, 0, 1, 1, 2, 3, 4)).value()).isEqualTo(0.3);
    }

    @Test
    void handStudyOfTheConformanceSuite() {
        // U degrees a1..b3: 2, 3, 1, 1, 0, 3, 1, 1; deg* = 3; shortfall 1+0+2+2+3+0+2+2 = 12; 12 / (7 x 6).
        CompactGraph g = handStudy();
        FreemanDegreeCentralization c = FreemanDegreeCentralization.compute(g);
        assertThat(c.shortfall()).isEqualTo(12);
        assertThat(c.value()).isEqualTo(0.2857142857142857);
    }
}
