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
 * source on D and one on U (metrics.md, "Person figures"). n is the number of vertices, D the directed
 * graph, U its undirected companion, d(v,u) the number of edges of a shortest v–u path in U.
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
 * <p>Time O(n m), memory O(n + m) per thread plus {@value #ROUND} + log2(n / {@value #CHUNK}) partial
 * betweenness arrays of length n. Sources run in parallel, yet the result is the same to the bit whatever
 * the number of threads or shards: the sources are cut into chunks of {@value #CHUNK} consecutive vertices,
 * a cut that depends on n only; each chunk sums its dependencies into its own array and the chunk arrays
 * are added in a fixed binary tree over the chunk numbers ({@link DyadicSum}), so that the k shards of
 * {@link #partial} merge into the figures of one run. Path counts are doubles, so they cannot overflow, only round, on graphs with astronomically many
 * shortest paths.
 *
 * <p>References: U. Brandes (2001), "A faster algorithm for betweenness centrality", Journal of
 * Mathematical Sociology 25(2):163–177. S. Wasserman and K. Faust (1994), Social Network Analysis,
 * Cambridge University Press. P. Boldi and S. Vigna (2014), "Axioms for centrality", Internet
 * Mathematics 10(3–4):222–262.
 */
public final class ShortestPathCentrality {

    /** Sources per chunk: the unit of parallel work and of the ordered betweenness sum. */
    static final int CHUNK = 64;
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
                        for (int s = chunk * CHUNK; s < end; s++) {
                            if (betweenness) {
                                w.brandes(g, s, sink);
                            }
                            w.distances(g, s, closeness, harmonic);
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

    /** One thread's search state; only the entries a search touches are reset afterwards. */
    private static final class Workspace {
        private final int[] order;
        private final int[] dist;
        private final double[] sigma;
        private final double[] delta;
        private final double[] coefficient;

        Workspace(int n) {
            coefficient = new double[n];
            order = new int[n];
            dist = new int[n];
            sigma = new double[n];
            delta = new double[n];
            Arrays.fill(dist, -1);
        }

        /** Adds the dependencies of source s on D (Brandes 2001, unweighted) to {@code sink}. */
        void brandes(CompactGraph g, int s, double[] sink) {
            int[] off = g.outOffsets();
            int[] adj = g.outTargets();
            int tail = search(off, adj, s);
            // Reverse BFS order: every successor's dependency is final before its predecessors read it.
            for (int i = tail - 1; i > 0; i--) {
                int v = order[i];
                int next = dist[v] + 1;
                double sum = 0;
                for (int k = off[v]; k < off[v + 1]; k++) {
                    int w = adj[k];
                    if (dist[w] == next) {
                        sum += coefficient[w];
                    }
                }
                delta[v] = sigma[v] * sum;
                // (1 + delta) / sigma once per vertex rather than once per arc into it: the same value
                coefficient[v] = (1 + delta[v]) / sigma[v];
                sink[v] += delta[v];
            }
            clear(tail);
        }

        /**
         * Breadth-first search from s over the rows (off, adj): fills order (BFS order), dist and sigma (the
         * number of shortest paths from s).
         *
         * @return the number of vertices reached, s included
         */
        private int search(int[] off, int[] adj, int s) {
            order[0] = s;
            dist[s] = 0;
            sigma[s] = 1;
            int tail = 1;
            for (int head = 0; head < tail; head++) {
                int v = order[head];
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
            return tail;
        }

        /**
         * Breadth-first search from s without path counts (closeness needs distances only): fills order and
         * dist.
         *
         * @return the number of vertices reached, s included
         */
        private int levels(int[] off, int[] adj, int s) {
            order[0] = s;
            dist[s] = 0;
            int tail = 1;
            for (int head = 0; head < tail; head++) {
                int v = order[head];
                int next = dist[v] + 1;
                for (int k = off[v]; k < off[v + 1]; k++) {
                    int w = adj[k];
                    if (dist[w] < 0) {
                        dist[w] = next;
                        order[tail++] = w;
                    }
                }
            }
            return tail;
        }

        /** Resets the distances a search of {@code tail} vertices set. */
        private void clear(int tail) {
            for (int i = 0; i < tail; i++) {
                dist[order[i]] = -1;
            }
        }

        /** Writes the closeness and harmonic closeness of s on U. */
        void distances(CompactGraph g, int s, double[] closeness, double[] harmonic) {
            int n = order.length;
            int tail = levels(g.neighbourOffsets(), g.neighbours(), s);
            // BFS order visits distances level by level: sum count/level once per level.
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
            clear(tail);
        }
    }
}
