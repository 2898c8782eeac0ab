package org.plnet.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plnet.engine.graph.CompactGraph;

class FruchtermanReingoldLayoutTest {

    /** Undirected graph on n vertices from edges {u, v}, both directions stored. */
    private static CompactGraph graph(int n, int... edges) {
        int[] from = new int[edges.length];
        int[] to = new int[edges.length];
        for (int k = 0; k < edges.length; k += 2) {
            from[k] = edges[k];
            to[k] = edges[k + 1];
            from[k + 1] = edges[k + 1];
            to[k + 1] = edges[k];
        }
        return CompactGraph.of(n, from, to, ones(edges.length));
    }

    private static double[] ones(int m) {
        double[] w = new double[m];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    private static Layout layout(CompactGraph g, int[] group, long seed) {
        return FruchtermanReingoldLayout.compute(g.neighbourOffsets(), g.neighbours(), group, seed);
    }

    @Test
    void emptyGraphAndOnePerson() {
        assertThat(layout(graph(0), new int[0], 1).size()).isZero();
        Layout one = layout(graph(1), new int[] {-1}, 1);
        assertThat(one.x(0)).isEqualTo(0.5);
        assertThat(one.y(0)).isEqualTo(0.5);
    }

    @Test
    void twoTiedPeopleSpanTheSquare() {
        // after the layout each axis is stretched onto [0, 1]: the two ends land on opposite corners
        Layout l = layout(graph(2, 0, 1), new int[] {0, 0}, 7);
        assertThat(new double[] {l.x(0), l.x(1)}).containsExactlyInAnyOrder(0.0, 1.0);
        assertThat(new double[] {l.y(0), l.y(1)}).containsExactlyInAnyOrder(0.0, 1.0);
    }

    @Test
    void isolatesGoInARowAlongTheBottom() {
        // 0-1-2 a path; 3 and 4 isolates
        Layout l = layout(graph(5, 0, 1, 1, 2), new int[] {0, 0, 0, 1, 1}, 3);
        assertThat(l.y(3)).isEqualTo(1.0);
        assertThat(l.y(4)).isEqualTo(1.0);
        assertThat(l.x(3)).isEqualTo(0.0);
        assertThat(l.x(4)).isEqualTo(1.0);
        for (int v = 0; v < 3; v++) {
            // the tied people fill [0, 1 - band - row] with band = row = 0.06
            assertThat(l.y(v)).isBetween(0.0, 0.88);
        }
    }

    @Test
    void onlyIsolatesAreSpreadInTheMiddle() {
        Layout l = layout(graph(3), new int[] {-1, -1, -1}, 3);
        assertThat(new double[] {l.x(0), l.x(1), l.x(2)}).containsExactly(0.0, 0.5, 1.0);
        assertThat(new double[] {l.y(0), l.y(1), l.y(2)}).containsOnly(0.5);
    }

    @Test
    void cliquesComeOutAsClusters() {
        // two 4-cliques {0..3} and {4..7} joined by the one edge 3-4
        CompactGraph g = graph(8, 0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3, 4, 5, 4, 6, 4, 7, 5, 6, 5, 7, 6, 7, 3, 4);
        Layout l = layout(g, new int[] {0, 0, 0, 0, 1, 1, 1, 1}, 11);
        double[][] centre = new double[2][2];
        for (int v = 0; v < 8; v++) {
            centre[v / 4][0] += l.x(v) / 4;
            centre[v / 4][1] += l.y(v) / 4;
        }
        for (int v = 0; v < 8; v++) {
            double own = Math.hypot(l.x(v) - centre[v / 4][0], l.y(v) - centre[v / 4][1]);
            double other = Math.hypot(l.x(v) - centre[1 - v / 4][0], l.y(v) - centre[1 - v / 4][1]);
            assertThat(own).as("vertex %d", v).isLessThan(other);
        }
    }

    @Test
    void sameSeedSameLayoutOtherSeedOtherLayout() {
        CompactGraph g = graph(6, 0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 2, 3);
        int[] groups = {0, 0, 0, 1, 1, -1};
        Layout a = layout(g, groups, 42);
        Layout b = layout(g, groups, 42);
        Layout c = layout(g, groups, 43);
        boolean differs = false;
        for (int v = 0; v < 6; v++) {
            assertThat(Double.doubleToLongBits(a.x(v))).isEqualTo(Double.doubleToLongBits(b.x(v)));
            assertThat(Double.doubleToLongBits(a.y(v))).isEqualTo(Double.doubleToLongBits(b.y(v)));
            assertThat(a.x(v)).isBetween(0.0, 1.0);
            assertThat(a.y(v)).isBetween(0.0, 1.0);
            differs |= a.x(v) != c.x(v);
        }
        assertThat(differs).isTrue();
    }
}
