package org.plnet.engine.graph;

import java.util.Arrays;

/**
 * A directed, simple graph on vertices {@code 0..n-1} in compressed sparse row form, with its undirected
 * companion: the form every metric kernel runs on. Memory is linear in people + ties.
 *
 * <p>Three adjacency structures, each an offsets array of length n + 1 and a flat array of neighbours
 * sorted ascending within each vertex:
 * <ul>
 *   <li>out: the targets of v's arcs ({@code outTargets[outOffsets[v] .. outOffsets[v+1])}) with their weights;
 *   <li>in: the sources of the arcs into v, with their weights;
 *   <li>undirected (the graph U of metrics.md): every u with u -> v or v -> u, once.
 * </ul>
 * The arrays are shared, not copied: callers must not change them.
 */
public final class CompactGraph {

    private final int n;
    private final int[] outOffsets;
    private final int[] outTargets;
    private final double[] outWeights;
    private final int[] inOffsets;
    private final int[] inSources;
    private final double[] inWeights;
    private final int[] nbrOffsets;
    private final int[] nbrs;

    private CompactGraph(int n, int[] outOffsets, int[] outTargets, double[] outWeights, int[] inOffsets,
                         int[] inSources, double[] inWeights, int[] nbrOffsets, int[] nbrs) {
        this.n = n;
        this.outOffsets = outOffsets;
        this.outTargets = outTargets;
        this.outWeights = outWeights;
        this.inOffsets = inOffsets;
        this.inSources = inSources;
        this.inWeights = inWeights;
        this.nbrOffsets = nbrOffsets;
        this.nbrs = nbrs;
    }

    /** n vertices and no arc. */
    public static CompactGraph empty(int n) {
        return of(n, new int[0], new int[0], new double[0]);
    }

    /**
     * Builds the graph from arcs {@code sources[k] -> targets[k]} of weight {@code weights[k]}.
     *
     * @throws IllegalArgumentException on a self-loop, a repeated arc, a vertex outside {@code 0..n-1}
     *                                  or arrays of different lengths
     */
    public static CompactGraph of(int n, int[] sources, int[] targets, double[] weights) {
        int m = checkArcs(n, sources, targets, weights);
        int[] outOffsets = new int[n + 1];
        int[] outTargets = new int[m];
        double[] outWeights = new double[m];
        fill(n, sources, targets, weights, outOffsets, outTargets, outWeights);
        for (int v = 0; v < n; v++) {
            for (int k = outOffsets[v] + 1; k < outOffsets[v + 1]; k++) {
                if (outTargets[k] == outTargets[k - 1]) {
                    throw new IllegalArgumentException("repeated arc " + v + " -> " + outTargets[k]);
                }
            }
        }
        return withInAndU(n, outOffsets, outTargets, outWeights);
    }

    /**
     * Builds the graph from arcs {@code sources[k] -> targets[k]} of weight {@code weights[k]} already sorted by
     * (source, target), as a study's kept ties are: {@code targets} and {@code weights} become the out-adjacency
     * itself, shared and not copied, so that a layer of millions of ties is not held twice. The caller must not
     * change the arrays afterwards.
     *
     * @throws IllegalArgumentException on arcs out of order, a self-loop, a repeated arc, a vertex outside
     *                                  {@code 0..n-1} or arrays of different lengths
     */
    public static CompactGraph ofSorted(int n, int[] sources, int[] targets, double[] weights) {
        int m = checkArcs(n, sources, targets, weights);
        int[] outOffsets = new int[n + 1];
        for (int k = 0; k < m; k++) {
            if (k > 0 && (sources[k] < sources[k - 1]
                    || sources[k] == sources[k - 1] && targets[k] <= targets[k - 1])) {
                throw new IllegalArgumentException("arc " + k + " is out of (source, target) order or repeated");
            }
            outOffsets[sources[k] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            outOffsets[v + 1] += outOffsets[v];
        }
        return withInAndU(n, outOffsets, targets, weights);
    }

    /** The number of arcs, after checking the arrays' lengths, the vertex range and that no arc is a loop. */
    private static int checkArcs(int n, int[] sources, int[] targets, double[] weights) {
        int m = sources.length;
        if (targets.length != m || weights.length != m) {
            throw new IllegalArgumentException("arc arrays differ in length");
        }
        for (int k = 0; k < m; k++) {
            if (sources[k] < 0 || sources[k] >= n || targets[k] < 0 || targets[k] >= n) {
                throw new IllegalArgumentException("arc " + k + " leaves the vertex range 0.." + (n - 1));
            }
            if (sources[k] == targets[k]) {
                throw new IllegalArgumentException("self-loop at vertex " + sources[k]);
            }
        }
        return m;
    }

    /** The graph of the given out-adjacency (rows sorted, no repeats), its in-adjacency and U built from it. */
    private static CompactGraph withInAndU(int n, int[] outOffsets, int[] outTargets, double[] outWeights) {
        int m = outTargets.length;
        int[] arcSources = new int[m];
        for (int v = 0; v < n; v++) {
            Arrays.fill(arcSources, outOffsets[v], outOffsets[v + 1], v);
        }
        int[] inOffsets = new int[n + 1];
        int[] inSources = new int[m];
        double[] inWeights = new double[m];
        fill(n, outTargets, arcSources, outWeights, inOffsets, inSources, inWeights);

        // U's rows are the merged out- and in-rows; counted first, so that U is allocated once at its size
        int[] nbrOffsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            nbrOffsets[v + 1] = nbrOffsets[v] + merge(outTargets, outOffsets[v], outOffsets[v + 1], inSources,
                    inOffsets[v], inOffsets[v + 1], null, 0);
        }
        int[] nbrs = new int[nbrOffsets[n]];
        for (int v = 0; v < n; v++) {
            merge(outTargets, outOffsets[v], outOffsets[v + 1], inSources, inOffsets[v], inOffsets[v + 1], nbrs,
                    nbrOffsets[v]);
        }
        return new CompactGraph(n, outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights,
                nbrOffsets, nbrs);
    }

