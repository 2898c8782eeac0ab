package org.plnet.engine.scoring.centralization;

import org.plnet.engine.graph.CompactGraph;

/**
 * Freeman's degree centralization of the undirected graph U: with deg(v) the number of neighbours of v in
 * U, deg* the largest degree and n the number of people,
 * C_D = sum over all v of (deg* - deg(v)) / ((n-1)(n-2)).
 * The denominator is the largest value the sum can take, reached by the star on n vertices, so C_D runs
 * from 0 (every degree equal) to 1 (a star). {@code null} when n &lt; 3.
 *
 * <p>Reference: L. C. Freeman (1979), "Centrality in social networks: conceptual clarification", Social
 * Networks 1(3):215–239.
 *
 * @param people    n, the number of vertices
 * @param maxDegree deg*, the largest degree in U (0 when n = 0)
 * @param shortfall sum over all v of (deg* - deg(v))
 */
public record FreemanDegreeCentralization(int people, int maxDegree, long shortfall) {

    /** Computes deg* and the shortfall sum of U. */
    public static FreemanDegreeCentralization compute(CompactGraph g) {
        int n = g.vertexCount();
        int max = 0;
        long degreeSum = 0;
        for (int v = 0; v < n; v++) {
            max = Math.max(max, g.degree(v));
            degreeSum += g.degree(v);
        }
        return new FreemanDegreeCentralization(n, max, (long) n * max - degreeSum);
    }

    /** C_D = shortfall / ((n-1)(n-2)); {@code null} when n &lt; 3. */
    public Double value() {
        return people < 3 ? null : shortfall / ((double) (people - 1) * (people - 2));
    }
}
