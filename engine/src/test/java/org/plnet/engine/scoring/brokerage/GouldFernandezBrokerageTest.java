package org.plnet.engine.scoring.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plnet.engine.scoring.TestGraphs.graph;
import static org.plnet.engine.scoring.TestGraphs.handStudy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.plnet.engine.graph.CompactGraph;

class GouldFernandezBrokerageTest {

    private static BrokerageCounts counts(long coordinator, long itinerant, long representative,
                                          long gatekeeper, long liaison) {
        return new BrokerageCounts(coordinator, itinerant, representative, gatekeeper, liaison);
    }

    @Test
    void emptyGraphHasNoBrokers() {
        assertThat(GouldFernandezBrokerage.compute(graph(0), new int[0]).size()).isZero();
    }

    @Test
    void onePersonBrokersNothing() {
        GouldFernandezBrokerage b = GouldFernandezBrokerage.compute(graph(1), new int[] {0});
        assertThat(b.size()).isEqualTo(1);
        assertThat(b.counts(0)).isEqualTo(BrokerageCounts.NONE);
    }

    @Test
    void oneBrokerInAllFiveRoles() {
        // Broker 0 (group 0). In: 1 (group 0), 2 (group 1). Out: 3 (group 0), 4 (group 1), 5 (group 2).
        // Six open pairs (a, c) with groups (s(a), 0, s(c)):
        //   (1,3) 0-0-0 coordinator   (1,4) 0-0-1 representative   (1,5) 0-0-2 representative
        //   (2,3) 1-0-0 gatekeeper    (2,4) 1-0-1 itinerant        (2,5) 1-0-2 liaison
        // Nobody else has both an in- and an out-neighbour.
        CompactGraph g = graph(6, 1, 0, 2, 0, 0, 3, 0, 4, 0, 5);
        GouldFernandezBrokerage b = GouldFernandezBrokerage.compute(g, new int[] {0, 0, 1, 0, 1, 2});
        assertThat(b.counts(0)).isEqualTo(counts(1, 1, 2, 1, 1));
        assertThat(b.counts(0).total()).isEqualTo(6);
        assertThat(b.count(0, BrokerageRole.REPRESENTATIVE)).isEqualTo(2);
        for (int v = 1; v < 6; v++) {
            assertThat(b.counts(v)).isEqualTo(BrokerageCounts.NONE);
        }
    }

    @Test
    void closedTriadGivesNoRole() {
        // 0 -> 1 -> 2 with 0 -> 2 present: the only two-path through 1 is closed; 0 has no in-tie, 2 no out-tie.
        GouldFernandezBrokerage b = GouldFernandezBrokerage.compute(graph(3, 0, 1, 1, 2, 0, 2), new int[3]);
        for (int v = 0; v < 3; v++) {
            assertThat(b.counts(v)).isEqualTo(BrokerageCounts.NONE);
        }
    }

    @Test
    void onlyTheArcFromAToCClosesTheTwoPath() {
        // Cycle 0 -> 1 -> 2 -> 0: for broker 1 the pair (0, 2) needs 0 -> 2, which is absent (2 -> 0 does not
        // count), so each vertex brokers one open two-path: 1 on (0,2), 2 on (1,0), 0 on (2,1). One group:
        // one coordinator role each.
        GouldFernandezBrokerage b = GouldFernandezBrokerage.compute(graph(3, 0, 1, 1, 2, 2, 0), new int[3]);
        for (int v = 0; v < 3; v++) {
            assertThat(b.counts(v)).isEqualTo(counts(1, 0, 0, 0, 0));
        }
    }

    @Test
    void reciprocatedTieIsNoTwoPath() {
        // 0 <-> 1: for broker 1 the only pair is (0, 0), and a = c is left out.
        GouldFernandezBrokerage b = GouldFernandezBrokerage.compute(graph(2, 0, 1, 1, 0), new int[] {0, 1});
        assertThat(b.counts(0)).isEqualTo(BrokerageCounts.NONE);
        assertThat(b.counts(1)).isEqualTo(BrokerageCounts.NONE);
    }

    @Test
    void directionDecidesBetweenGatekeeperAndRepresentative() {
        // Groups: 0 -> group 1, broker 1 and 2 -> group 0.
        int[] group = {1, 0, 0};
        // 0 -> 1 -> 2: outsider in, s(a) != s(b) = s(c): gatekeeper.
        assertThat(GouldFernandezBrokerage.compute(graph(3, 0, 1, 1, 2), group).counts(1))
                .isEqualTo(counts(0, 0, 0, 1, 0));
        // 2 -> 1 -> 0: own group out, s(a) = s(b) != s(c): representative.
        assertThat(GouldFernandezBrokerage.compute(graph(3, 2, 1, 1, 0), group).counts(1))
                .isEqualTo(counts(0, 0, 1, 0, 0));
    }

