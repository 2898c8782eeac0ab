package org.plnet.engine.scoring.centrality;

import java.util.Objects;

/**
 * The eigenvector centrality of every person, indexed by vertex {@code 0..n-1}; see
 * {@link EigenvectorCentrality}. Either defined for everyone or for no one. Immutable.
 */
public final class EigenvectorScores {

    private final int size;
    private final double[] vector;

    private EigenvectorScores(int size, double[] vector) {
        this.size = size;
        this.vector = vector;
    }

    static EigenvectorScores undefined(int n) {
        return new EigenvectorScores(n, null);
    }

    static EigenvectorScores of(double[] vector) {
        return new EigenvectorScores(vector.length, vector);
    }

    /** n, the number of people scored. */
    public int size() {
        return size;
    }

    /** Whether the largest eigenvalue of U's adjacency matrix is simple, so that the scores exist. */
    public boolean defined() {
        return vector != null;
    }

    /**
     * The entry of v in the principal eigenvector (non-negative, Euclidean norm 1 over all people), or
     * {@code null} when the scores are not {@link #defined()}.
     *
     * @throws IndexOutOfBoundsException when v is not in {@code 0..n-1}
     */
    public Double score(int v) {
        Objects.checkIndex(v, size);
        return vector == null ? null : vector[v];
    }
}
