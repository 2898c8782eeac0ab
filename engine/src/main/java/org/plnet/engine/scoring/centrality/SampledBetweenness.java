package org.plnet.engine.scoring.centrality;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.scoring.cohesion.WeakComponents;

/**
 * Betweenness estimated from random shortest paths, with a guaranteed error (Riondato and Kornaropoulos
 * 2016), for graphs where the exact O(n m) pass would take hours. Closeness and harmonic closeness stay
 * exact (one breadth-first search per person on U).
 *
 * <p>Each of r samples draws an ordered pair (s, t), s != t, uniformly, and, when t is reachable from s in
 * D, one shortest s–t path uniformly among the sigma_st of them (walking back from t, a predecessor p of w
 * is taken with probability sigma_sp / sigma_sw); every vertex inside the path gets one count. With c(v) the
 * counts, b~(v) = c(v) / r estimates b(v) = B(v) / (n (n-1)), B being the exact betweenness of
 * {@link ShortestPathCentrality}. Riondato and Kornaropoulos (2016, Theorem 2) prove that with
 * <pre>
 *   r = ceil( (c / e^2) (floor(log2(VD - 2)) + 1 + ln(1 / delta)) ),   c = 0.5,
 * </pre>
 * VD being (an upper bound on) the vertex diameter, the largest number of vertices on a shortest path,
 * |b~(v) - b(v)| &lt;= e for every v at once with probability at least 1 - delta. metrics.json's
 * betweennessNormalized is B(v) / ((n-1)(n-2)) = b(v) n / (n-2), so e = epsilon (n-2) / n gives every
 * normalised figure an error of at most epsilon with probability at least confidence = 1 - delta. VD is
 * bounded by the size of the largest weak component (no path has more vertices); when it is at most 2 no
 * vertex is inside any shortest path, every betweenness is exactly 0 and nothing is sampled.
 *
 * <p>Reported: betweenness(v) = c(v) / r n (n-1) and betweennessNormalized(v) = c(v) / r n / (n-2). Sample
 * i draws from its own stream, seeded by (seed, i), and counts are integers, so the estimate is the same to
 * the bit for any number of threads.
 *
 * <p>M. Riondato and E. M. Kornaropoulos (2016), "Fast approximation of betweenness centrality through
 * sampling", Data Mining and Knowledge Discovery 30(2):438–475.
 */
public final class SampledBetweenness {

    /** The universal constant c of the sample size (Löffler and Phillips 2009), as Riondato and Kornaropoulos. */
    static final double C = 0.5;
    /** Samples per parallel task; fixed, so the cut does not depend on the machine. */
    private static final int TASK = 512;

    private SampledBetweenness() {
    }

    /**
     * The sample size r for a graph of n vertices whose vertex diameter is at most {@code diameter}.
     *
     * @return 0 when {@code diameter <= 2} (no vertex is inside a shortest path)
     */
    public static long sampleSize(int n, int diameter, double epsilon, double confidence) {
        if (diameter <= 2 || n < 3) {
            return 0;
        }
        double e = epsilon * (n - 2) / n;
        double log2 = Math.floor(Math.log(diameter - 2) / Math.log(2));
        return (long) Math.ceil(C / (e * e) * (log2 + 1 + Math.log(1 / (1 - confidence))));
    }

    /** The sample size of this graph, its vertex diameter bounded by its largest weak component. */
    public static long sampleSize(CompactGraph g, double epsilon, double confidence) {
        return sampleSize(g.vertexCount(), WeakComponents.compute(g).largestSize(), epsilon, confidence);
    }

