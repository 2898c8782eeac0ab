package org.plnet.engine.scoring.centrality;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Adds per-chunk arrays in a fixed binary tree over the chunk numbers 0..C-1, so that the sum is the same to
 * the bit however the chunks were split among shards. Floating-point addition is not associative, so a left
 * fold ((c0 + c1) + c2) + ... could only be continued by whoever holds the running total; in the tree every
 * aligned block of 2^L chunks [j 2^L, (j+1) 2^L) has one value, its left half plus its right half, and a
 * shard hands on the values of the largest aligned blocks inside its range. Adding blocks in chunk order
 * with {@link #add} joins two halves as soon as both are there; {@link #total} then adds what is left from
 * the right, which is the tree's root with the missing chunks beyond C-1 left out. Up to three chunks this
 * is the same as the left fold.
 */
final class DyadicSum {

    /** The sum of chunks [start, start + 2^level) of a tree over chunk numbers; sums[v] per vertex. */
    record Block(int start, int level, double[] sums) {
        Block {
            if (start < 0 || level < 0 || level > 30 || start % (1 << level) != 0) {
                throw new IllegalArgumentException("not an aligned block: start " + start + ", level " + level);
            }
        }

        int end() {
            return start + (1 << level);
        }
    }

    private final Deque<Block> stack = new ArrayDeque<>();
    private final Deque<double[]> spare = new ArrayDeque<>();

    /**
     * Adds the next block, which must start where the blocks added so far end; its array then belongs to this
     * sum (it may be added to, or reused by {@link #freshArray}).
     */
    void add(Block block) {
        Block b = block;
        while (!stack.isEmpty() && stack.peek().level() == b.level() && stack.peek().end() == b.start()
                && stack.peek().start() % (1 << (b.level() + 1)) == 0) {
            Block left = stack.pop();
            plus(left.sums(), b.sums());
            spare.push(b.sums());
            b = new Block(left.start(), left.level() + 1, left.sums());
        }
        if (!stack.isEmpty() && stack.peek().end() != b.start()) {
            throw new IllegalArgumentException("chunks " + stack.peek().end() + " to " + b.start() + " missing");
        }
        stack.push(b);
    }

    /** An array of length n, all zero, reusing one that a join has freed. */
    double[] freshArray(int n) {
        double[] a = spare.poll();
        if (a == null || a.length != n) {
            return new double[n];
        }
        java.util.Arrays.fill(a, 0.0);
        return a;
    }

    /** The blocks so far, first chunk first: the largest aligned blocks of the range added. */
    List<Block> blocks() {
        List<Block> list = new java.util.ArrayList<>(stack);
        java.util.Collections.reverse(list);
        return list;
    }

    /** The chunk after the last one added (0 when none). */
    int end() {
        return stack.isEmpty() ? 0 : stack.peek().end();
    }

    /** The sum of everything added, folded from the right; zeros of length n when nothing was added. */
    double[] total(int n) {
        if (stack.isEmpty()) {
            return new double[n];
        }
        double[] right = stack.pop().sums();
        while (!stack.isEmpty()) {
            double[] left = stack.pop().sums();
            plus(left, right);
            right = left;
        }
        return right;
    }

    /** left[v] = left[v] + right[v]: the left block's value first, as in the tree. */
    private static void plus(double[] left, double[] right) {
        for (int v = 0; v < left.length; v++) {
            left[v] = left[v] + right[v];
        }
    }
}
