package org.plnet.engine.scoring.cohesion;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.plnet.engine.graph.CompactGraph;

/**
 * The transitivity (global clustering coefficient) of the undirected graph U: 3T / P, with T the number
 * of triangles of U and P the number of connected triples, paths j - i - k centred on any i, so
 * P = sum over i of d_i (d_i - 1) / 2 for degree d_i. It is the share of connected triples that are
 * closed. {@code null} when P = 0 (no vertex has two neighbours).
 *
 * <p>Triangles are counted once each by the forward algorithm: vertices are ranked by (degree, index)
 * and a triangle is found from its lowest-ranked vertex v as a common higher-ranked neighbour of v and of
 * a higher-ranked neighbour u of v. Every vertex has at most sqrt(2m) higher-ranked neighbours, so the
 * time is O(m^1.5); memory O(n + m) plus one marker array of length n per parallel task. Vertices run in
 * parallel and the counts are exact integers.
 *
 * <p>References: S. Wasserman and K. Faust (1994), Social Network Analysis, Cambridge University Press;
 * M. E. J. Newman, S. H. Strogatz and D. J. Watts (2001), "Random graphs with arbitrary
 * degree distributions and their applications", Physical Review E 64:026118; T. Schank and D. Wagner
 * (2005), "Finding, counting and listing all triangles in large graphs, an experimental study", WEA 2005,
 * LNCS 3503:606–609.
 *
 * @param triangles        T, the number of triangles of U
 * @param connectedTriples P, the number of paths of length 2 of U (each counted once, by its centre)
 */
public record Transitivity(long triangles, long connectedTriples) {

    /** Counts the triangles and connected triples of U. */
    public static Transitivity compute(CompactGraph g) {
        int n = g.vertexCount();
        int[] offsets = g.neighbourOffsets();
        int[] nbrs = g.neighbours();
        long triples = 0;
        for (int v = 0; v < n; v++) {
            long d = g.degree(v);
            triples += d * (d - 1) / 2;
        }
        // fwd(v): the neighbours ranked above v, ascending by index like the rows of U.
        int[] fwdOffsets = new int[n + 1];
        int[] fwd = new int[g.edgeCount()];
        int size = 0;
        for (int v = 0; v < n; v++) {
            fwdOffsets[v] = size;
            for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                int u = nbrs[k];
                if (rankedAbove(g, u, v)) {
                    fwd[size++] = u;
                }
            }
        }
        fwdOffsets[n] = size;
        // Each task takes every tasks-th vertex v, marks fwd(v) and scans fwd(u) of each u in fwd(v).
        int tasks = Math.min(n, 4 * ForkJoinPool.getCommonPoolParallelism());
        long triangles = IntStream.range(0, tasks).parallel().mapToLong(task -> {
            int[] mark = new int[n];
            long found = 0;
            for (int v = task; v < n; v += tasks) {
                int stamp = v + 1;
                for (int k = fwdOffsets[v]; k < fwdOffsets[v + 1]; k++) {
                    mark[fwd[k]] = stamp;
                }
                for (int k = fwdOffsets[v]; k < fwdOffsets[v + 1]; k++) {
                    int u = fwd[k];
                    for (int t = fwdOffsets[u]; t < fwdOffsets[u + 1]; t++) {
                        if (mark[fwd[t]] == stamp) {
                            found++;
                        }
                    }
                }
            }
            return found;
        }).sum();
        return new Transitivity(triangles, triples);
    }

    /** 3T / P; {@code null} when P = 0. */
    public Double value() {
        return connectedTriples == 0 ? null : (double) (3 * triangles) / connectedTriples;
    }

    private static boolean rankedAbove(CompactGraph g, int u, int v) {
        int du = g.degree(u);
        int dv = g.degree(v);
        return du > dv || du == dv && u > v;
    }
}
