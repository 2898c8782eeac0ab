package org.plnet.surveys.rows;

import java.util.Arrays;
import java.util.function.IntToLongFunction;

/**
 * Maps a (source, target) pair, packed in a long, to the slot of its kept tie: open addressing on one int array
 * of slots. The pairs themselves are not held a second time: the table asks {@code pairOf} for the pair of a
 * slot it meets (the kept ties' own arrays). A {@code HashMap<Long, Integer>} would box every key, and
 * {@link Long#hashCode} of {@code source << 32 | target} is {@code source ^ target}, which collides for every
 * pair on a diagonal.
 */
final class PairSlots {

    private static final int EMPTY = -1;

    private final IntToLongFunction pairOf;
    private int[] table = empty(64);
    private int size;

    /** @param pairOf the pair of each slot put so far */
    PairSlots(IntToLongFunction pairOf) {
        this.pairOf = pairOf;
    }

    static long pair(int source, int target) {
        return (long) source << 32 | target;
    }

    /** The slot of {@code pair}, or -1. */
    int get(long pair) {
        int mask = table.length - 1;
        for (int i = index(pair, mask); ; i = (i + 1) & mask) {
            int slot = table[i];
            if (slot == EMPTY) {
                return -1;
            }
            if (pairOf.applyAsLong(slot) == pair) {
                return slot;
            }
        }
    }

    /** Adds a pair not yet present, whose slot {@code pairOf} already answers for. */
    void put(long pair, int slot) {
        if (2 * (size + 1) > table.length) {
            grow();
        }
        insert(table, pair, slot);
        size++;
    }

    private void grow() {
        int[] bigger = empty(table.length * 2);
        for (int slot : table) {
            if (slot != EMPTY) {
                insert(bigger, pairOf.applyAsLong(slot), slot);
            }
        }
        table = bigger;
    }

    private static int[] empty(int length) {
        int[] t = new int[length];
        Arrays.fill(t, EMPTY);
        return t;
    }

    private static void insert(int[] table, long pair, int slot) {
        int mask = table.length - 1;
        int i = index(pair, mask);
        while (table[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        table[i] = slot;
    }

    /** The finalizer of MurmurHash3 (Appleby), spreading every bit of the pair over the index. */
    private static int index(long pair, int mask) {
        long h = pair;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }
}
