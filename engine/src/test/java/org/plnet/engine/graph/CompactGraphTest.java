package org.plnet.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CompactGraphTest {

    // 0->1 (2.0), 1->0 (3.0), 2->1 (1.0), 3 isolated; given out of order on purpose
    private static CompactGraph sample() {
        return CompactGraph.of(4, new int[] {2, 1, 0}, new int[] {1, 0, 1}, new double[] {1.0, 3.0, 2.0});
    }

    @Test
    void rowsAreSortedWithTheirWeights() {
        CompactGraph g = sample();
        assertThat(g.vertexCount()).isEqualTo(4);
        assertThat(g.arcCount()).isEqualTo(3);
        assertThat(g.outOffsets()).containsExactly(0, 1, 2, 3, 3);
        assertThat(g.outTargets()).containsExactly(1, 0, 1);
        assertThat(g.outWeights()).containsExactly(2.0, 3.0, 1.0);
        // in-rows: 0 <- 1 (3.0); 1 <- 0 (2.0), 2 (1.0)
        assertThat(g.inOffsets()).containsExactly(0, 1, 3, 3, 3);
        assertThat(g.inSources()).containsExactly(1, 0, 2);
        assertThat(g.inWeights()).containsExactly(3.0, 2.0, 1.0);
    }

    @Test
    void undirectedCompanionMergesBothDirectionsOnce() {
        CompactGraph g = sample();
        // U: {0,1} (from both arcs, once), {1,2}; 3 isolated
        assertThat(g.neighbourOffsets()).containsExactly(0, 1, 3, 4, 4);
        assertThat(g.neighbours()).containsExactly(1, 0, 2, 1);
        assertThat(g.edgeCount()).isEqualTo(2);
        assertThat(g.degree(1)).isEqualTo(2);
        assertThat(g.degree(3)).isZero();
        assertThat(g.adjacent(2, 1)).isTrue();
        assertThat(g.adjacent(2, 0)).isFalse();
    }

    @Test
    void arcLookupIsDirected() {
        CompactGraph g = sample();
        assertThat(g.hasArc(2, 1)).isTrue();
        assertThat(g.hasArc(1, 2)).isFalse();
        assertThat(g.arcWeight(1, 0)).isEqualTo(3.0);
        assertThat(g.arcWeight(1, 2)).isZero();
        assertThat(g.inDegree(1)).isEqualTo(2);
        assertThat(g.outDegree(1)).isEqualTo(1);
    }

    @Test
    void emptyGraphAndOneVertex() {
        CompactGraph empty = CompactGraph.of(0, new int[0], new int[0], new double[0]);
        assertThat(empty.vertexCount()).isZero();
        assertThat(empty.outOffsets()).containsExactly(0);
        CompactGraph one = CompactGraph.of(1, new int[0], new int[0], new double[0]);
        assertThat(one.degree(0)).isZero();
        assertThat(one.neighbourOffsets()).containsExactly(0, 0);
    }

    @Test
    void rejectsSelfLoopsRepeatsAndStrangers() {
        assertThatThrownBy(() -> CompactGraph.of(2, new int[] {1}, new int[] {1}, new double[] {1}))
                .hasMessageContaining("self-loop");
        assertThatThrownBy(() -> CompactGraph.of(2, new int[] {0, 0}, new int[] {1, 1}, new double[] {1, 2}))
                .hasMessageContaining("repeated arc 0 -> 1");
        assertThatThrownBy(() -> CompactGraph.of(2, new int[] {0}, new int[] {2}, new double[] {1}))
                .hasMessageContaining("vertex range");
    }

    @Test
    void sortedArcsGiveTheSameGraphAndShareTheirArrays() {
        // the sample's arcs in (source, target) order: 0->1 (2.0), 1->0 (3.0), 2->1 (1.0)
        int[] targets = {1, 0, 1};
        double[] weights = {2.0, 3.0, 1.0};
        CompactGraph sorted = CompactGraph.ofSorted(4, new int[] {0, 1, 2}, targets, weights);
        CompactGraph g = sample();
        assertThat(sorted.outOffsets()).containsExactly(g.outOffsets());
        assertThat(sorted.outTargets()).isSameAs(targets).containsExactly(g.outTargets());
        assertThat(sorted.outWeights()).isSameAs(weights).containsExactly(g.outWeights());
        assertThat(sorted.inOffsets()).containsExactly(g.inOffsets());
        assertThat(sorted.inSources()).containsExactly(g.inSources());
        assertThat(sorted.inWeights()).containsExactly(g.inWeights());
        assertThat(sorted.neighbourOffsets()).containsExactly(g.neighbourOffsets());
        assertThat(sorted.neighbours()).containsExactly(g.neighbours());
        CompactGraph none = CompactGraph.ofSorted(2, new int[0], new int[0], new double[0]);
        assertThat(none.arcCount()).isZero();
        assertThat(none.neighbourOffsets()).containsExactly(0, 0, 0);
    }

    @Test
    void sortedArcsOutOfOrderOrRepeatedAreRejected() {
        assertThatThrownBy(() -> CompactGraph.ofSorted(3, new int[] {1, 0}, new int[] {0, 1}, new double[] {1, 1}))
                .hasMessageContaining("out of (source, target) order");
        assertThatThrownBy(() -> CompactGraph.ofSorted(3, new int[] {0, 0}, new int[] {2, 1}, new double[] {1, 1}))
                .hasMessageContaining("out of (source, target) order");
        assertThatThrownBy(() -> CompactGraph.ofSorted(3, new int[] {0, 0}, new int[] {1, 1}, new double[] {1, 1}))
                .hasMessageContaining("repeated");
        assertThatThrownBy(() -> CompactGraph.ofSorted(2, new int[] {1}, new int[] {1}, new double[] {1}))
                .hasMessageContaining("self-loop");
    }
}
