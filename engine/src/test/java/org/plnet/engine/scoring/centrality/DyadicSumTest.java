package org.plnet.engine.scoring.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DyadicSumTest {

    private static DyadicSum.Block chunk(int c, double value) {
        return new DyadicSum.Block(c, 0, new double[] {value});
    }

    @Test
    void addsInTheTreeNotLeftToRight() {
        // chunks 1e16, 1, 1, 1 (the spacing of doubles near 1e16 is 2):
        // left to right ((1e16 + 1) + 1) + 1 = 1e16, each 1 rounds away;
        // the tree (1e16 + 1) + (1 + 1) = 1e16 + 2 = 10000000000000002
        DyadicSum sum = new DyadicSum();
        sum.add(chunk(0, 1e16));
        sum.add(chunk(1, 1));
        sum.add(chunk(2, 1));
        sum.add(chunk(3, 1));
        assertThat(sum.total(1)[0]).isEqualTo(10000000000000002.0);
    }

    @Test
    void aShardOffTheBlockBoundariesKeepsItsLargestAlignedBlocks() {
        // chunks 1..4 of a longer pass: [1], [2, 3], [4]
        DyadicSum sum = new DyadicSum();
        for (int c = 1; c <= 4; c++) {
            sum.add(chunk(c, c));
        }
        assertThat(sum.blocks()).extracting(DyadicSum.Block::start, DyadicSum.Block::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 0), org.assertj.core.groups.Tuple.tuple(2, 1),
                        org.assertj.core.groups.Tuple.tuple(4, 0));
        assertThat(sum.blocks().get(1).sums()[0]).isEqualTo(5.0); // 2 + 3
    }

    @Test
    void upToThreeChunksTheSameAsLeftToRightAndGapsRefused() {
        // (c0 + c1) + c2 in both orders of grouping
        DyadicSum sum = new DyadicSum();
        sum.add(chunk(0, 0.1));
        sum.add(chunk(1, 0.2));
        sum.add(chunk(2, 0.3));
        assertThat(sum.total(1)[0]).isEqualTo((0.1 + 0.2) + 0.3);
        assertThat(new DyadicSum().total(2)).containsExactly(0.0, 0.0);
        DyadicSum gap = new DyadicSum();
        gap.add(chunk(0, 1));
        assertThatThrownBy(() -> gap.add(chunk(2, 1))).hasMessage("chunks 1 to 2 missing");
        assertThatThrownBy(() -> new DyadicSum.Block(1, 1, new double[1])).hasMessageContaining("not an aligned block");
    }
}
