package org.plnet.reports.layout;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The repulsion of {@link FruchtermanReingoldLayout} approximated with a quadtree (Barnes and Hut 1986):
 * a square cell of side w whose centre of mass lies at distance d from a vertex v outside the cell acts on v
 * as one body of its mass m (the number of vertices in it) when w / d &lt; theta, adding m k^2 / d; closer
 * cells are opened and their vertices act one by one, as in the exact sum. With theta = {@value #THETA} a
 * round costs O(n log n) instead of O(n^2).
 *
 * <p>Deterministic: the tree depends only on the coordinates, and each vertex sums its own forces in the
 * same order of cells whatever thread computes it, so the layout is the same to the bit on any machine.
 * Vertices at one point (or closer than the deepest cell, {@value #MAX_DEPTH} halvings) share a leaf and
 * push each other apart along a direction fixed by their indices, as in the exact sum.
 *
 * <p>J. Barnes and P. Hut (1986), A hierarchical O(N log N) force-calculation algorithm, <i>Nature</i> 324,
 * 446–449.
 */
final class BarnesHutTree {

    static final double THETA = 1.2;
    private static final int MAX_DEPTH = 40;
    /** Vertices per parallel task; fixed, so the cut does not depend on the machine. */
    private static final int TASK = 256;

    private final int[] next; // the next vertex in the same leaf, -1 at the end
    private int cells;
    private double[] sumX = new double[0];
    private double[] sumY = new double[0];
    private double[] cornerX = new double[0];
    private double[] cornerY = new double[0];
    private double[] width = new double[0];
    private int[] mass = new int[0];
    private int[] firstChild = new int[0]; // -1 for a leaf; otherwise four consecutive cells
    private int[] firstVertex = new int[0]; // a leaf's vertices, linked by next
    private int[] depth = new int[0];

    BarnesHutTree(int n) {
        next = new int[n];
        grow(Math.max(16, 2 * n));
    }

    /** Builds the tree of the points (x[v], y[v]). */
    void build(double[] x, double[] y) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < x.length; v++) {
            minX = Math.min(minX, x[v]);
            maxX = Math.max(maxX, x[v]);
            minY = Math.min(minY, y[v]);
            maxY = Math.max(maxY, y[v]);
        }
        double side = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9) * (1 + 1e-9);
        cells = 0;
        int root = newCell(minX, minY, side, 0);
        for (int v = 0; v < x.length; v++) {
            insert(root, v, x, y);
        }
    }

    private void insert(int root, int v, double[] x, double[] y) {
        int c = root;
        while (true) {
            mass[c]++;
            sumX[c] += x[v];
            sumY[c] += y[v];
            if (firstChild[c] < 0) {
                if (mass[c] == 1 || depth[c] >= MAX_DEPTH) {
                    next[v] = firstVertex[c];
                    firstVertex[c] = v;
                    return;
                }
                // split the leaf: its one vertex moves into a child
                int old = firstVertex[c];
                firstVertex[c] = -1;
                double half = width[c] / 2;
                int first = cells;
                for (int q = 0; q < 4; q++) {
                    newCell(cornerX[c] + (q & 1) * half, cornerY[c] + (q >> 1) * half, half, depth[c] + 1);
                }
                firstChild[c] = first;
                int oc = first + quadrant(c, x[old], y[old]);
                mass[oc] = 1;
                sumX[oc] = x[old];
                sumY[oc] = y[old];
                next[old] = -1;
                firstVertex[oc] = old;
            }
            c = firstChild[c] + quadrant(c, x[v], y[v]);
        }
    }

    private int quadrant(int c, double px, double py) {
        double half = width[c] / 2;
        int q = px >= cornerX[c] + half ? 1 : 0;
        return py >= cornerY[c] + half ? q + 2 : q;
    }

    private int newCell(double cx, double cy, double side, int level) {
        if (cells == mass.length) {
            grow(2 * cells);
        }
        int c = cells++;
        cornerX[c] = cx;
        cornerY[c] = cy;
        width[c] = side;
        depth[c] = level;
        mass[c] = 0;
        sumX[c] = 0;
        sumY[c] = 0;
        firstChild[c] = -1;
        firstVertex[c] = -1;
        return c;
    }

    private void grow(int size) {
        sumX = Arrays.copyOf(sumX, size);
        sumY = Arrays.copyOf(sumY, size);
        cornerX = Arrays.copyOf(cornerX, size);
        cornerY = Arrays.copyOf(cornerY, size);
        width = Arrays.copyOf(width, size);
        mass = Arrays.copyOf(mass, size);
        firstChild = Arrays.copyOf(firstChild, size);
        firstVertex = Arrays.copyOf(firstVertex, size);
        depth = Arrays.copyOf(depth, size);
    }

    /** Adds the approximate repulsion k^2 / d on every vertex to (dx, dy); vertices in parallel. */
    void repel(double[] x, double[] y, double k, double[] dx, double[] dy) {
        int n = x.length;
        int tasks = (n + TASK - 1) / TASK;
        IntStream.range(0, tasks).parallel().forEach(t -> {
            int[] stack = new int[4 * MAX_DEPTH + 8];
            for (int v = t * TASK; v < Math.min(n, (t + 1) * TASK); v++) {
                force(v, x, y, k * k, stack, dx, dy);
            }
        });
    }

    private void force(int v, double[] x, double[] y, double k2, int[] stack, double[] dx, double[] dy) {
        double px = x[v];
        double py = y[v];
        double fx = 0;
        double fy = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int c = stack[--top];
            if (mass[c] == 0) {
                continue;
            }
            if (firstChild[c] < 0) {
                for (int u = firstVertex[c]; u >= 0; u = next[u]) {
                    if (u == v) {
                        continue;
                    }
                    double ex = px - x[u];
                    double ey = py - y[u];
                    double d2 = ex * ex + ey * ey;
                    if (d2 < 1e-18) {
                        // coincident: the direction of the exact sum, by the pair's indices
                        int a = Math.min(u, v);
                        int b = Math.max(u, v);
                        double sign = v == a ? 1 : -1;
                        ex = sign * 1e-6 * (1 + (a % 7));
                        ey = sign * 1e-6 * (1 + (b % 5));
                        d2 = ex * ex + ey * ey;
                    }
                    double f = k2 / d2;
                    fx += ex * f;
                    fy += ey * f;
                }
                continue;
            }
            double cx = sumX[c] / mass[c];
            double cy = sumY[c] / mass[c];
            double ex = px - cx;
            double ey = py - cy;
            double d2 = ex * ex + ey * ey;
            double w = width[c];
            boolean inside = px >= cornerX[c] && px < cornerX[c] + w && py >= cornerY[c] && py < cornerY[c] + w;
            if (!inside && w * w < THETA * THETA * d2) {
                double f = mass[c] * k2 / d2;
                fx += ex * f;
                fy += ey * f;
            } else {
                int first = firstChild[c];
                for (int q = 3; q >= 0; q--) {
                    stack[top++] = first + q;
                }
            }
        }
        dx[v] += fx;
        dy[v] += fy;
    }
}
