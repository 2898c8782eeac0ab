package org.plnet.engine.scoring.structuralholes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.plnet.engine.scoring.TestGraphs.graph;
import static org.plnet.engine.scoring.TestGraphs.handStudy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.plnet.engine.graph.CompactGraph;

class StructuralHolesTest {

    private static final double EPS = 1e-12;

    @Test
    void emptyGraphScoresNobody() {
        assertThat(StructuralHoles.compute(graph(0)).size()).isZero();
    }

    @Test
    void isolatesAreUndefined() {
        // One person, and two isolates beside a tie: d = 0, no p_ij: null, never NaN.
        StructuralHoles one = StructuralHoles.compute(graph(1));
        assertThat(one.constraint(0)).isNull();
        assertThat(one.effectiveSize(0)).isNull();
        StructuralHoles s = StructuralHoles.compute(graph(4, 0, 1));
        assertThat(s.constraint(2)).isNull();
        assertThat(s.effectiveSize(3)).isNull();
        // The tie 0 - 1: d = 1, p = 1, no common neighbour: c = 1^2 = 1, e = 1 - 0 = 1.
        assertThat(s.constraint(0)).isEqualTo(1.0);
        assertThat(s.effectiveSize(1)).isEqualTo(1.0);
    }

    @Test
    void starCentreIsLeastConstrained() {
        // Centre 0 with leaves 1, 2, 3: d = 3, p = 1/3, leaves unlinked: c = 3 (1/3)^2 = 1/3; e = 3 - 0 = 3.
        // A leaf: d = 1: c = 1, e = 1.
        StructuralHoles s = StructuralHoles.compute(graph(4, 0, 1, 0, 2, 0, 3));
        assertThat(s.constraint(0)).isCloseTo(1.0 / 3, within(EPS));
        assertThat(s.effectiveSize(0)).isEqualTo(3.0);
        assertThat(s.constraint(2)).isEqualTo(1.0);
        assertThat(s.effectiveSize(2)).isEqualTo(1.0);
    }

    @Test
    void triangleIsFullyRedundant() {
        // Triangle 0 1 2: d = 2, p = 1/2. For j = 1 the common neighbour q = 2 (d = 2):
        // p_01 + p_02 p_21 = 1/2 + 1/4 = 3/4; c = 2 (3/4)^2 = 9/8. t = 1: e = 2 - 2/2 = 1.
        StructuralHoles s = StructuralHoles.compute(graph(3, 0, 1, 1, 2, 2, 0));
        for (int v = 0; v < 3; v++) {
            assertThat(s.constraint(v)).isCloseTo(9.0 / 8, within(EPS));
            assertThat(s.effectiveSize(v)).isEqualTo(1.0);
        }
    }

    @Test
    void directionIsIgnored() {
        // U of {0 -> 1, 1 -> 2} and of {1 -> 0, 1 <-> 2} is the same path 0 - 1 - 2.
        StructuralHoles a = StructuralHoles.compute(graph(3, 0, 1, 1, 2));
        StructuralHoles b = StructuralHoles.compute(graph(3, 1, 0, 1, 2, 2, 1));
        for (int v = 0; v < 3; v++) {
            assertThat(a.constraint(v)).isEqualTo(b.constraint(v));
            assertThat(a.effectiveSize(v)).isEqualTo(b.effectiveSize(v));
        }
        // Middle: d = 2, ends unlinked: c = 2 (1/2)^2 = 1/2, e = 2.
        assertThat(a.constraint(1)).isEqualTo(0.5);
        assertThat(a.effectiveSize(1)).isEqualTo(2.0);
    }

    @Test
    void handStudyOfTheConformanceSuite() {
        // spec/conformance/hand-study, a1 a2 a3 a4 a5 b1 b2 b3 = 0..7. U: a1-a3, a1-a2, a2-a4, a2-b1,
        // b1-b2, b1-b3; no triangle. a1: d 2, c = 2/4 = 0.5, e 2. a2, b1: d 3, c = 3/9 = 1/3, e 3.
        // a3, a4, b2, b3: d 1, c 1, e 1. a5: isolate, null.
        CompactGraph g = handStudy();
        StructuralHoles s = StructuralHoles.compute(g);
        double[] constraint = {0.5, 0.3333333333333333, 1.0, 1.0, Double.NaN, 0.3333333333333333, 1.0, 1.0};
        double[] effectiveSize = {2.0, 3.0, 1.0, 1.0, Double.NaN, 3.0, 1.0, 1.0};
        for (int v = 0; v < 8; v++) {
            if (v == 4) {
                assertThat(s.constraint(v)).isNull();
                assertThat(s.effectiveSize(v)).isNull();
            } else {
                assertThat(s.constraint(v)).isCloseTo(constraint[v], within(1e-15));
                assertThat(s.effectiveSize(v)).isCloseTo(effectiveSize[v], within(1e-15));
            }
        }
    }

