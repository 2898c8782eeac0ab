package org.plnet.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.junit.jupiter.api.Test;

/** The JGraphT view behaves as a JGraphT graph: JGraphT's own algorithms run on it. */
class SparseDirectedGraphTest {

    // 0->1 (2), 1->2 (5), 2->0 (1), 3->4 (1); two weak components {0,1,2} and {3,4}, plus isolate 5
    private static SparseDirectedGraph sample() {
        return new SparseDirectedGraph(CompactGraph.of(6, new int[] {0, 1, 2, 3}, new int[] {1, 2, 0, 4},
                new double[] {2, 5, 1, 1}));
    }

    @Test
    void exposesVerticesEdgesAndWeights() {
        SparseDirectedGraph g = sample();
        assertThat(g.vertexSet()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(g.edgeSet()).hasSize(4);
        Integer e = g.getEdge(1, 2);
        assertThat(g.getEdgeSource(e)).isEqualTo(1);
        assertThat(g.getEdgeTarget(e)).isEqualTo(2);
        assertThat(g.getEdgeWeight(e)).isEqualTo(5.0);
        assertThat(g.getEdge(2, 1)).isNull();
        assertThat(g.containsEdge(2, 0)).isTrue();
        assertThat(g.incomingEdgesOf(0)).containsExactly(g.getEdge(2, 0));
        assertThat(g.outgoingEdgesOf(0)).containsExactly(g.getEdge(0, 1));
        assertThat(g.degreeOf(0)).isEqualTo(2);
        assertThat(g.getType().isDirected()).isTrue();
        assertThat(g.getType().isModifiable()).isFalse();
    }

    @Test
    void jgraphtAlgorithmsRunOnTheView() {
        SparseDirectedGraph g = sample();
        List<java.util.Set<Integer>> components = new ConnectivityInspector<>(g).connectedSets();
        assertThat(components).hasSize(3);
        // 0 -> 1 -> 2 costs 2 + 5 = 7
        assertThat(new DijkstraShortestPath<>(g).getPathWeight(0, 2)).isEqualTo(7.0);
    }

    @Test
    void isReadOnly() {
        SparseDirectedGraph g = sample();
        assertThatThrownBy(() -> g.addVertex(9)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> g.removeEdge(0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
