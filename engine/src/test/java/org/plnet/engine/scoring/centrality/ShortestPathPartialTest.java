package org.plnet.engine.scoring.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.scoring.TestGraphs;

class ShortestPathPartialTest {

    private static List<ShortestPathPartial> shards(CompactGraph g, int k, int threads) {
        List<ShortestPathPartial> parts = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            parts.add(ShortestPathCentrality.partial(g, new Shard(i, k), threads));
        }
        return parts;
    }

    private static void assertSameBits(ShortestPathScores a, ShortestPathScores b) {
        assertThat(a.size()).isEqualTo(b.size());
        for (int v = 0; v < a.size(); v++) {
            assertThat(Double.doubleToRawLongBits(a.betweenness(v))).isEqualTo(Double.doubleToRawLongBits(b.betweenness(v)));
            assertThat(Double.doubleToRawLongBits(a.betweennessNormalized(v)))
                    .isEqualTo(Double.doubleToRawLongBits(b.betweennessNormalized(v)));
            assertThat(Double.doubleToRawLongBits(a.closeness(v))).isEqualTo(Double.doubleToRawLongBits(b.closeness(v)));
            assertThat(Double.doubleToRawLongBits(a.harmonicCloseness(v)))
                    .isEqualTo(Double.doubleToRawLongBits(b.harmonicCloseness(v)));
        }
    }

    @Test
    void oneTwoAndSevenShardsMergeToTheSameBitsAsOneRun() {
        // 1,500 people = 24 chunks: shards of 3 or 4 chunks start off the tree's block boundaries
        CompactGraph g = TestGraphs.randomSparse(1500, 6000, 11);
        ShortestPathScores single = ShortestPathCentrality.compute(g, 2);
        for (int k : new int[] {1, 2, 7}) {
            List<ShortestPathPartial> parts = shards(g, k, 1);
            Collections.reverse(parts); // any order
            assertSameBits(ShortestPathPartial.merge(parts), single);
        }
    }

    @Test
    void moreShardsThanChunksLeavesSomeEmpty() {
        CompactGraph g = TestGraphs.randomSparse(200, 600, 3); // 4 chunks, 7 shards
        List<ShortestPathPartial> parts = shards(g, 7, 2);
        assertThat(parts.stream().filter(p -> p.closeness().length == 0).count()).isEqualTo(3);
        assertSameBits(ShortestPathPartial.merge(parts), ShortestPathCentrality.compute(g, 1));
    }

    @Test
    void emptyGraphAndOnePerson() {
        CompactGraph empty = CompactGraph.of(0, new int[0], new int[0], new double[0]);
        assertThat(ShortestPathPartial.merge(shards(empty, 2, 1)).size()).isZero();
        CompactGraph one = CompactGraph.of(1, new int[0], new int[0], new double[0]);
        ShortestPathScores s = ShortestPathPartial.merge(shards(one, 2, 1));
        assertThat(s.betweenness(0)).isZero();
        assertThat(s.closeness(0)).isZero();
    }

    @Test
    void aMissingRepeatedOrForeignShardIsNamed() {
        CompactGraph g = TestGraphs.randomSparse(300, 900, 5);
        List<ShortestPathPartial> parts = shards(g, 3, 1);
        assertThatThrownBy(() -> ShortestPathPartial.merge(parts.subList(0, 2)))
                .hasMessage("shard 3/3 missing");
        assertThatThrownBy(() -> ShortestPathPartial.merge(List.of(parts.get(0), parts.get(0), parts.get(2))))
                .hasMessage("shard 1/3 given twice");
        List<ShortestPathPartial> mixed = new ArrayList<>(parts.subList(0, 2));
        mixed.add(ShortestPathCentrality.partial(g, new Shard(2, 2), 1));
        assertThatThrownBy(() -> ShortestPathPartial.merge(mixed)).hasMessage("shard 2/2 is one of 2 shards, not of 3");
        List<ShortestPathPartial> other = new ArrayList<>(parts.subList(0, 2));
        other.add(ShortestPathCentrality.partial(TestGraphs.randomSparse(301, 900, 5), new Shard(3, 3), 1));
        assertThatThrownBy(() -> ShortestPathPartial.merge(other)).hasMessage("shard 3/3 has 301 people, shard 1/3 300");
    }

    @Test
    void shardsParse() {
        assertThat(Shard.parse("2/7")).isEqualTo(new Shard(2, 7));
        assertThatThrownBy(() -> Shard.parse("0/7")).hasMessageContaining("'0/7' is not a shard i/k");
        assertThatThrownBy(() -> Shard.parse("8/7")).hasMessageContaining("'8/7'");
        assertThatThrownBy(() -> Shard.parse("x")).hasMessageContaining("'x'");
        // 10 chunks in 3 shards: [0,3), [3,6), [6,10)
        assertThat(new Shard(1, 3).endChunk(10)).isEqualTo(3);
        assertThat(new Shard(3, 3).firstChunk(10)).isEqualTo(6);
        assertThat(new Shard(3, 3).endChunk(10)).isEqualTo(10);
    }
}