    /**
     * Borgatti's example ego network (S. P. Borgatti 1997, "Structural holes: unpacking Burt's redundancy
     * measures", Connections 20(1):35–38), as used by the networkx tests of {@code constraint} and
     * {@code effective_size} (test_structuralholes.py). The expected values are those of networkx 3.6.1
     * {@code nx.constraint(G)} and {@code nx.effective_size(G)}; the tests there give G 0.400, A 0.595,
     * C 1 and effective sizes G 4.67, A 2.50, C 1, checked against UCINET.
     */
    @Test
    void borgattiExample() {
        List<String> names = List.of("A", "B", "C", "D", "E", "F", "G");
        String[][] edges = {{"A", "B"}, {"A", "F"}, {"A", "G"}, {"A", "E"}, {"E", "G"}, {"F", "G"}, {"B", "G"},
            {"B", "D"}, {"D", "G"}, {"G", "C"}};
        int[] arcs = new int[2 * edges.length];
        for (int k = 0; k < edges.length; k++) {
            arcs[2 * k] = names.indexOf(edges[k][0]);
            arcs[2 * k + 1] = names.indexOf(edges[k][1]);
        }
        StructuralHoles s = StructuralHoles.compute(graph(7, arcs));
        // A by hand: N(A) = {B, E, F, G}, p = 1/4; d(B) = 3, d(E) = d(F) = 2, d(G) = 6.
        //   j = B, E, F: only common neighbour G: (1/4 + 1/4 * 1/6)^2 = (7/24)^2 = 49/576 each.
        //   j = G: common B, E, F: 1/4 + 1/4 (1/3 + 1/2 + 1/2) = 7/12; (7/12)^2 = 196/576.
        //   c_A = (3 * 49 + 196) / 576 = 343/576 = 0.595486...; t = 3 (B-G, E-G, F-G): e_A = 4 - 6/4 = 2.5.
        double[] constraint = {0.595486111111111, 0.6427469135802467, 1.0, 0.7847222222222223,
            0.7309027777777779, 0.7309027777777779, 0.40027006172839497};
        double[] effectiveSize = {2.5, 1.6666666666666667, 1.0, 1.0, 1.0, 1.0, 4.666666666666667};
        for (int v = 0; v < 7; v++) {
            assertThat(s.constraint(v)).as(names.get(v)).isCloseTo(constraint[v], within(EPS));
            assertThat(s.effectiveSize(v)).as(names.get(v)).isCloseTo(effectiveSize[v], within(EPS));
        }
        assertThat(s.constraint(0)).isCloseTo(343.0 / 576, within(EPS));
    }

    @Test
    void agreesWithTheDefinitionOnRandomGraphs() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 30; round++) {
            int n = 1 + random.nextInt(40);
            double p = random.nextDouble() * 0.5;
            int[] arcs = new int[2 * n * n];
            int m = 0;
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    // A few hubs make neighbour lists of very different lengths.
                    double pu = u % 9 == 0 ? 0.8 : p;
                    if (u != v && random.nextDouble() < pu) {
                        arcs[m++] = u;
                        arcs[m++] = v;
                    }
                }
            }
            CompactGraph g = graph(n, Arrays.copyOf(arcs, m));
            StructuralHoles s = StructuralHoles.compute(g);
            for (int i = 0; i < n; i++) {
                int d = g.degree(i);
                if (d == 0) {
                    assertThat(s.constraint(i)).isNull();
                    continue;
                }
                assertThat(s.constraint(i)).as("round %d vertex %d", round, i)
                        .isCloseTo(constraintByDefinition(g, i), within(EPS));
                assertThat(s.effectiveSize(i)).as("round %d vertex %d", round, i)
                        .isCloseTo(d - 2.0 * tiesAmongNeighbours(g, i) / d, within(EPS));
            }
        }
    }

    private static double p(CompactGraph g, int i, int j) {
        return g.adjacent(i, j) ? 1.0 / g.degree(i) : 0;
    }

    private static double constraintByDefinition(CompactGraph g, int i) {
        double c = 0;
        for (int j = 0; j < g.vertexCount(); j++) {
            if (j == i || !g.adjacent(i, j)) {
                continue;
            }
            double indirect = 0;
            for (int q = 0; q < g.vertexCount(); q++) {
                if (q != i && q != j) {
                    indirect += p(g, i, q) * p(g, q, j);
                }
            }
            c += (p(g, i, j) + indirect) * (p(g, i, j) + indirect);
        }
        return c;
    }

    private static int tiesAmongNeighbours(CompactGraph g, int i) {
        int t = 0;
        for (int j = 0; j < g.vertexCount(); j++) {
            for (int q = j + 1; q < g.vertexCount(); q++) {
                if (g.adjacent(i, j) && g.adjacent(i, q) && g.adjacent(j, q)) {
                    t++;
                }
            }
        }
        return t;
    }
}
