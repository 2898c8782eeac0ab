package org.plnet.reports.layout;

import java.util.Random;

/**
 * Force-directed placement of Fruchterman and Reingold (1991), on primitive arrays, seeded and
 * deterministic: the same graph and seed give the same coordinates, bit for bit.
 *
 * <p>With n tied vertices and ideal distance k = C sqrt(1/n), every pair of vertices repels with force
 * f_r(d) = k^2 / d and every edge attracts its ends with f_a(d) = d^2 / k, d being their distance. Each
 * iteration moves every vertex along the sum of its forces, by at most the temperature t, which falls
 * linearly from 0.1 to 0. Unlike the original (and JGraphT's {@code FRLayoutAlgorithm2D}), vertices are not
 * clamped to a frame, which piles small components up along its edges; instead a gravity f_g(d) = g d pulls
 * every vertex towards the centre, as in ForceAtlas2 (Jacomy et al. 2014), so disconnected parts stay near
 * the rest. Vertices without any edge are not laid out: they go into evenly spaced rows along the bottom,
 * where a reader sees at once who has no tie. Finally each axis is scaled onto [0, 1], so the drawing fills
 * its box.
 *
 * <p>Vertices of the same group (a school) start near each other on a circle of groups, so that schools
 * tied mostly inside themselves come out as visible clusters. Up to {@value #EXACT_UP_TO} tied vertices
 * every pair repels exactly, O(n^2 + m) per round; above, a Barnes–Hut quadtree ({@link BarnesHutTree})
 * approximates the repulsion in O(n log n + m) per round. Memory is O(n + m). The number of rounds falls
 * with n (never below 40) so that a school's picture takes milliseconds and a network of many thousands of
 * people well under a second.
 *
 * <p>Fruchterman, T. M. J. &amp; Reingold, E. M. (1991). Graph drawing by force-directed placement.
 * <i>Software: Practice and Experience</i>, 21(11), 1129–1164. Jacomy, M., Venturini, T., Heymann, S. &amp;
 * Bastian, M. (2014). ForceAtlas2, a continuous graph layout algorithm. <i>PLoS ONE</i>, 9(6), e98679.
 */
public final class FruchtermanReingoldLayout {

    /** C of the ideal distance k = C sqrt(area / n). */
    private static final double SPREAD = 0.9;
    /** g of the gravity f_g(d) = g d. */
    private static final double GRAVITY = 3.0;
    private static final double START_TEMPERATURE = 0.1;
    private static final int MAX_ITERATIONS = 300;
    private static final int MIN_ITERATIONS = 40;
    /** Upper bound on n^2 x rounds of the exact sum, so that a report's many school pictures stay quick. */
    private static final double WORK_BUDGET = 3e6;
    /** Up to this many vertices every pair repels exactly; above, the Barnes–Hut tree approximates. */
    static final int EXACT_UP_TO = 500;
    /** Force terms per vertex and round of a Barnes–Hut pass, roughly, for the work budget. */
    private static final double TERMS_PER_LOG = 8.0;
    /** The work budget with the tree, lower than the exact one: a tree round needs fewer rounds to settle. */
    private static final double TREE_BUDGET = 4e7;
    private static final int ISOLATES_PER_ROW = 30;
    private static final double ROW_HEIGHT = 0.06;

    private FruchtermanReingoldLayout() {
    }

    /**
     * Lays out an undirected graph given in compressed sparse row form.
     *
     * @param offsets    n + 1 offsets into {@code neighbours}; vertex v's neighbours are
     *                   {@code neighbours[offsets[v] .. offsets[v+1])}
     * @param neighbours the neighbours of every vertex; each edge appears from both ends
     * @param group      each vertex's group (0, 1, ...) or -1 for none; decides only the starting positions
     * @param seed       the seed of the starting positions
     * @return coordinates in the unit square, y growing downwards
     */
    public static Layout compute(int[] offsets, int[] neighbours, int[] group, long seed) {
        int n = offsets.length - 1;
        if (group.length != n) {
            throw new IllegalArgumentException("one group per vertex expected");
        }
        // isolates go into rows along the bottom; the others are laid out above them
        int[] tied = new int[n];
        int[] isolates = new int[n];
        int t = 0;
        int i = 0;
        for (int v = 0; v < n; v++) {
            if (offsets[v + 1] > offsets[v]) {
                tied[t++] = v;
            } else {
                isolates[i++] = v;
            }
        }
        double[] x = new double[n];
        double[] y = new double[n];
        int rows = (i + ISOLATES_PER_ROW - 1) / ISOLATES_PER_ROW;
        double band = t == 0 ? 1.0 : Math.min(0.3, ROW_HEIGHT * rows);
        for (int k = 0; k < i; k++) {
            int row = k / ISOLATES_PER_ROW;
            int inRow = Math.min(ISOLATES_PER_ROW, i - row * ISOLATES_PER_ROW);
            x[isolates[k]] = inRow == 1 ? 0.5 : (double) (k % ISOLATES_PER_ROW) / (inRow - 1);
            if (t == 0) {
                y[isolates[k]] = rows == 1 ? 0.5 : (double) row / (rows - 1);
            } else {
                y[isolates[k]] = rows == 1 ? 1.0 : 1.0 - band + band * row / (rows - 1);
            }
        }
        if (t > 0) {
            int[] local = new int[n];
            java.util.Arrays.fill(local, -1);
            for (int k = 0; k < t; k++) {
                local[tied[k]] = k;
            }
            int[] localOffsets = new int[t + 1];
            int[] localNeighbours = new int[offsets[n]];
            int[] localGroup = new int[t];
            int at = 0;
            for (int k = 0; k < t; k++) {
                int v = tied[k];
                localGroup[k] = group[v];
                for (int j = offsets[v]; j < offsets[v + 1]; j++) {
                    localNeighbours[at++] = local[neighbours[j]];
                }
                localOffsets[k + 1] = at;
            }
            double[] lx = new double[t];
            double[] ly = new double[t];
            place(localOffsets, localNeighbours, localGroup, seed, lx, ly);
            double height = i == 0 ? 1.0 : 1.0 - band - ROW_HEIGHT;
            for (int k = 0; k < t; k++) {
                x[tied[k]] = lx[k];
                y[tied[k]] = ly[k] * height;
            }
        }
        return new Layout(x, y);
    }

