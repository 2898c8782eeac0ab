package org.plnet.surveys.rows;

import java.util.Arrays;

/**
 * Maps a (source, target) pair, packed in a long, to the slot of its kept tie: open addressing on primitive
 * arrays. A {@code HashMap<Long, Integer>} would box every key, and {@link Long#hashCode} of
 * {@code source << 32 | target} is {@code source ^ target}, which collides for every pair on a diagonal.
 */
final class PairSlots {

    private static final long EMPTY = -1L; // no pair of two non-negative ints packs to -1

    private long[] keys = new long[64];
    private int[] slots = new int[64];
    private int size;

    PairSlots() {
        Arrays.fill(keys, EMPTY);
    }

    static long pair(int source, int target) {
        return (long) source << 32 | target;
    }

    /** The slot of {@code pair}, or -1. */
    int get(long pair) {
        int mask = keys.length - 1;
        for (int i = index(pair, mask); ; i = (i + 1) & mask) {
            if (keys[i] == pair) {
                return slots[i];
            }
            if (keys[i] == EMPTY) {
                return -1;
            }
        }
    }

    /** Adds a pair not yet present. */
    void put(long pair, int slot) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(keys, slots, pair, slot);
        size++;
    }

    private void grow() {
        long[] newKeys = new long[keys.length * 2];
        int[] newSlots = new int[keys.length * 2];
        Arrays.fill(newKeys, EMPTY);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                insert(newKeys, newSlots, keys[i], slots[i]);
            }
        }
        keys = newKeys;
        slots = newSlots;
    }

    private static void insert(long[] keys, int[] slots, long pair, int slot) {
        int mask = keys.length - 1;
        int i = index(pair, mask);
        while (keys[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        keys[i] = pair;
        slots[i] = slot;
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
