package org.plnet.engine.scoring.cohesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.engine.scoring.TestGraphs.graph;

import org.junit.jupiter.api.Test;
import org.plnet.engine.scoring.TestGraphs;

class ReciprocityTest {

    @Test
    void noTiesIsUndefined() {
        assertThat(Reciprocity.compute(graph(0)).value()).isNull();
        assertThat(Reciprocity.compute(graph(1)).value()).isNull();
        assertThat(Reciprocity.compute(graph(3)).value()).isNull();
    }

    @Test
    void directionMatters() {
        // 0 -> 1 alone: no mutual pair, 0/1. 0 <-> 1: one pair, 2/2. The same U, different D.
        assertThat(Reciprocity.compute(graph(2, 0, 1)).value()).isEqualTo(0.0);
        assertThat(Reciprocity.compute(graph(2, 0, 1, 1, 0)).value()).isEqualTo(1.0);
    }

    @Test
    void sharesOfTiesNotOfPairs() {
        // 0 <-> 1, 1 -> 2, 3 -> 2, isolate 4: m = 4, M = 1: 2/4 = 0.5 (pairs would give 1/3).
        Reciprocity r = Reciprocity.compute(graph(5, 0, 1, 1, 0, 1, 2, 3, 2));
        assertThat(r.ties()).isEqualTo(4);
        assertThat(r.mutualPairs()).isEqualTo(1);
        assertThat(r.value()).isEqualTo(0.5);
    }

    @Test
    void handStudyOfTheConformanceSuite() {
        // Only a1 <-> a3 is mutual: 2 x 1 / 7.
        Reciprocity r = Reciprocity.compute(TestGraphs.handStudy());
        assertThat(r.mutualPairs()).isEqualTo(1);
        assertThat(r.value()).isEqualTo(0.2857142857142857);
    }
}