    /** Fruchterman–Reingold with gravity on a graph without isolates; fills x and y with [0,1] coordinates. */
    private static void place(int[] offsets, int[] neighbours, int[] group, long seed, double[] x, double[] y) {
        int n = x.length;
        if (n == 1) {
            x[0] = 0.5;
            y[0] = 0.5;
            return;
        }
        start(group, new Random(seed), x, y);
        double k = SPREAD * Math.sqrt(1.0 / n);
        int iterations = iterations(n);
        BarnesHutTree tree = n <= EXACT_UP_TO ? null : new BarnesHutTree(n);
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int it = 0; it < iterations; it++) {
            double t = START_TEMPERATURE * (1.0 - (double) it / iterations);
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            if (n <= EXACT_UP_TO) {
                repel(x, y, k, dx, dy);
            } else {
                tree.build(x, y);
                tree.repel(x, y, k, dx, dy);
            }
            attract(offsets, neighbours, x, y, k, dx, dy);
            for (int v = 0; v < n; v++) {
                dx[v] -= GRAVITY * (x[v] - 0.5);
                dy[v] -= GRAVITY * (y[v] - 0.5);
                double len = Math.sqrt(dx[v] * dx[v] + dy[v] * dy[v]);
                if (len > 0) {
                    double step = Math.min(len, t) / len;
                    x[v] += dx[v] * step;
                    y[v] += dy[v] * step;
                }
            }
        }
        stretch(x);
        stretch(y);
    }

    /** Adds the repulsion k^2 / d between every pair of vertices to (dx, dy), exactly: O(n^2). */
    static void repel(double[] x, double[] y, double k, double[] dx, double[] dy) {
        int n = x.length;
        for (int v = 0; v < n; v++) {
            for (int u = v + 1; u < n; u++) {
                double ex = x[v] - x[u];
                double ey = y[v] - y[u];
                double d2 = ex * ex + ey * ey;
                if (d2 < 1e-18) {
                    // coincident: push apart along a direction fixed by the indices
                    ex = 1e-6 * (1 + (v % 7));
                    ey = 1e-6 * (1 + (u % 5));
                    d2 = ex * ex + ey * ey;
                }
                double f = k * k / d2; // f_r(d) / d
                dx[v] += ex * f;
                dy[v] += ey * f;
                dx[u] -= ex * f;
                dy[u] -= ey * f;
            }
        }
    }

    /**
     * The number of rounds: at most {@value #MAX_ITERATIONS}, fewer when the work (n^2 per round when
     * exact, about 8 n log2 n with the tree) would pass the budget, never below {@value #MIN_ITERATIONS}.
     */
    static int iterations(int n) {
        double perRound = n <= EXACT_UP_TO ? (double) n * n
                : TERMS_PER_LOG * n * (Math.log(n) / Math.log(2));
        double budget = n <= EXACT_UP_TO ? WORK_BUDGET : TREE_BUDGET;
        return (int) Math.max(MIN_ITERATIONS, Math.min(MAX_ITERATIONS, budget / perRound));
    }

    /** Adds the attraction d^2 / k along every edge to (dx, dy). */
    private static void attract(int[] offsets, int[] neighbours, double[] x, double[] y, double k, double[] dx,
                                double[] dy) {
        int n = x.length;
        for (int v = 0; v < n; v++) {
            for (int j = offsets[v]; j < offsets[v + 1]; j++) {
                int u = neighbours[j];
                if (u <= v) {
                    continue; // each edge once
                }
                double ex = x[v] - x[u];
                double ey = y[v] - y[u];
                double d = Math.sqrt(ex * ex + ey * ey);
                double f = d / k; // f_a(d) / d
                dx[v] -= ex * f;
                dy[v] -= ey * f;
                dx[u] += ex * f;
                dy[u] += ey * f;
            }
        }
    }

    /** Groups on a circle, each vertex jittered around its group's point; vertices without group anywhere. */
    private static void start(int[] group, Random random, double[] x, double[] y) {
        int groups = 0;
        for (int g : group) {
            groups = Math.max(groups, g + 1);
        }
        for (int v = 0; v < x.length; v++) {
            double jx = random.nextDouble() - 0.5;
            double jy = random.nextDouble() - 0.5;
            if (group[v] < 0 || groups < 2) {
                x[v] = 0.5 + 0.6 * jx;
                y[v] = 0.5 + 0.6 * jy;
            } else {
                double angle = 2 * Math.PI * group[v] / groups;
                x[v] = 0.5 + 0.3 * StrictMath.cos(angle) + 0.2 * jx;
                y[v] = 0.5 + 0.3 * StrictMath.sin(angle) + 0.2 * jy;
            }
        }
    }

    /** Scales the values onto [0, 1]; all 0.5 when they are equal. */
    private static void stretch(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : v) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = max > min ? (v[i] - min) / (max - min) : 0.5;
        }
    }
}