    @Test
    void unknownGroupsLeaveTheirTwoPathsOut() {
        // Star through broker 0: in 1, 2; out 3, 4. Groups: 0 -> 0, 1 -> 0, 2 -> unknown, 3 -> 1, 4 -> unknown.
        // Pairs (1,3) 0-0-1 representative; (1,4), (2,3), (2,4) have an unknown end: left out.
        CompactGraph g = graph(5, 1, 0, 2, 0, 0, 3, 0, 4);
        assertThat(GouldFernandezBrokerage.compute(g, new int[] {0, 0, -1, 1, -1}).counts(0))
                .isEqualTo(counts(0, 0, 1, 0, 0));
        // A broker of unknown school has no roles at all.
        assertThat(GouldFernandezBrokerage.compute(g, new int[] {-1, 0, 0, 0, 0}).counts(0))
                .isEqualTo(BrokerageCounts.NONE);
    }

    @Test
    void isolatesAndSecondComponentAreCountedApart() {
        // Component {0,1,2}: 0 -> 1 -> 2; component {3,4,5}: 3 -> 4 -> 5; 6 isolated. Groups 0,0,1 | 1,1,1 | 0.
        // Broker 1: 0-0-1 representative. Broker 4: 1-1-1 coordinator.
        CompactGraph g = graph(7, 0, 1, 1, 2, 3, 4, 4, 5);
        GouldFernandezBrokerage b = GouldFernandezBrokerage.compute(g, new int[] {0, 0, 1, 1, 1, 1, 0});
        assertThat(b.counts(1)).isEqualTo(counts(0, 0, 1, 0, 0));
        assertThat(b.counts(4)).isEqualTo(counts(1, 0, 0, 0, 0));
        assertThat(b.counts(6)).isEqualTo(BrokerageCounts.NONE);
    }

    @Test
    void handStudyOfTheConformanceSuite() {
        // spec/conformance/hand-study, D = a3->a1, a1->a3, a2->a4, b1->a2, b2->b1, b1->b3, a1->a2 on
        // a1 a2 a3 a4 a5 b1 b2 b3 = 0..7, schools A = 0 (a1..a5), B = 1 (b1..b3).
        //   a1: in {a3}, out {a2, a3}: (a3,a2) A-A-A coordinator; (a3,a3) is a = c.
        //   a2: in {a1, b1}, out {a4}: (a1,a4) coordinator, (b1,a4) B-A-A gatekeeper.
        //   a3: in {a1}, out {a1}: only a = c.
        //   b1: in {b2}, out {a2, b3}: (b2,a2) B-B-A representative, (b2,b3) coordinator.
        CompactGraph g = handStudy();
        GouldFernandezBrokerage b = GouldFernandezBrokerage.compute(g, new int[] {0, 0, 0, 0, 0, 1, 1, 1});
        assertThat(b.counts(0)).isEqualTo(counts(1, 0, 0, 0, 0));
        assertThat(b.counts(1)).isEqualTo(counts(1, 0, 0, 1, 0));
        assertThat(b.counts(5)).isEqualTo(counts(1, 0, 1, 0, 0));
        for (int v : new int[] {2, 3, 4, 6, 7}) {
            assertThat(b.counts(v)).isEqualTo(BrokerageCounts.NONE);
        }
        assertThat(b.counts(1).total()).isEqualTo(2);
    }

    @Test
    void agreesWithListingEveryTwoPath() {
        SplittableRandom random = new SplittableRandom(20240611);
        for (int round = 0; round < 30; round++) {
            int n = 2 + random.nextInt(40);
            double p = random.nextDouble() * 0.4;
            int[] arcs = new int[2 * n * n];
            int m = 0;
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    // A few hubs make out-lists of very different lengths.
                    double pu = u % 9 == 0 || v % 11 == 0 ? 0.8 : p;
                    if (u != v && random.nextDouble() < pu) {
                        arcs[m++] = u;
                        arcs[m++] = v;
                    }
                }
            }
            int[] group = new int[n];
            for (int v = 0; v < n; v++) {
                group[v] = random.nextInt(5) - 1;
            }
            CompactGraph g = graph(n, Arrays.copyOf(arcs, m));
            GouldFernandezBrokerage b = GouldFernandezBrokerage.compute(g, group);
            for (int v = 0; v < n; v++) {
                assertThat(b.counts(v)).as("round %d broker %d", round, v).isEqualTo(listed(g, group, v));
            }
        }
    }

    /** The definition read literally: every a, c with a -> b -> c, a, b, c distinct, no a -> c. */
    private static BrokerageCounts listed(CompactGraph g, int[] group, int b) {
        long[] role = new long[5];
        for (int a = 0; a < g.vertexCount(); a++) {
            for (int c = 0; c < g.vertexCount(); c++) {
                if (a != b && c != b && a != c && g.hasArc(a, b) && g.hasArc(b, c) && !g.hasArc(a, c)
                        && group[a] >= 0 && group[b] >= 0 && group[c] >= 0) {
                    role[BrokerageRole.of(group[a], group[b], group[c]).ordinal()]++;
                }
            }
        }
        return counts(role[0], role[1], role[2], role[3], role[4]);
    }

    @Test
    void rejectsGroupsThatDoNotFitTheGraph() {
        assertThatThrownBy(() -> GouldFernandezBrokerage.compute(graph(2), new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GouldFernandezBrokerage.compute(graph(2), new int[] {0, -2}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
