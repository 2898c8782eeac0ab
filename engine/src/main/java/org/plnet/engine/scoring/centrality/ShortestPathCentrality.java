package org.plnet.engine.scoring.centrality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.plnet.engine.graph.CompactGraph;

/**
 * Betweenness, closeness and harmonic closeness of every person, from one breadth-first search per
 * source on D and one search on U per 64 sources (metrics.md, "Person figures"). n is the number of
 * vertices, D the directed graph, U its undirected companion, d(v,u) the number of edges of a shortest v–u path in U.
 *
 * <ul>
 *   <li><b>betweenness</b> on D, unweighted and unnormalised:
 *       B(v) = sum over ordered pairs (s,t), s != v != t, of sigma_st(v) / sigma_st, where sigma_st is the
 *       number of shortest s–t paths and sigma_st(v) the number of those through v; pairs with no path
 *       add nothing. Computed with the dependency accumulation of Brandes (2001). On a graph given as
 *       arcs both ways each unordered pair is counted twice, so B is twice the undirected figure.
 *   <li><b>betweennessNormalized</b> = B(v) / ((n-1)(n-2)); 0 when n &lt; 3.
 *   <li><b>closeness</b> on U in the form of Wasserman and Faust (1994, eq. 5.22) for disconnected
 *       graphs: with r the number of people reachable from v (v excluded) and S the sum of their
 *       distances, C(v) = (r / S) (r / (n-1)); 0 when r = 0.
 *   <li><b>harmonicCloseness</b> on U: H(v) = (sum over u != v of 1 / d(v,u)) / (n-1), with 1/inf = 0
 *       (Marchiori and Latora 2000; Boldi and Vigna 2014); 0 when n &lt; 2.
 * </ul>
 *
 * <p>Time O(n m), memory O(n) per thread plus {@value #ROUND} + log2(n / {@value #CHUNK}) partial
 * betweenness arrays of length n. Sources run in parallel, yet the result is the same to the bit whatever
 * the number of threads or shards: the sources are cut into chunks of {@value #CHUNK} consecutive vertices,
 * a cut that depends on n only; each chunk sums its dependencies into its own array and the chunk arrays
 * are added in a fixed binary tree over the chunk numbers ({@link DyadicSum}), so that the k shards of
 * {@link #partial} merge into the figures of one run. Path counts are doubles, so they cannot overflow, only round, on graphs with astronomically many
 * shortest paths (more than 2^53 between one pair; below that, sums of counts are exact in any order).
 *
 * <p>The kernel, profiled on school-shaped graphs (issue 15): the search on D is direction-optimising
 * (Beamer, Asanović and Patterson 2012), top-down with a branch-free step while the frontier is small,
 * bottom-up once the arcs out of the frontier outnumber those into the people not yet reached; the
 * dependencies are summed a level at a time without a distance test per arc; the distances on U come
 * from {@link MultiSourceDistances}, 64 sources per search, or from the search on D itself when D is
 * symmetric. One set of arrays per thread is reused from source to source, and nothing is allocated per
 * source. Every figure is the same to the bit as with the textbook form (tested in ShortestPathKernelTest).
 *
 * <p>References: U. Brandes (2001), "A faster algorithm for betweenness centrality", Journal of
 * Mathematical Sociology 25(2):163–177. S. Wasserman and K. Faust (1994), Social Network Analysis,
 * Cambridge University Press. P. Boldi and S. Vigna (2014), "Axioms for centrality", Internet
 * Mathematics 10(3–4):222–262. S. Beamer, K. Asanović and D. Patterson (2012), "Direction-optimizing
 * breadth-first search", Proceedings of SC12, IEEE.
 */
public final class ShortestPathCentrality {

    /**
     * Sources per chunk: the unit of parallel work and of the ordered betweenness sum, and the sources of one
     * {@link MultiSourceDistances} search (its word width).
     */
    static final int CHUNK = MultiSourceDistances.WIDTH;
    /** Chunks whose partial sums are held at once, which bounds the extra memory to ROUND x n doubles. */
    static final int ROUND = 32;

    private ShortestPathCentrality() {
    }

