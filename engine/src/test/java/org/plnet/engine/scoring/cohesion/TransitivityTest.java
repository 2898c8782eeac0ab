package org.plnet.engine.scoring.cohesion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.plnet.engine.scoring.TestGraphs.graph;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.GraphMetrics;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.scoring.TestGraphs;

class TransitivityTest {

    @Test
    void noConnectedTripleIsUndefined() {
        // Empty graph, one person, one tie: no vertex with two neighbours, P = 0.
        assertThat(Transitivity.compute(graph(0)).value()).isNull();
        assertThat(Transitivity.compute(graph(1)).value()).isNull();
        assertThat(Transitivity.compute(graph(4, 0, 1)).value()).isNull();
    }

    @Test
    void openPathAndClosedTriangle() {
        // Path 0 - 1 - 2: P = 1, T = 0: 0. Triangle: P = 3 (one per centre), T = 1: 3/3 = 1.
        assertThat(Transitivity.compute(graph(3, 0, 1, 1, 2)).value()).isEqualTo(0.0);
        assertThat(Transitivity.compute(graph(3, 0, 1, 1, 2, 0, 2)).value()).isEqualTo(1.0);
    }

    @Test
    void directionIsIgnored() {
        // The cycle 0 -> 1 -> 2 -> 0 and the transitive triad 0 -> 1, 1 -> 2, 0 -> 2 have the same U, a triangle;
        // reciprocated arcs add no edge.
        assertThat(Transitivity.compute(graph(3, 0, 1, 1, 2, 2, 0)).value()).isEqualTo(1.0);
        assertThat(Transitivity.compute(graph(3, 0, 1, 1, 0, 1, 2, 2, 0)).triangles()).isEqualTo(1);
    }

    @Test
    void triangleBesideAPathAndIsolates() {
        // Triangle {0,1,2} with pendant 2 - 3, a second component 4 - 5 - 6, isolate 7.
        // Degrees 2, 2, 3, 1, 1, 2, 1, 0: P = 1 + 1 + 3 + 0 + 0 + 1 + 0 + 0 = 6, T = 1: 3/6 = 0.5.
        Transitivity t = Transitivity.compute(graph(8, 0, 1, 1, 2, 2, 0, 2, 3, 4, 5, 5, 6));
        assertThat(t.triangles()).isEqualTo(1);
        assertThat(t.connectedTriples()).isEqualTo(6);
        assertThat(t.value()).isEqualTo(0.5);
    }

    @Test
    void handStudyOfTheConformanceSuite() {
        // U degrees 2, 3, 1, 1, 0, 3, 1, 1: P = 1 + 3 + 3 = 7, no triangle: 0.
        Transitivity t = Transitivity.compute(TestGraphs.handStudy());
        assertThat(t.connectedTriples()).isEqualTo(7);
        assertThat(t.value()).isEqualTo(0.0);
    }

    @Test
    void karateClub() {
        // networkx 3.6.1: nx.transitivity(nx.karate_club_graph()) = 0.2556818181818182 = 3 * 45 / 528.
        Transitivity t = Transitivity.compute(TestGraphs.karateClub());
        assertThat(t.triangles()).isEqualTo(45);
        assertThat(t.connectedTriples()).isEqualTo(528);
        assertThat(t.value()).isEqualTo(0.2556818181818182);
    }

    @Test
    void agreesWithJGraphTOnRandomGraphs() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 20; round++) {
            int n = 3 + random.nextInt(60);
            double p = random.nextDouble() * 0.5;
            int[] arcs = new int[2 * n * n];
            int m = 0;
            Graph<Integer, DefaultEdge> reference = new SimpleGraph<>(DefaultEdge.class);
            for (int v = 0; v < n; v++) {
                reference.addVertex(v);
            }
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    double pu = u % 7 == 0 ? 0.9 : p;
                    if (u != v && random.nextDouble() < pu) {
                        arcs[m++] = u;
                        arcs[m++] = v;
                        reference.addEdge(u, v);
                    }
                }
            }
            CompactGraph g = graph(n, Arrays.copyOf(arcs, m));
            Transitivity t = Transitivity.compute(g);
            assertThat(t.triangles()).isEqualTo(GraphMetrics.getNumberOfTriangles(reference));
            if (t.value() != null) {
                assertThat(t.value()).isCloseTo(
                        new ClusteringCoefficient<>(reference).getGlobalClusteringCoefficient(), within(1e-12));
            }
        }
    }
}
