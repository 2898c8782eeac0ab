package org.plnet.engine.scoring.homophily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plnet.engine.scoring.TestGraphs.graph;
import static org.plnet.engine.scoring.TestGraphs.handStudy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnet.engine.graph.CompactGraph;

class EIIndexTest {

    @Test
    void emptyGraphIsUndefined() {
        assertThat(EIIndex.network(graph(0), new int[0]).value()).isNull();
        assertThat(EIIndex.byGroup(graph(0), new int[0], 0)).isEmpty();
    }

    @Test
    void onePersonHasNoTies() {
        // Staff 1 < 2: no density; no tie: no E-I index.
        assertThat(EIIndex.network(graph(1), new int[] {0}).value()).isNull();
        GroupTies only = EIIndex.byGroup(graph(1), new int[] {0}, 1).get(0);
        assertThat(only).isEqualTo(new GroupTies(1, 0, 0));
        assertThat(only.eiIndex()).isNull();
        assertThat(only.density()).isNull();
    }

    @Test
    void everyArcCountsOnceWhateverItsDirection() {
        // 0 <-> 1 across groups 0 and 1, 0 -> 2 inside group 0: E = 2, I = 1: (2 - 1) / 3.
        EIIndex ei = EIIndex.network(graph(3, 0, 1, 1, 0, 0, 2), new int[] {0, 1, 0});
        assertThat(ei).isEqualTo(new EIIndex(2, 1));
        assertThat(ei.value()).isEqualTo(1.0 / 3);
    }

    @Test
    void unknownGroupIsLeftOutOfTheNetworkButExternalToTheGroup() {
        // 0 (group 0) -> 1 (unknown), 2 (unknown) -> 0, 0 -> 3 (group 0), isolate 4 (group 1).
        // Network: only 0 -> 3 has two known ends: E = 0, I = 1: -1.
        // Group 0 (staff 0, 3): internal 0 -> 3; external 0 -> 1 and 2 -> 0: (2 - 1) / 3; density 1/(2*1).
        // Group 1 (staff 4): no tie: E-I null; staff 1: density null.
        CompactGraph g = graph(5, 0, 1, 2, 0, 0, 3);
        int[] group = {0, -1, -1, 0, 1};
        assertThat(EIIndex.network(g, group)).isEqualTo(new EIIndex(0, 1));
        assertThat(EIIndex.network(g, group).value()).isEqualTo(-1.0);
        List<GroupTies> byGroup = EIIndex.byGroup(g, group, 2);
        assertThat(byGroup).containsExactly(new GroupTies(2, 1, 2), new GroupTies(1, 0, 0));
        assertThat(byGroup.get(0).eiIndex()).isEqualTo(1.0 / 3);
        assertThat(byGroup.get(0).density()).isEqualTo(0.5);
        assertThat(byGroup.get(1).eiIndex()).isNull();
        assertThat(byGroup.get(1).density()).isNull();
    }

    @Test
    void onlyUnknownEndsGiveNoNetworkIndex() {
        // Every tie touches someone of unknown school: E + I = 0.
        assertThat(EIIndex.network(graph(3, 0, 1, 1, 2), new int[] {0, -1, 1}).value()).isNull();
    }

    @Test
    void groupWithoutStaffIsEmpty() {
        // Groups 0..2, nobody in group 1.
        List<GroupTies> byGroup = EIIndex.byGroup(graph(2, 0, 1), new int[] {0, 2}, 3);
        assertThat(byGroup).containsExactly(new GroupTies(1, 0, 1), new GroupTies(0, 0, 0),
                new GroupTies(1, 0, 1));
        assertThat(byGroup.get(0).eiIndex()).isEqualTo(1.0);
    }

    @Test
    void handStudyOfTheConformanceSuite() {
        // D: a3->a1, a1->a3, a2->a4, a1->a2 (A-A), b2->b1, b1->b3 (B-B), b1->a2 (B-A).
        // Network: E = 1, I = 6: -5/7.
        // A: staff 5, internal 4, external 1: -3/5 = -0.6; density 4 / 20 = 0.2.
        // B: staff 3, internal 2, external 1: -1/3; density 2 / 6.
        CompactGraph g = handStudy();
        int[] group = {0, 0, 0, 0, 0, 1, 1, 1};
        assertThat(EIIndex.network(g, group).value()).isEqualTo(-0.7142857142857143);
        List<GroupTies> byGroup = EIIndex.byGroup(g, group, 2);
        assertThat(byGroup).containsExactly(new GroupTies(5, 4, 1), new GroupTies(3, 2, 1));
        assertThat(byGroup.get(0).eiIndex()).isEqualTo(-0.6);
        assertThat(byGroup.get(0).density()).isEqualTo(0.2);
        assertThat(byGroup.get(1).eiIndex()).isEqualTo(-0.3333333333333333);
        assertThat(byGroup.get(1).density()).isEqualTo(0.3333333333333333);
    }

    @Test
    void rejectsGroupsThatDoNotFit() {
        assertThatThrownBy(() -> EIIndex.network(graph(2), new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EIIndex.byGroup(graph(2), new int[] {0, 2}, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EIIndex.byGroup(graph(1), new int[] {-2}, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
