package org.plnet.engine.model;

import java.util.Objects;

/**
 * The kept ties of one relation in one wave (study-format.md): no self-ties, no weight-0 rows,
 * duplicates merged to their maximum weight, sorted by source then target. People are indices into
 * {@link Study#people()}. Rows below the relation's {@code tieMin} are kept here; the graph D leaves
 * them out.
 */
public final class KeptTies {

    private final String relation;
    private final String wave;
    private final int[] sources;
    private final int[] targets;
    private final double[] weights;

    /**
     * Takes the arrays without copying them: the caller hands them over and must not change them afterwards.
     *
     * @throws IllegalArgumentException when the arrays differ in length, are not sorted by (source, target),
     *                                  repeat a pair, hold a self-tie or a weight that is not positive
     */
    public KeptTies(String relation, String wave, int[] sources, int[] targets, double[] weights) {
        this.relation = Objects.requireNonNull(relation);
        this.wave = Objects.requireNonNull(wave);
        if (sources.length != targets.length || sources.length != weights.length) {
            throw new IllegalArgumentException("tie arrays differ in length");
        }
        for (int k = 0; k < sources.length; k++) {
            if (sources[k] == targets[k]) {
                throw new IllegalArgumentException("self-tie at " + k);
            }
            if (!(weights[k] > 0) || Double.isInfinite(weights[k])) {
                throw new IllegalArgumentException("weight must be positive and finite at " + k);
            }
            if (k > 0 && (sources[k] < sources[k - 1]
                    || sources[k] == sources[k - 1] && targets[k] <= targets[k - 1])) {
                throw new IllegalArgumentException("ties not sorted by (source, target) or repeated at " + k);
            }
        }
        // taken, not copied: a layer of millions of ties is held once (the readers make these arrays for it)
        this.sources = sources;
        this.targets = targets;
        this.weights = weights;
    }

    public String relation() {
        return relation;
    }

    public String wave() {
        return wave;
    }

    public int size() {
        return sources.length;
    }

    public int source(int k) {
        return sources[k];
    }

    public int target(int k) {
        return targets[k];
    }

    public double weight(int k) {
        return weights[k];
    }

    /**
     * The sources, targets and weights of every kept tie, in (source, target) order, as held: not copies, so that
     * the graph D of a layer whose every tie is an arc shares them instead of holding them a second time
     * ({@link org.plnet.engine.graph.StudyGraph#of}). Callers must not change them.
     */
    public int[] sources() {
        return sources;
    }

    /** The targets as held; see {@link #sources()}. Callers must not change them. */
    public int[] targets() {
        return targets;
    }

    /** The weights as held; see {@link #sources()}. Callers must not change them. */
    public double[] weights() {
        return weights;
    }
}
