package org.plnet.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlowTest {

    @Test
    void seekCountsTheTiesAgainstTheArrowGiveAlongItMutualEitherOnce() {
        // 3 ties point the way in question, 5 the other way, 2 pairs are in both
        assertThat(Flow.SEEK.carrying(3, 5, 2)).isEqualTo(5);
        assertThat(Flow.GIVE.carrying(3, 5, 2)).isEqualTo(3);
        assertThat(Flow.MUTUAL.carrying(3, 5, 2)).isEqualTo(6);
    }

    @Test
    void theArrowDirectionsAgreeWithTheCounts() {
        for (Flow flow : Flow.values()) {
            assertThat(flow.carrying(1, 0, 0) == 1).isEqualTo(flow.alongArrow());
            assertThat(flow.carrying(0, 1, 0) == 1).isEqualTo(flow.againstArrow());
        }
    }
}
