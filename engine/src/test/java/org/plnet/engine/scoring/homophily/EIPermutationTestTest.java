package org.plnet.engine.scoring.homophily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plnet.engine.scoring.TestGraphs.graph;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.plnet.engine.graph.CompactGraph;

class EIPermutationTestTest {

    @Test
    void onlyInternalTieIsNeverExceededFromBelow() {
        // A = {0, 1}, B = {2, 3}; one arc 0 -> 1: I = 1, E = 0, EI = -1. Every shuffle gives EI' = -1 or +1,
        // both >= -1, so pGreater = (1 + R) / (1 + R) = 1 exactly; the arc stays internal with probability
        // q = (2 * 1 + 2 * 1) / (4 * 3) = 1/3, so pLess is about 1/3.
        EIPermutationTest t = EIPermutationTest.run(graph(4, 0, 1), new int[] {0, 0, 1, 1}, 2, 999, 1);
        EITest network = t.network();
        assertThat(network.observed()).isEqualTo(-1.0);
        assertThat(network.pGreater()).isEqualTo(1.0);
        assertThat(network.pLess()).isBetween(0.28, 0.39);
        assertThat(network.permutations()).isEqualTo(999);
        assertThat(network.definedPermutations()).isEqualTo(999);
        assertThat(network.seed()).isEqualTo(1);
        // school B has no tie at all: observed E-I undefined, no test
        assertThat(t.school(1)).isNull();
        assertThat(t.school(0).observed()).isEqualTo(-1.0);
    }

    @Test
    void permutationMeanConvergesToOneMinusTwiceTheSameSchoolShare() {
        // Under a uniform shuffle each arc with two known ends is internal with probability
        // q = sum n_g (n_g - 1) / (n' (n' - 1)), and E' + I' = m' is fixed, so E[EI'] = 1 - 2q.
        int[] sizes = {10, 15, 15, 20};
        int n = 60;
        int[] group = new int[n];
        for (int v = 0, g = 0, left = sizes[0]; v < n; v++, left--) {
            if (left == 0) {
                left = sizes[++g];
            }
            group[v] = g;
        }
        double q = (10 * 9 + 15 * 14 + 15 * 14 + 20 * 19) / (60.0 * 59);
        EITest network = EIPermutationTest.run(randomGraph(n, 300, 7), group, 4, 4000, 3).network();
        double standardError = network.sd() / Math.sqrt(network.definedPermutations());
        assertThat(Math.abs(network.expected() - (1 - 2 * q))).isLessThan(5 * standardError);
        assertThat(network.sd()).isPositive();
    }

    @Test
    void aSchoolWithoutTiesUnderSomeShufflesHasFewerDefinedPermutations() {
        // A = {0, 1, 2}, B = {3}; one arc 3 -> 0. B's label lands on 0 or 3 (a tie) or on 1 or 2 (none): about
        // half the shuffles leave B's E-I undefined.
        EITest b = EIPermutationTest.run(graph(4, 3, 0), new int[] {0, 0, 0, 1}, 2, 1000, 5).school(1);
        assertThat(b.observed()).isEqualTo(1.0);
        assertThat(b.permutations()).isEqualTo(1000);
        assertThat(b.definedPermutations()).isBetween(400, 600);
        // every defined shuffle gives B E' = 1, I' = 0: EI' = 1 = EI
        assertThat(b.expected()).isEqualTo(1.0);
        assertThat(b.sd()).isZero();
        assertThat(b.pGreater()).isEqualTo(1.0);
        assertThat(b.pLess()).isEqualTo(1.0);
    }

    @Test
    void unknownSchoolsAreNeverShuffledAndTheirTiesAreExternalToASchool() {
        // 0, 1 in A, 2 of unknown school; arcs 0 -> 2 and 2 -> 1: no arc with two known ends, so the network
        // E-I is undefined; school A has E = 2, I = 0 under every shuffle.
        EIPermutationTest t = EIPermutationTest.run(graph(3, 0, 2, 2, 1), new int[] {0, 0, -1}, 1, 100, 1);
        assertThat(t.network()).isNull();
        assertThat(t.school(0).expected()).isEqualTo(1.0);
        assertThat(t.school(0).definedPermutations()).isEqualTo(100);
    }

    @Test
    void noTiesNoTest() {
        EIPermutationTest t = EIPermutationTest.run(graph(3), new int[] {0, 1, 1}, 2, 10, 1);
        assertThat(t.network()).isNull();
        assertThat(t.school(0)).isNull();
        assertThat(EIPermutationTest.run(graph(0), new int[0], 0, 10, 1).network()).isNull();
    }

    @Test
    void sameSeedSameResultForAnyThreadCount() throws Exception {
        CompactGraph g = randomGraph(200, 1500, 11);
        int[] group = new int[200];
        for (int v = 0; v < group.length; v++) {
            group[v] = v % 7 == 0 ? -1 : v % 5;
        }
        EIPermutationTest one = inPool(1, g, group);
        for (int threads : new int[] {2, 4}) {
            EIPermutationTest other = inPool(threads, g, group);
            assertThat(other.network()).isEqualTo(one.network());
            for (int s = 0; s < 5; s++) {
                assertThat(other.school(s)).isEqualTo(one.school(s));
            }
        }
        assertThat(EIPermutationTest.run(g, group, 5, 777, 2).network()).isNotEqualTo(one.network());
    }

    @Test
    void atLeastOnePermutation() {
        assertThatThrownBy(() -> EIPermutationTest.run(graph(2, 0, 1), new int[] {0, 1}, 2, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static EIPermutationTest inPool(int threads, CompactGraph g, int[] group) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> EIPermutationTest.run(g, group, 5, 777, 1)).get();
        } finally {
            pool.shutdown();
        }
    }

    private static CompactGraph randomGraph(int n, int arcs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        int[] list = new int[2 * arcs];
        int m = 0;
        while (m < arcs) {
            int s = random.nextInt(n);
            int t = random.nextInt(n);
            if (s != t && seen.add((long) s * n + t)) {
                list[2 * m] = s;
                list[2 * m + 1] = t;
                m++;
            }
        }
        return graph(n, list);
    }
}