    /** Computes the scores with as many threads as the machine has processors. */
    public static ShortestPathScores compute(CompactGraph g) {
        return compute(g, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Computes the scores with the given number of threads; the result does not depend on it.
     *
     * @param threads the number of worker threads, at least 1 (1 runs everything in the caller's thread)
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public static ShortestPathScores compute(CompactGraph g, int threads) {
        return compute(g, threads, PassProgress.NONE);
    }

    /** Computes the scores, telling {@code progress} how many sources are done after each round. */
    public static ShortestPathScores compute(CompactGraph g, int threads, PassProgress progress) {
        int n = g.vertexCount();
        double[] closeness = new double[n];
        double[] harmonic = new double[n];
        DyadicSum sum = pass(g, Shard.WHOLE, threads, closeness, harmonic, true, progress);
        return scores(sum.total(n), closeness, harmonic);
    }

    /**
     * Computes one shard's share of the pass: the dependency sums of its sources and their closeness and
     * harmonic closeness; {@link ShortestPathPartial#merge} adds the k shards into what {@link #compute}
     * gives, the same to the bit.
     *
     * @param threads the number of worker threads, at least 1
     */
    public static ShortestPathPartial partial(CompactGraph g, Shard shard, int threads) {
        int n = g.vertexCount();
        double[] closeness = new double[n];
        double[] harmonic = new double[n];
        DyadicSum sum = pass(g, shard, threads, closeness, harmonic, true, PassProgress.NONE);
        int chunks = ShortestPathPartial.chunks(n);
        int first = shard.firstChunk(chunks) * CHUNK;
        int end = Math.max(first, Math.min(n, shard.endChunk(chunks) * CHUNK));
        List<ShortestPathPartial.Block> blocks = sum.blocks().stream()
                .map(b -> new ShortestPathPartial.Block(b.start(), b.level(), b.sums())).toList();
        return new ShortestPathPartial(n, shard, first, blocks, Arrays.copyOfRange(closeness, first, end),
                Arrays.copyOfRange(harmonic, first, end));
    }

    /** Closeness and harmonic closeness of every source, without betweenness (for sampled betweenness). */
    static void distancesOnly(CompactGraph g, int threads, double[] closeness, double[] harmonic) {
        pass(g, Shard.WHOLE, threads, closeness, harmonic, false, PassProgress.NONE);
    }

    /** The scores from the summed dependencies and the closeness figures of every source. */
    static ShortestPathScores scores(double[] betweenness, double[] closeness, double[] harmonic) {
        int n = betweenness.length;
        double[] normalized = new double[n];
        if (n >= 3) {
            double pairs = (double) (n - 1) * (n - 2);
            for (int v = 0; v < n; v++) {
                normalized[v] = betweenness[v] / pairs;
            }
        }
        return new ShortestPathScores(betweenness, normalized, closeness, harmonic);
    }

    /** Runs the sources of the shard's chunks, ROUND chunks at a time, adding each chunk's sums in order. */
    private static DyadicSum pass(CompactGraph g, Shard shard, int threads, double[] closeness, double[] harmonic,
                                  boolean betweenness, PassProgress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        int n = g.vertexCount();
        int chunks = ShortestPathPartial.chunks(n);
        int firstChunk = shard.firstChunk(chunks);
        int endChunk = shard.endChunk(chunks);
        // U has every arc of D as an edge, so it has as many arcs as D only when D is symmetric: then U = D
        // and the levels of the search on D give the distances on U without a search of their own.
        boolean symmetric = g.outTargets().length == g.neighbours().length;
        DyadicSum sum = new DyadicSum();
        ConcurrentLinkedDeque<Workspace> spare = new ConcurrentLinkedDeque<>();
        ForkJoinPool pool = threads > 1 && endChunk - firstChunk > 1 ? new ForkJoinPool(threads) : null;
        try {
            for (int first = firstChunk; first < endChunk; first += ROUND) {
                int count = Math.min(ROUND, endChunk - first);
                List<Callable<Void>> tasks = new ArrayList<>(count);
                double[][] partial = new double[count][];
                for (int i = 0; i < count; i++) {
                    int chunk = first + i;
                    double[] sink = sum.freshArray(n);
                    partial[i] = sink;
                    tasks.add(() -> {
                        Workspace w = spare.poll();
                        if (w == null) {
                            w = new Workspace(n);
                        }
                        int end = Math.min(n, (chunk + 1) * CHUNK);
                        if (betweenness) {
                            for (int s = chunk * CHUNK; s < end; s++) {
                                w.brandes(g, s, sink);
                                if (symmetric) {
                                    w.distancesFromLevels(s, closeness, harmonic);
                                }
                            }
                        }
                        if (!(betweenness && symmetric)) {
                            w.distances(g, chunk * CHUNK, end, closeness, harmonic);
                        }
                        spare.push(w);
                        return null;
                    });
                }
                run(pool, tasks);
                for (int i = 0; i < count; i++) {
                    sum.add(new DyadicSum.Block(first + i, 0, partial[i]));
                }
                int firstSource = firstChunk * CHUNK;
                progress.sourcesDone(Math.min(n, (first + count) * CHUNK) - firstSource,
                        Math.min(n, endChunk * CHUNK) - firstSource);
            }
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        return sum;
    }

    private static void run(ForkJoinPool pool, List<Callable<Void>> tasks) {
        try {
            if (pool == null) {
                for (Callable<Void> task : tasks) {
                    task.call();
                }
                return;
            }
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while computing centralities");
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (Exception e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(t);
    }

    /**
     * One thread's search state, reused from source to source: between searches every dist is -1 and every
     * sigma and coefficient 0, so a search resets only the entries it touched.
     */
    private static final class Workspace {
        private final int[] order;
        private final int[] levelStart;
        private final int[] unreached;
        private final int[] dist;
        private final double[] sigma;
        private final double[] coefficient;
        private final double[] delta;
        private final MultiSourceDistances distances;
        /** The number of levels of the last search on D. */
        private int levels;

        Workspace(int n) {
            order = new int[n + 1];
            levelStart = new int[n + 2];
            unreached = new int[n];
            dist = new int[n];
            sigma = new double[n];
            coefficient = new double[n];
            delta = new double[n];
            distances = new MultiSourceDistances(n);
            Arrays.fill(dist, -1);
        }

        /** Adds the dependencies of source s on D (Brandes 2001, unweighted) to {@code sink}. */
        void brandes(CompactGraph g, int s, double[] sink) {
            int[] off = g.outOffsets();
            int[] adj = g.outTargets();
            int levels = search(g, s);
            this.levels = levels;
            int tail = levelStart[levels];
            // Reverse BFS order, a level at a time. While level d is summed, the coefficients of levels
            // 0..d are still 0 (they are set only after their level), and a neighbour of a vertex on level d
            // lies on a level <= d + 1: summing the coefficients of all neighbours is the sum over the
            // successors on level d + 1, plus exact zeros, with no test of dist per arc.
            for (int d = levels - 1; d >= 1; d--) {
                int from = levelStart[d];
                int to = levelStart[d + 1];
                if (d < levels - 1) {
                    for (int i = from; i < to; i++) {
                        int v = order[i];
                        double sum = 0;
                        for (int k = off[v]; k < off[v + 1]; k++) {
                            sum += coefficient[adj[k]];
                        }
                        delta[i] = sigma[v] * sum;
                    }
                } else {
                    // the deepest level has no successors: dependencies 0
                    Arrays.fill(delta, from, to, 0.0);
                }
                for (int i = from; i < to; i++) {
                    int v = order[i];
                    double dv = delta[i];
                    // (1 + delta) / sigma once per vertex rather than once per arc into it: the same value
                    coefficient[v] = (1 + dv) / sigma[v];
                    sink[v] += dv;
                }
            }
            for (int i = 0; i < tail; i++) {
                int v = order[i];
                dist[v] = -1;
                sigma[v] = 0;
                coefficient[v] = 0;
            }
        }

        /**
         * Breadth-first search from s on D, a level at a time: fills order (BFS order), levelStart (level d is
         * order[levelStart[d] .. levelStart[d + 1])), dist and sigma (the number of shortest paths from s).
         * Direction-optimising (Beamer, Asanović and Patterson 2012): while the arcs out of the frontier
         * outnumber the arcs into the people not yet reached, each level is found top-down, pushing sigma
         * along the frontier's arcs; after that, bottom-up, each person not yet reached summing sigma over
         * the arcs into them from the frontier, which skips the many arcs of the last, wide levels that
         * lead back to people already reached. Path counts are whole numbers, added exactly (below 2^53) in
         * either direction, so the direction changes no value.
         *
         * @return the number of levels, s's level 0 included
         */
        private int search(CompactGraph g, int s) {
            int[] off = g.outOffsets();
            int[] adj = g.outTargets();
            int[] inOff = g.inOffsets();
            int[] inAdj = g.inSources();
            order[0] = s;
            dist[s] = 0;
            sigma[s] = 1;
            levelStart[0] = 0;
            levelStart[1] = 1;
            long frontierOut = off[s + 1] - off[s];
            long unreachedIn = inAdj.length - (inOff[s + 1] - inOff[s]);
            boolean bottomUp = false;
            int unreachedCount = 0;
            int tail = 1;
            int d = 0;
            while (levelStart[d + 1] > levelStart[d]) {
                int next = d + 1;
                if (!bottomUp && unreachedIn < frontierOut) {
                    bottomUp = true;
                    for (int v = 0; v < dist.length; v++) {
                        if (dist[v] < 0) {
                            unreached[unreachedCount++] = v;
                        }
                    }
                }
                if (bottomUp) {
                    int kept = 0;
                    for (int i = 0; i < unreachedCount; i++) {
                        int w = unreached[i];
                        double sum = 0;
                        for (int k = inOff[w]; k < inOff[w + 1]; k++) {
                            int u = inAdj[k];
                            int x = dist[u] ^ d;
                            // sigma[u] when u is on level d, else +0.0 (x is 0 exactly then)
                            sum += Double.longBitsToDouble(Double.doubleToRawLongBits(sigma[u])
                                    & ~(long) ((x | -x) >> 31));
                        }
                        if (sum > 0) {
                            dist[w] = next;
                            sigma[w] = sum;
                            order[tail++] = w;
                        } else {
                            unreached[kept++] = w;
                        }
                    }
                    unreachedCount = kept;
                } else {
                    for (int head = levelStart[d]; head < levelStart[d + 1]; head++) {
                        int v = order[head];
                        long sv = Double.doubleToRawLongBits(sigma[v]);
                        for (int k = off[v]; k < off[v + 1]; k++) {
                            int w = adj[k];
                            int dw = dist[w];
                            // branch-free: order[tail] is written always and kept only for a new vertex
                            int fresh = dw >>> 31;
                            order[tail] = w;
                            tail += fresh;
                            dw += fresh * (next + 1);
                            dist[w] = dw;
                            // sigma[v] when w is on the next level, else +0.0
                            sigma[w] += Double.longBitsToDouble(sv & ~((long) (dw - next) >> 63));
                        }
                    }
                    frontierOut = 0;
                    for (int i = levelStart[d + 1]; i < tail; i++) {
                        int w = order[i];
                        frontierOut += off[w + 1] - off[w];
                        unreachedIn -= inOff[w + 1] - inOff[w];
                    }
                }
                d = next;
                levelStart[d + 1] = tail;
            }
            return d;
        }

        /**
         * Writes the closeness and harmonic closeness of the source of the last {@link #brandes} search, on
         * a symmetric D (= U): c_d people on level d, summed level by level as {@link MultiSourceDistances}
         * does, so the bits are the same.
         */
        void distancesFromLevels(int s, double[] closeness, double[] harmonic) {
            int n = dist.length;
            long total = 0;
            double inverseSum = 0;
            for (int d = 1; d < levels; d++) {
                int c = levelStart[d + 1] - levelStart[d];
                total += (long) d * c;
                inverseSum += (double) c / d;
            }
            int reached = levelStart[levels] - 1;
            closeness[s] = reached == 0 ? 0 : ((double) reached / total) * ((double) reached / (n - 1));
            harmonic[s] = n < 2 ? 0 : inverseSum / (n - 1);
        }

        /** Writes the closeness and harmonic closeness on U of sources first .. end - 1 (at most 64). */
        void distances(CompactGraph g, int first, int end, double[] closeness, double[] harmonic) {
            distances.compute(g.neighbourOffsets(), g.neighbours(), first, end, closeness, harmonic);
        }
    }
}
