package org.plnet.engine.scoring.cohesion;

import java.util.stream.IntStream;
import org.plnet.engine.graph.CompactGraph;

/**
 * The arc reciprocity of the directed graph D: the share of ties whose reverse tie is also present,
 * 2M / m, with m the number of ties and M the number of mutual pairs {u, v} (u -&gt; v and v -&gt; u both in
 * D); {@code null} when m = 0.
 *
 * <p>Reference: S. Wasserman and K. Faust (1994), Social Network Analysis, Cambridge University Press
 * (chapter 13, "Dyads").
 *
 * @param ties        m, the number of arcs of D
 * @param mutualPairs M, the number of unordered pairs joined by arcs both ways
 */
public record Reciprocity(long ties, long mutualPairs) {

    /** Counts the mutual pairs by merging each vertex's sorted out- and in-rows. */
    public static Reciprocity compute(CompactGraph g) {
        int[] outOffsets = g.outOffsets();
        int[] outTargets = g.outTargets();
        int[] inOffsets = g.inOffsets();
        int[] inSources = g.inSources();
        long reciprocatedArcs = IntStream.range(0, g.vertexCount()).parallel().mapToLong(v -> {
            long both = 0;
            int i = outOffsets[v];
            int j = inOffsets[v];
            while (i < outOffsets[v + 1] && j < inOffsets[v + 1]) {
                if (outTargets[i] < inSources[j]) {
                    i++;
                } else if (inSources[j] < outTargets[i]) {
                    j++;
                } else {
                    both++;
                    i++;
                    j++;
                }
            }
            return both;
        }).sum();
        return new Reciprocity(g.arcCount(), reciprocatedArcs / 2);
    }

    /** 2M / m; {@code null} when m = 0. */
    public Double value() {
        return ties == 0 ? null : (double) (2 * mutualPairs) / ties;
    }
}
