package org.plnet.engine.scoring.centrality;

/**
 * Closeness and harmonic closeness on U of up to 64 sources at once, by the multi-source breadth-first
 * search of Then et al. (2014): bit j of a vertex's word stands for source j, so one visit of an edge
 * carries every source whose frontier it leaves at once, and a chunk of 64 sources costs about one search
 * per level of U instead of 64 searches. n is the number of vertices; for source s, r is the number of
 * people reachable from s (s excluded), S the sum of their distances and c_d the number at distance d.
 * The figures are those of {@link ShortestPathCentrality}: closeness (r / S)(r / (n-1)), 0 when r = 0;
 * harmonic closeness (sum over d = 1, 2, ... of c_d / d) / (n-1), 0 when n &lt; 2, the sum taken level by
 * level in increasing d (the order of one search per source, so the bits are the same).
 *
 * <p>Memory: three words and two ints per vertex, reused from chunk to chunk; every word is zero again
 * when a chunk ends (seen is cleared whole: n words per 64 sources).
 *
 * <p>Reference: M. Then, M. Kaufmann, F. Chirigati, T.-A. Hoang-Vu, K. Pham, A. Kemper, T. Neumann and
 * H. T. Vo (2014), "The more the merrier: efficient multi-source graph traversal", Proceedings of the VLDB
 * Endowment 8(4):449–460.
 */
final class MultiSourceDistances {

    /** Sources per search: the bits of a word. */
    static final int WIDTH = Long.SIZE;

    private final long[] seen;
    private final long[] visit;
    private final long[] next;
    private int[] frontier;
    private int[] nextFrontier;
    private final int[] atLevel = new int[WIDTH];
    private final int[] reached = new int[WIDTH];
    private final long[] total = new long[WIDTH];
    private final double[] inverseSum = new double[WIDTH];

    MultiSourceDistances(int n) {
        seen = new long[n];
        visit = new long[n];
        next = new long[n];
        frontier = new int[n];
        nextFrontier = new int[n];
    }

    /**
     * Writes the closeness and harmonic closeness on U (rows off, adj) of sources first .. end - 1, at
     * most {@value #WIDTH} of them.
     */
    void compute(int[] off, int[] adj, int first, int end, double[] closeness, double[] harmonic) {
        int n = seen.length;
        int count = end - first;
        if (count < 0 || count > WIDTH) {
            throw new IllegalArgumentException("a search of " + count + " sources");
        }
        java.util.Arrays.fill(reached, 0);
        java.util.Arrays.fill(total, 0);
        java.util.Arrays.fill(inverseSum, 0);
        long full = count == WIDTH ? -1L : (1L << count) - 1;
        int size = 0;
        long frontierArcs = 0;
        long openArcs = adj.length;
        for (int j = 0; j < count; j++) {
            int s = first + j;
            seen[s] = 1L << j;
            visit[s] = 1L << j;
            frontier[size++] = s;
            frontierArcs += off[s + 1] - off[s];
        }
        for (int level = 1; size > 0; level++) {
            int nextSize = 0;
            if (openArcs < 2 * frontierArcs) {
                // Bottom-up (Beamer et al. 2012, per word): each person not yet reached from every source
                // gathers the sources reaching a neighbour; cheaper once the frontier holds most arcs.
                for (int w = 0; w < n; w++) {
                    long known = seen[w];
                    if (known != full) {
                        long gathered = 0;
                        for (int k = off[w]; k < off[w + 1]; k++) {
                            gathered |= visit[adj[k]];
                        }
                        gathered &= ~known;
                        if (gathered != 0) {
                            next[w] = gathered;
                            nextFrontier[nextSize++] = w;
                        }
                    }
                }
            } else {
                for (int i = 0; i < size; i++) {
                    int v = frontier[i];
                    long bits = visit[v];
                    for (int k = off[v]; k < off[v + 1]; k++) {
                        int w = adj[k];
                        long fresh = bits & ~seen[w];
                        if (fresh != 0) {
                            if (next[w] == 0) {
                                nextFrontier[nextSize++] = w;
                            }
                            next[w] |= fresh;
                        }
                    }
                }
            }
            for (int i = 0; i < size; i++) {
                visit[frontier[i]] = 0;
            }
            frontierArcs = 0;
            for (int i = 0; i < nextSize; i++) {
                int w = nextFrontier[i];
                long bits = next[w];
                next[w] = 0;
                visit[w] = bits;
                seen[w] |= bits;
                int degree = off[w + 1] - off[w];
                frontierArcs += degree;
                if (seen[w] == full) {
                    openArcs -= degree;
                }
                while (bits != 0) {
                    atLevel[Long.numberOfTrailingZeros(bits)]++;
                    bits &= bits - 1;
                }
            }
            for (int j = 0; j < count; j++) {
                int c = atLevel[j];
                if (c > 0) {
                    reached[j] += c;
                    total[j] += (long) level * c;
                    inverseSum[j] += (double) c / level;
                    atLevel[j] = 0;
                }
            }
            int[] swap = frontier;
            frontier = nextFrontier;
            nextFrontier = swap;
            size = nextSize;
        }
        java.util.Arrays.fill(seen, 0);
        for (int j = 0; j < count; j++) {
            int s = first + j;
            int r = reached[j];
            closeness[s] = r == 0 ? 0 : ((double) r / total[j]) * ((double) r / (n - 1));
            harmonic[s] = n < 2 ? 0 : inverseSum[j] / (n - 1);
        }
    }
}
