package org.plnet.engine.scoring.centrality;

/**
 * One of k shards of an all-pairs pass, numbered 1..k: shard i takes the source chunks
 * [floor((i-1) C / k), floor(i C / k)) of the C chunks of {@value ShortestPathCentrality#CHUNK} consecutive
 * sources, so the k shards cover every source exactly once (a shard may be empty when k &gt; C).
 *
 * @param index the shard, 1..count
 * @param count k, at least 1
 */
public record Shard(int index, int count) {

    /** The whole pass as one shard. */
    public static final Shard WHOLE = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is i/k with 1 <= i <= k, not " + index + "/" + count);
        }
    }

    /**
     * Reads {@code i/k}, e.g. {@code 2/7}.
     *
     * @throws IllegalArgumentException naming the text when it is not i/k with 1 &lt;= i &lt;= k
     */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("'" + text + "' is not a shard i/k with 1 <= i <= k, e.g. 2/7");
    }

    /** The first chunk of this shard, of {@code chunks} in all. */
    public int firstChunk(int chunks) {
        return (int) ((long) (index - 1) * chunks / count);
    }

    /** One past the last chunk of this shard, of {@code chunks} in all. */
    public int endChunk(int chunks) {
        return (int) ((long) index * chunks / count);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
