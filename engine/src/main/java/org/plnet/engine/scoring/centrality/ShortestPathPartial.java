package org.plnet.engine.scoring.centrality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one shard of {@link ShortestPathCentrality} computes: the betweenness dependencies of its sources,
 * summed over the largest aligned blocks of its chunks ({@link DyadicSum}), and the closeness and harmonic
 * closeness of its sources, which each depend on their own source only. {@link #merge} adds the k shards of
 * a pass into the scores of a single run, the same to the bit.
 *
 * @param vertexCount  n
 * @param shard        which shard this is
 * @param firstSource  the shard's first source; its sources are firstSource .. firstSource + closeness.length - 1
 * @param blocks       the dependency sums, first chunk first, each of length n
 * @param closeness    the closeness of the shard's sources, in order
 * @param harmonic     the harmonic closeness of the shard's sources, in order
 */
public record ShortestPathPartial(int vertexCount, Shard shard, int firstSource, List<Block> blocks,
                                  double[] closeness, double[] harmonic) {

    /**
     * The betweenness dependencies summed over chunks [start, start + 2^level) of {@value
     * ShortestPathCentrality#CHUNK} sources each.
     */
    public record Block(int start, int level, double[] sums) {
    }

    public ShortestPathPartial {
        blocks = List.copyOf(blocks);
        if (closeness.length != harmonic.length) {
            throw new IllegalArgumentException("closeness and harmonic closeness differ in length");
        }
        for (Block b : blocks) {
            if (b.sums().length != vertexCount) {
                throw new IllegalArgumentException("a block of " + b.sums().length + " sums, not " + vertexCount);
            }
        }
    }

    /** The number of chunks of a pass over n sources. */
    public static int chunks(int n) {
        return (n + ShortestPathCentrality.CHUNK - 1) / ShortestPathCentrality.CHUNK;
    }

    /**
     * Adds the k shards of one pass into its scores, the same to the bit as {@link ShortestPathCentrality}
     * computes in one run.
     *
     * @param parts every shard 1..k of the same k exactly once, in any order
     * @throws IllegalArgumentException naming the problem when a shard is missing or repeated, the shards
     *                                  differ in k or in n, or their sources do not match their shard
     */
    public static ShortestPathScores merge(List<ShortestPathPartial> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no shards to merge");
        }
        int n = parts.get(0).vertexCount();
        int k = parts.get(0).shard().count();
        ShortestPathPartial[] byIndex = new ShortestPathPartial[k];
        for (ShortestPathPartial p : parts) {
            if (p.shard().count() != k) {
                throw new IllegalArgumentException("shard " + p.shard() + " is one of " + p.shard().count()
                        + " shards, not of " + k);
            }
            if (p.vertexCount() != n) {
                throw new IllegalArgumentException("shard " + p.shard() + " has " + p.vertexCount()
                        + " people, shard " + parts.get(0).shard() + " " + n);
            }
            if (byIndex[p.shard().index() - 1] != null) {
                throw new IllegalArgumentException("shard " + p.shard() + " given twice");
            }
            byIndex[p.shard().index() - 1] = p;
        }
        for (int i = 0; i < k; i++) {
            if (byIndex[i] == null) {
                throw new IllegalArgumentException("shard " + (i + 1) + "/" + k + " missing");
            }
        }
        int chunks = chunks(n);
        DyadicSum sum = new DyadicSum();
        double[] closeness = new double[n];
        double[] harmonic = new double[n];
        for (ShortestPathPartial p : byIndex) {
            int first = p.shard().firstChunk(chunks);
            int end = p.shard().endChunk(chunks);
            int sources = Math.min(n, end * ShortestPathCentrality.CHUNK) - first * ShortestPathCentrality.CHUNK;
            if (p.firstSource() != first * ShortestPathCentrality.CHUNK || p.closeness().length != Math.max(0, sources)) {
                throw new IllegalArgumentException("shard " + p.shard() + " does not hold the sources of shard "
                        + p.shard() + " of " + n + " people");
            }
            List<Block> blocks = new ArrayList<>(p.blocks());
            blocks.sort(Comparator.comparingInt(Block::start));
            int at = first;
            for (Block b : blocks) {
                if (b.start() != at) {
                    throw new IllegalArgumentException("shard " + p.shard() + " lacks chunks " + at + " to "
                            + b.start());
                }
                sum.add(new DyadicSum.Block(b.start(), b.level(), b.sums().clone()));
                at = Math.min(end, b.start() + (1 << b.level()));
            }
            if (at != end) {
                throw new IllegalArgumentException("shard " + p.shard() + " lacks chunks " + at + " to " + end);
            }
            System.arraycopy(p.closeness(), 0, closeness, p.firstSource(), p.closeness().length);
            System.arraycopy(p.harmonic(), 0, harmonic, p.firstSource(), p.harmonic().length);
        }
        return ShortestPathCentrality.scores(sum.total(n), closeness, harmonic);
    }
}
