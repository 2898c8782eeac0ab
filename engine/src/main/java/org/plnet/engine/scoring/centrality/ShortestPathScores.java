package org.plnet.engine.scoring.centrality;

/**
 * The shortest-path centralities of every person, indexed by vertex {@code 0..n-1}; see
 * {@link ShortestPathCentrality} for the definitions. Immutable: the arrays are owned by this object and
 * never handed out.
 */
public final class ShortestPathScores {

    private final double[] betweenness;
    private final double[] betweennessNormalized;
    private final double[] closeness;
    private final double[] harmonicCloseness;
    private final BetweennessSampling sampling;

    ShortestPathScores(double[] betweenness, double[] betweennessNormalized, double[] closeness,
                       double[] harmonicCloseness) {
        this(betweenness, betweennessNormalized, closeness, harmonicCloseness, null);
    }

    ShortestPathScores(double[] betweenness, double[] betweennessNormalized, double[] closeness,
                       double[] harmonicCloseness, BetweennessSampling sampling) {
        this.sampling = sampling;
        this.betweenness = betweenness;
        this.betweennessNormalized = betweennessNormalized;
        this.closeness = closeness;
        this.harmonicCloseness = harmonicCloseness;
    }

    /** n, the number of people scored. */
    /** How betweenness was sampled; {@code null} when it is exact. */
    public BetweennessSampling sampling() {
        return sampling;
    }

    public int size() {
        return betweenness.length;
    }

    /** Brandes betweenness of v on D, unnormalised, over ordered pairs (s, t). */
    public double betweenness(int v) {
        return betweenness[v];
    }

    /** {@link #betweenness(int)} / ((n-1)(n-2)); 0 when n &lt; 3. */
    public double betweennessNormalized(int v) {
        return betweennessNormalized[v];
    }

    /** Wasserman–Faust closeness of v on U; 0 when v reaches nobody. */
    public double closeness(int v) {
        return closeness[v];
    }

    /** Harmonic closeness of v on U, divided by n-1; 0 when n &lt; 2. */
    public double harmonicCloseness(int v) {
        return harmonicCloseness[v];
    }
}
