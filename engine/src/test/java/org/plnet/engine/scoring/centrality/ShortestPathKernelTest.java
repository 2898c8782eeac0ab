package org.plnet.engine.scoring.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plnet.engine.graph.CompactGraph;

/**
 * The fast kernel of {@link ShortestPathCentrality} (direction-optimising search on D, level-wise
 * dependencies, 64 sources at once on U) gives the same bits as the plain textbook form it replaced: one
 * queue-based breadth-first search per source on D with a distance test per arc (Brandes 2001) and one per
 * source on U, with the per-chunk sums added in the same {@link DyadicSum} tree.
 */
class ShortestPathKernelTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void sameBitsAsOneSearchPerSourceOnSchoolShapedGraphs(long seed) {
        // 700 people in schools of 50 (the last of 0), each naming up to 6 others, 85 % in their own school;
        // 30 people name no one and 20 are named by no one, so some sources reach few and some are never
        // reached; 700 = 10 chunks of 64 and one of 60.
        CompactGraph g = schools(700, 50, 6, 0.85, seed);
        assertSameBits(g, ShortestPathCentrality.compute(g, 2));
    }

    @Test
    void sameBitsOnASymmetricGraph() {
        // Every tie both ways: D = U, so closeness comes from the levels of the search on D.
        CompactGraph d = schools(400, 50, 4, 0.85, 4);
        List<int[]> both = new ArrayList<>();
        for (int v = 0; v < 400; v++) {
            for (int k = d.outOffsets()[v]; k < d.outOffsets()[v + 1]; k++) {
                both.add(new int[] {v, d.outTargets()[k]});
                if (!hasArc(d, d.outTargets()[k], v)) {
                    both.add(new int[] {d.outTargets()[k], v});
                }
            }
        }
        CompactGraph g = of(400, both);
        assertThat(g.outTargets().length).isEqualTo(g.neighbours().length);
        assertSameBits(g, ShortestPathCentrality.compute(g, 2));
    }

    private static boolean hasArc(CompactGraph g, int u, int v) {
        return Arrays.binarySearch(g.outTargets(), g.outOffsets()[u], g.outOffsets()[u + 1], v) >= 0;
    }

    @Test
    void sameBitsOnASparseGraphWithLongPaths() {
        // Average out-degree 1.3: long, thin searches that stay top-down for many levels.
        CompactGraph g = schools(300, 300, 1, 0.0, 9);
        assertSameBits(g, ShortestPathCentrality.compute(g, 1));
    }

    @Test
    void sameBitsOnAGraphWithVeryManyShortestPaths() {
        // A ladder of 40 layers of 4 people, every person naming all 4 of the next layer: 4^38 = 2^76
        // shortest paths from a person of the first layer to one of the last, more than a long holds (so
        // sigma is a double); powers of two, so the doubles are still exact.
        int layers = 40;
        int width = 4;
        List<int[]> arcs = new ArrayList<>();
        for (int l = 0; l + 1 < layers; l++) {
            for (int a = 0; a < width; a++) {
                for (int b = 0; b < width; b++) {
                    arcs.add(new int[] {l * width + a, (l + 1) * width + b});
                }
            }
        }
        CompactGraph g = of(layers * width, arcs);
        ShortestPathScores s = ShortestPathCentrality.compute(g, 2);
        assertSameBits(g, s);
        // Hand check of one figure: a person of layer 1 lies on 1/4 of the shortest paths from each of the 4
        // people of layer 0 to each of the 38 x 4 people beyond layer 1: 4 x 152 / 4 = 152.
        assertThat(s.betweenness(width)).isEqualTo(152.0);
    }

    private static void assertSameBits(CompactGraph g, ShortestPathScores fast) {
        int n = g.vertexCount();
        double[] closeness = new double[n];
        double[] harmonic = new double[n];
        DyadicSum sum = new DyadicSum();
        int chunks = ShortestPathPartial.chunks(n);
        for (int c = 0; c < chunks; c++) {
            double[] sink = new double[n];
            for (int s = c * ShortestPathCentrality.CHUNK; s < Math.min(n, (c + 1) * ShortestPathCentrality.CHUNK); s++) {
                brandes(g, s, sink);
                distances(g, s, closeness, harmonic);
            }
            sum.add(new DyadicSum.Block(c, 0, sink));
        }
        double[] betweenness = sum.total(n);
        for (int v = 0; v < n; v++) {
            assertThat(Double.doubleToRawLongBits(fast.betweenness(v))).as("betweenness of %d", v)
                    .isEqualTo(Double.doubleToRawLongBits(betweenness[v]));
            assertThat(Double.doubleToRawLongBits(fast.closeness(v))).as("closeness of %d", v)
                    .isEqualTo(Double.doubleToRawLongBits(closeness[v]));
            assertThat(Double.doubleToRawLongBits(fast.harmonicCloseness(v))).as("harmonic closeness of %d", v)
                    .isEqualTo(Double.doubleToRawLongBits(harmonic[v]));
        }
        assertThat(Arrays.stream(betweenness).max().orElse(0)).as("someone brokers").isGreaterThan(0);
    }

    /** The reference: Brandes's accumulation after a queue-based search, testing dist on every arc. */
    private static void brandes(CompactGraph g, int s, double[] sink) {
        int n = g.vertexCount();
        int[] off = g.outOffsets();
        int[] adj = g.outTargets();
        int[] order = new int[n];
        int[] dist = new int[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        Arrays.fill(dist, -1);
        order[0] = s;
        dist[s] = 0;
        sigma[s] = 1;
        int tail = 1;
        for (int head = 0; head < tail; head++) {
            int v = order[head];
            for (int k = off[v]; k < off[v + 1]; k++) {
                int w = adj[k];
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    order[tail++] = w;
                }
                if (dist[w] == dist[v] + 1) {
                    sigma[w] += sigma[v];
                }
            }
        }
        for (int i = tail - 1; i > 0; i--) {
            int v = order[i];
            double total = 0;
            for (int k = off[v]; k < off[v + 1]; k++) {
                int w = adj[k];
                if (dist[w] == dist[v] + 1) {
                    total += (1 + delta[w]) / sigma[w];
                }
            }
            delta[v] = sigma[v] * total;
            sink[v] += delta[v];
        }
    }

    /** The reference closeness and harmonic closeness of s: one search on U, summed level by level. */
    private static void distances(CompactGraph g, int s, double[] closeness, double[] harmonic) {
        int n = g.vertexCount();
        int[] off = g.neighbourOffsets();
        int[] adj = g.neighbours();
        int[] order = new int[n];
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        order[0] = s;
        dist[s] = 0;
        int tail = 1;
        for (int head = 0; head < tail; head++) {
            int v = order[head];
            for (int k = off[v]; k < off[v + 1]; k++) {
                if (dist[adj[k]] < 0) {
                    dist[adj[k]] = dist[v] + 1;
                    order[tail++] = adj[k];
                }
            }
        }
        long total = 0;
        double inverseSum = 0;
        int level = 1;
        int atLevel = 0;
        for (int i = 1; i < tail; i++) {
            int d = dist[order[i]];
            total += d;
            if (d != level) {
                inverseSum += (double) atLevel / level;
                level = d;
                atLevel = 0;
            }
            atLevel++;
        }
        inverseSum += (double) atLevel / level;
        int reached = tail - 1;
        closeness[s] = reached == 0 ? 0 : ((double) reached / total) * ((double) reached / (n - 1));
        harmonic[s] = n < 2 ? 0 : inverseSum / (n - 1);
    }

    /** People in schools of {@code school}, each naming {@code ties} others, share {@code inside} colleagues. */
    private static CompactGraph schools(int n, int school, int ties, double inside, long seed) {
        Random random = new Random(seed);
        List<int[]> arcs = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            if (u % 23 == 5) {
                continue; // names no one
            }
            int start = u / school * school;
            int size = Math.min(school, n - start);
            java.util.Set<Integer> named = new java.util.TreeSet<>();
            int want = ties + random.nextInt(2);
            for (int tries = 0; named.size() < want && tries < 100; tries++) {
                int v = random.nextDouble() < inside ? start + random.nextInt(size) : random.nextInt(n);
                if (v != u && v % 35 != 7) { // 20 people named by no one
                    named.add(v);
                }
            }
            for (int v : named) {
                arcs.add(new int[] {u, v});
            }
        }
        return of(n, arcs);
    }

    private static CompactGraph of(int n, List<int[]> arcs) {
        int[] from = new int[arcs.size()];
        int[] to = new int[arcs.size()];
        for (int i = 0; i < from.length; i++) {
            from[i] = arcs.get(i)[0];
            to[i] = arcs.get(i)[1];
        }
        double[] w = new double[from.length];
        Arrays.fill(w, 1.0);
        return CompactGraph.of(n, from, to, w);
    }
}
