package org.plnet.engine.scoring.cohesion;

import org.plnet.engine.graph.CompactGraph;

/**
 * The density of the directed graph D: the share of the n(n-1) possible ties that are present,
 * m / (n(n-1)), with n people and m ties; 0 when n &lt; 2, where no tie is possible.
 *
 * <p>Reference: S. Wasserman and K. Faust (1994), Social Network Analysis, Cambridge University Press.
 *
 * @param people n, the number of vertices
 * @param ties   m, the number of arcs of D
 */
public record Density(int people, long ties) {

    /** Counts n and m of the graph. */
    public static Density compute(CompactGraph g) {
        return new Density(g.vertexCount(), g.arcCount());
    }

    /** m / (n(n-1)); 0 when n &lt; 2. */
    public double value() {
        return people < 2 ? 0 : ties / ((double) people * (people - 1));
    }
}
