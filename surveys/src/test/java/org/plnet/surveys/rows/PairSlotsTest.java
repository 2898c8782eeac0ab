package org.plnet.surveys.rows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The primitive map from (source, target) to the slot of a kept tie. */
class PairSlotsTest {

    @Test
    void findsEveryPairAmongManyThatLongHashCodeWouldCollide() {
        // every (i, i + d) has Long.hashCode = i ^ (i + d): the pairs below share few hash codes' worth of bits
        long[] pairs = new long[3000]; // the pair of each slot, as the kept ties' arrays give it
        PairSlots slots = new PairSlots(slot -> pairs[slot]);
        int n = 0;
        for (int i = 0; i < 300; i++) {
            for (int d = 1; d <= 10; d++) {
                pairs[n] = PairSlots.pair(i, i + d);
                slots.put(pairs[n], n++);
            }
        }
        n = 0;
        for (int i = 0; i < 300; i++) {
            for (int d = 1; d <= 10; d++) {
                assertThat(slots.get(PairSlots.pair(i, i + d))).isEqualTo(n++);
            }
        }
        assertThat(slots.get(PairSlots.pair(5, 4))).isEqualTo(-1);
        assertThat(slots.get(PairSlots.pair(0, 0))).isEqualTo(-1);
    }

    @Test
    void pairsSortBySourceThenTarget() {
        assertThat(PairSlots.pair(1, 0)).isGreaterThan(PairSlots.pair(0, Integer.MAX_VALUE));
        assertThat(PairSlots.pair(2, 3)).isLessThan(PairSlots.pair(2, 4));
    }
}
