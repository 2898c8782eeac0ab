package org.plnet.engine.graph;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A read-only JGraphT view of a {@link CompactGraph}: vertices are the integers {@code 0..n-1}, edges are the
 * integers {@code 0..m-1} in (source, target) order. It costs two int arrays of length m on top of the
 * compact graph, so any JGraphT algorithm can run on a study's graph without a second, boxed copy of it.
 * Every modifying method throws {@link UnsupportedOperationException}.
 */
public final class SparseDirectedGraph extends AbstractGraph<Integer, Integer> {

    private static final GraphType TYPE = new DefaultGraphType.Builder()
            .directed().allowSelfLoops(false).allowMultipleEdges(false).weighted(true).modifiable(false)
            .build();

    private final CompactGraph graph;
    private final int[] arcSource;
    private final int[] inArcIds;

    public SparseDirectedGraph(CompactGraph graph) {
        this.graph = graph;
        int n = graph.vertexCount();
        int m = graph.arcCount();
        int[] outOffsets = graph.outOffsets();
        arcSource = new int[m];
        for (int v = 0; v < n; v++) {
            for (int k = outOffsets[v]; k < outOffsets[v + 1]; k++) {
                arcSource[k] = v;
            }
        }
        // In-row position -> arc id: the in-rows list sources in ascending order, as the arcs do.
        inArcIds = new int[m];
        int[] cursor = java.util.Arrays.copyOf(graph.inOffsets(), n);
        int[] outTargets = graph.outTargets();
        for (int k = 0; k < m; k++) {
            inArcIds[cursor[outTargets[k]]++] = k;
        }
    }

    /** The compact form this view reads. */
    public CompactGraph compact() {
        return graph;
    }

    private int arcId(int u, int v) {
        int k = java.util.Arrays.binarySearch(graph.outTargets(), graph.outOffsets()[u], graph.outOffsets()[u + 1], v);
        return k >= 0 ? k : -1;
    }

    private boolean isVertex(Object v) {
        return v instanceof Integer i && i >= 0 && i < graph.vertexCount();
    }

    private boolean isEdge(Object e) {
        return e instanceof Integer i && i >= 0 && i < graph.arcCount();
    }

    @Override
    public Set<Integer> getAllEdges(Integer u, Integer v) {
        if (!isVertex(u) || !isVertex(v)) {
            return null;
        }
        Integer e = getEdge(u, v);
        return e == null ? Set.of() : Set.of(e);
    }

    @Override
    public Integer getEdge(Integer u, Integer v) {
        if (!isVertex(u) || !isVertex(v)) {
            return null;
        }
        int k = arcId(u, v);
        return k < 0 ? null : k;
    }

    @Override
    public Supplier<Integer> getVertexSupplier() {
        return null;
    }

    @Override
    public Supplier<Integer> getEdgeSupplier() {
        return null;
    }

    @Override
    public Integer addEdge(Integer u, Integer v) {
        throw new UnsupportedOperationException("read-only graph");
    }

    @Override
    public boolean addEdge(Integer u, Integer v, Integer e) {
        throw new UnsupportedOperationException("read-only graph");
    }

    @Override
    public Integer addVertex() {
        throw new UnsupportedOperationException("read-only graph");
    }

    @Override
    public boolean addVertex(Integer v) {
        throw new UnsupportedOperationException("read-only graph");
    }

    @Override
    public boolean containsEdge(Integer e) {
        return isEdge(e);
    }

    @Override
    public boolean containsVertex(Integer v) {
        return isVertex(v);
    }

    @Override
    public Set<Integer> edgeSet() {
        return new Range(graph.arcCount());
    }

    @Override
    public int degreeOf(Integer v) {
        assertVertexExist(v);
        return graph.inDegree(v) + graph.outDegree(v);
    }

    @Override
    public Set<Integer> edgesOf(Integer v) {
        Set<Integer> all = new LinkedHashSet<>(outgoingEdgesOf(v));
        all.addAll(incomingEdgesOf(v));
        return Collections.unmodifiableSet(all);
    }

    @Override
    public int inDegreeOf(Integer v) {
        assertVertexExist(v);
        return graph.inDegree(v);
    }

    @Override
    public Set<Integer> incomingEdgesOf(Integer v) {
        assertVertexExist(v);
        Set<Integer> in = new LinkedHashSet<>();
        for (int k = graph.inOffsets()[v]; k < graph.inOffsets()[v + 1]; k++) {
            in.add(inArcIds[k]);
        }
        return Collections.unmodifiableSet(in);
    }

    @Override
    public int outDegreeOf(Integer v) {
        assertVertexExist(v);
        return graph.outDegree(v);
    }

    @Override
    public Set<Integer> outgoingEdgesOf(Integer v) {
        assertVertexExist(v);
        return new Range(graph.outOffsets()[v], graph.outOffsets()[v + 1]);
    }

    @Override
    public Integer removeEdge(Integer u, Integer v) {
        throw new UnsupportedOperationException("read-only graph");
    }

    @Override
    public boolean removeEdge(Integer e) {
        throw new UnsupportedOperationException("read-only graph");
    }

    @Override
    public boolean removeVertex(Integer v) {
        throw new UnsupportedOperationException("read-only graph");
    }

    @Override
    public Set<Integer> vertexSet() {
        return new Range(graph.vertexCount());
    }

    @Override
    public Integer getEdgeSource(Integer e) {
        if (!isEdge(e)) {
            throw new IllegalArgumentException("no edge " + e);
        }
        return arcSource[e];
    }

    @Override
    public Integer getEdgeTarget(Integer e) {
        if (!isEdge(e)) {
            throw new IllegalArgumentException("no edge " + e);
        }
        return graph.outTargets()[e];
    }

    @Override
    public GraphType getType() {
        return TYPE;
    }

    @Override
    public double getEdgeWeight(Integer e) {
        if (!isEdge(e)) {
            throw new IllegalArgumentException("no edge " + e);
        }
        return graph.outWeights()[e];
    }

    @Override
    public void setEdgeWeight(Integer e, double weight) {
        throw new UnsupportedOperationException("read-only graph");
    }

    /** The integers {@code from..to-1} as an unmodifiable set. */
    private static final class Range extends AbstractSet<Integer> {
        private final int from;
        private final int to;

        Range(int size) {
            this(0, size);
        }

        Range(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer i && i >= from && i < to;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next = from;

                @Override
                public boolean hasNext() {
                    return next < to;
                }

                @Override
                public Integer next() {
                    if (next >= to) {
                        throw new NoSuchElementException();
                    }
                    return next++;
                }
            };
        }

        @Override
        public int size() {
            return to - from;
        }
    }
}
