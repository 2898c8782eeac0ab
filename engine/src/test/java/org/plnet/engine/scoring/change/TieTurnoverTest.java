package org.plnet.engine.scoring.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plnet.engine.scoring.TestGraphs.graph;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.plnet.engine.graph.CompactGraph;

class TieTurnoverTest {

    private static BitSet people(int... v) {
        BitSet b = new BitSet();
        for (int x : v) {
            b.set(x);
        }
        return b;
    }

    @Test
    void handWorkedTwoWaves() {
        // Schools: 0, 1 in school 0; 2, 3 in school 1; 4 unknown. Answered both waves: 0, 2, 4 (not 1, 3).
        // w1: 0->1, 0->2, 2->3, 1->0, 3->2, 4->0
        // w2: 0->1, 0->3, 2->0, 1->2, 4->0, 4->1
        // source 0: kept 0->1, new 0->3, lost 0->2      source 2: new 2->0, lost 2->3
        // source 4: kept 4->0, new 4->1                 sources 1, 3 did not answer both: left out
        // kept 2, new 3, lost 2, Jaccard 2 / 7
        CompactGraph w1 = graph(5, 0, 1, 0, 2, 2, 3, 1, 0, 3, 2, 4, 0);
        CompactGraph w2 = graph(5, 0, 1, 0, 3, 2, 0, 1, 2, 4, 0, 4, 1);
        TieTurnover t = TieTurnover.count(w1, w2, people(0, 2, 4), new int[] {0, 0, 1, 1, -1}, 2);
        assertThat(t.kept()).isEqualTo(2);
        assertThat(t.added()).isEqualTo(3);
        assertThat(t.lost()).isEqualTo(2);
        assertThat(t.jaccard()).isEqualTo(2.0 / 7);
        assertThat(t.schools()).containsExactly(new TieTurnover.SchoolTurnover(1, 1, 1),
                new TieTurnover.SchoolTurnover(0, 1, 1));
    }

    @Test
    void aNonRespondentsTieIsNeitherNewNorLost() {
        // 1 answered only in w2: its new tie 1 -> 0 does not count; nobody else has ties
        TieTurnover t = TieTurnover.count(graph(2), graph(2, 1, 0), people(0), new int[] {0, 0}, 1);
        assertThat(t.added()).isZero();
        assertThat(t.jaccard()).isNull();
    }

    @Test
    void emptyAndMismatchedGraphs() {
        TieTurnover t = TieTurnover.count(graph(0), graph(0), new BitSet(), new int[0], 0);
        assertThat(t.kept() + t.added() + t.lost()).isZero();
        assertThatThrownBy(() -> TieTurnover.count(graph(2), graph(3), new BitSet(), new int[2], 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