    /**
     * Estimates betweenness by sampling and computes closeness and harmonic closeness exactly.
     *
     * @param threads the number of worker threads, at least 1; the result does not depend on it
     */
    public static ShortestPathScores compute(CompactGraph g, double epsilon, double confidence, long seed,
                                             int threads) {
        int n = g.vertexCount();
        long r = sampleSize(g, epsilon, confidence);
        BetweennessSampling sampling = new BetweennessSampling(epsilon, confidence, r, seed);
        long[] counts = count(g, r, seed, threads);
        double[] betweenness = new double[n];
        double[] normalized = new double[n];
        for (int v = 0; v < n && r > 0; v++) {
            double share = (double) counts[v] / r;
            betweenness[v] = share * n * (n - 1);
            normalized[v] = share * n / (n - 2);
        }
        double[] closeness = new double[n];
        double[] harmonic = new double[n];
        ShortestPathCentrality.distancesOnly(g, threads, closeness, harmonic);
        return new ShortestPathScores(betweenness, normalized, closeness, harmonic, sampling);
    }

    private static long[] count(CompactGraph g, long r, long seed, int threads) {
        int n = g.vertexCount();
        // a few ranges of consecutive samples per thread; counts are integers, so how they are cut and in
        // which order they are added changes nothing
        int tasks = (int) Math.max(1, Math.min((r + TASK - 1) / TASK, 4L * threads));
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(Math.max(1, threads));
        try {
            long[][] perTask = pool.submit(() -> IntStream.range(0, tasks).parallel().mapToObj(t -> {
                Walker w = new Walker(n);
                long[] counts = new long[n];
                long end = r * (t + 1) / tasks;
                for (long i = r * t / tasks; i < end; i++) {
                    w.sample(g, new SplittableRandom(mix(seed, i)), counts);
                }
                return counts;
            }).toArray(long[][]::new)).join();
            long[] total = new long[n];
            for (long[] c : perTask) {
                for (int v = 0; v < n; v++) {
                    total[v] += c[v];
                }
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }

    /** A stream seed for sample i: SplitMix64's finaliser of seed and i. */
    private static long mix(long seed, long i) {
        long z = seed * 0x9E3779B97F4A7C15L + i + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One thread's search state for sampling paths. */
    private static final class Walker {
        private final int[] order;
        private final int[] dist;
        private final double[] sigma;

        Walker(int n) {
            order = new int[n];
            dist = new int[n];
            sigma = new double[n];
            java.util.Arrays.fill(dist, -1);
        }

        /** Draws a pair and one of its shortest paths; counts the path's inner vertices. */
        void sample(CompactGraph g, SplittableRandom random, long[] counts) {
            int n = order.length;
            int s = random.nextInt(n);
            int t = random.nextInt(n - 1);
            if (t >= s) {
                t++;
            }
            int[] off = g.outOffsets();
            int[] adj = g.outTargets();
            order[0] = s;
            dist[s] = 0;
            sigma[s] = 1;
            int tail = 1;
            // breadth-first until t's level is complete: sigma of t and of its predecessors is then final
            for (int head = 0; head < tail; head++) {
                int v = order[head];
                if (dist[t] >= 0 && dist[v] >= dist[t]) {
                    break;
                }
                int next = dist[v] + 1;
                for (int k = off[v]; k < off[v + 1]; k++) {
                    int w = adj[k];
                    if (dist[w] < 0) {
                        dist[w] = next;
                        sigma[w] = 0;
                        order[tail++] = w;
                    }
                    if (dist[w] == next) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            if (dist[t] > 0) {
                int[] inOff = g.inOffsets();
                int[] in = g.inSources();
                int w = t;
                while (dist[w] > 1) {
                    double x = random.nextDouble() * sigma[w];
                    int chosen = -1;
                    for (int k = inOff[w]; k < inOff[w + 1]; k++) {
                        int p = in[k];
                        if (dist[p] == dist[w] - 1 && dist[p] >= 0) {
                            chosen = p;
                            x -= sigma[p];
                            if (x < 0) {
                                break;
                            }
                        }
                    }
                    counts[chosen]++;
                    w = chosen;
                }
            }
            for (int i = 0; i < tail; i++) {
                dist[order[i]] = -1;
            }
        }
    }
}
