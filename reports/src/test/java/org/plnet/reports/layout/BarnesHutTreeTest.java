package org.plnet.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BarnesHutTreeTest {

    private static double[][] points(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int v = 0; v < n; v++) {
            // clustered like a drawing of schools: 20 blobs
            int blob = v % 20;
            x[v] = 0.5 + 0.4 * Math.cos(blob) + 0.05 * r.nextGaussian();
            y[v] = 0.5 + 0.4 * Math.sin(blob) + 0.05 * r.nextGaussian();
        }
        return new double[][] {x, y};
    }

    @Test
    void approximatesTheExactRepulsionClosely() {
        int n = 2000;
        double[][] p = points(n, 3);
        double k = 0.9 * Math.sqrt(1.0 / n);
        double[] ex = new double[n];
        double[] ey = new double[n];
        FruchtermanReingoldLayout.repel(p[0], p[1], k, ex, ey);
        double[] ax = new double[n];
        double[] ay = new double[n];
        BarnesHutTree tree = new BarnesHutTree(n);
        tree.build(p[0], p[1]);
        tree.repel(p[0], p[1], k, ax, ay);
        // relative error of the whole force field, sqrt(sum |a - e|^2 / sum |e|^2): 5.5 % here with theta 1.2,
        // plenty for a drawing, whose forces only steer a cooling walk
        double err = 0;
        double norm = 0;
        for (int v = 0; v < n; v++) {
            err += (ax[v] - ex[v]) * (ax[v] - ex[v]) + (ay[v] - ey[v]) * (ay[v] - ey[v]);
            norm += ex[v] * ex[v] + ey[v] * ey[v];
        }
        assertThat(Math.sqrt(err / norm)).isLessThan(0.08);
    }

    @Test
    void coincidentPointsPushApartAsInTheExactSum() {
        double[] x = {0.3, 0.3, 0.7};
        double[] y = {0.4, 0.4, 0.9};
        double[] ex = new double[3];
        double[] ey = new double[3];
        FruchtermanReingoldLayout.repel(x, y, 0.1, ex, ey);
        double[] ax = new double[3];
        double[] ay = new double[3];
        BarnesHutTree tree = new BarnesHutTree(3);
        tree.build(x, y);
        tree.repel(x, y, 0.1, ax, ay);
        for (int v = 0; v < 3; v++) {
            assertThat(ax[v]).isCloseTo(ex[v], org.assertj.core.api.Assertions.withinPercentage(1e-6));
            assertThat(ay[v]).isCloseTo(ey[v], org.assertj.core.api.Assertions.withinPercentage(1e-6));
        }
    }

    @Test
    void largeLayoutsAreTheSameOnEveryRun() {
        int n = 1200; // above EXACT_UP_TO, so the tree is used
        assertThat(n).isGreaterThan(FruchtermanReingoldLayout.EXACT_UP_TO);
        Random r = new Random(5);
        int[] deg = new int[n];
        int[][] edges = new int[3 * n][];
        for (int e = 0; e < edges.length; e++) {
            int u = r.nextInt(n);
            int v = (u / 40) * 40 + r.nextInt(40);
            v = v >= n || v == u ? (u + 1) % n : v;
            edges[e] = new int[] {u, v};
            deg[u]++;
            deg[v]++;
        }
        int[] off = new int[n + 1];
        for (int v = 0; v < n; v++) {
            off[v + 1] = off[v] + deg[v];
        }
        int[] nb = new int[off[n]];
        int[] at = off.clone();
        for (int[] e : edges) {
            nb[at[e[0]]++] = e[1];
            nb[at[e[1]]++] = e[0];
        }
        int[] group = new int[n];
        for (int v = 0; v < n; v++) {
            group[v] = v / 40;
        }
        Layout a = FruchtermanReingoldLayout.compute(off, nb, group, 9);
        Layout b = FruchtermanReingoldLayout.compute(off, nb, group, 9);
        for (int v = 0; v < n; v++) {
            assertThat(a.x(v)).isEqualTo(b.x(v));
            assertThat(a.y(v)).isEqualTo(b.y(v));
            assertThat(a.x(v)).isBetween(0.0, 1.0);
            assertThat(a.y(v)).isBetween(0.0, 1.0);
        }
    }
}