    /**
     * The union of the sorted runs a[i..iEnd) and b[j..jEnd), written from {@code into[at]} unless {@code into} is
     * null; returns its size.
     */
    private static int merge(int[] a, int i, int iEnd, int[] b, int j, int jEnd, int[] into, int at) {
        int size = 0;
        while (i < iEnd || j < jEnd) {
            int next;
            if (j >= jEnd || i < iEnd && a[i] < b[j]) {
                next = a[i++];
            } else if (i >= iEnd || b[j] < a[i]) {
                next = b[j++];
            } else {
                next = a[i++];
                j++;
            }
            if (into != null) {
                into[at + size] = next;
            }
            size++;
        }
        return size;
    }

    /** Counting sort of the arcs by {@code from}, each row then sorted by {@code to}. */
    private static void fill(int n, int[] from, int[] to, double[] w, int[] offsets, int[] adj, double[] adjW) {
        for (int f : from) {
            offsets[f + 1]++;
        }
        for (int v = 0; v < n; v++) {
            offsets[v + 1] += offsets[v];
        }
        int[] cursor = Arrays.copyOf(offsets, n);
        for (int k = 0; k < from.length; k++) {
            int pos = cursor[from[k]]++;
            adj[pos] = to[k];
            adjW[pos] = w[k];
        }
        for (int v = 0; v < n; v++) {
            sortRow(adj, adjW, offsets[v], offsets[v + 1]);
        }
    }

    private static void sortRow(int[] adj, double[] adjW, int from, int to) {
        boolean sorted = true;
        for (int k = from + 1; k < to && sorted; k++) {
            sorted = adj[k - 1] <= adj[k];
        }
        if (sorted) {
            return;
        }
        long[] packed = new long[to - from];
        for (int k = from; k < to; k++) {
            packed[k - from] = ((long) adj[k] << 32) | (k - from);
        }
        Arrays.sort(packed);
        double[] w = Arrays.copyOfRange(adjW, from, to);
        for (int k = 0; k < packed.length; k++) {
            adj[from + k] = (int) (packed[k] >>> 32);
            adjW[from + k] = w[(int) packed[k]];
        }
    }

    /** n, the number of vertices. */
    public int vertexCount() {
        return n;
    }

    /** m, the number of arcs of the directed graph. */
    public int arcCount() {
        return outTargets.length;
    }

    /** The number of edges of the undirected graph U. */
    public int edgeCount() {
        return nbrs.length / 2;
    }

    public int outDegree(int v) {
        return outOffsets[v + 1] - outOffsets[v];
    }

    public int inDegree(int v) {
        return inOffsets[v + 1] - inOffsets[v];
    }

    /** The number of neighbours of v in U. */
    public int degree(int v) {
        return nbrOffsets[v + 1] - nbrOffsets[v];
    }

    /** Whether the arc u -> v exists (binary search, O(log outDegree(u))). */
    public boolean hasArc(int u, int v) {
        return Arrays.binarySearch(outTargets, outOffsets[u], outOffsets[u + 1], v) >= 0;
    }

    /** The weight of u -> v, or 0 when there is no such arc. */
    public double arcWeight(int u, int v) {
        int k = Arrays.binarySearch(outTargets, outOffsets[u], outOffsets[u + 1], v);
        return k >= 0 ? outWeights[k] : 0;
    }

    /** Whether u and v are adjacent in U. */
    public boolean adjacent(int u, int v) {
        return Arrays.binarySearch(nbrs, nbrOffsets[u], nbrOffsets[u + 1], v) >= 0;
    }

    public int[] outOffsets() {
        return outOffsets;
    }

    public int[] outTargets() {
        return outTargets;
    }

    public double[] outWeights() {
        return outWeights;
    }

    public int[] inOffsets() {
        return inOffsets;
    }

    public int[] inSources() {
        return inSources;
    }

    public double[] inWeights() {
        return inWeights;
    }

    public int[] neighbourOffsets() {
        return nbrOffsets;
    }

    public int[] neighbours() {
        return nbrs;
    }
}
