package org.plnet.engine.scoring.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.plnet.engine.scoring.TestGraphs.graph;

import org.junit.jupiter.api.Test;
import org.plnet.engine.graph.CompactGraph;

class BrokerageAgainstChanceTest {

    private static final double EPS = 1e-12;

    // Schools A = {0, 1, 2}, B = {3, 4}, C = {5}; person 6 has no school.
    // Arcs 0->1, 1->3, 3->4, 4->5, 5->0, 1->2 among known schools, and 6->0, which the model leaves out.
    // n' = 6, m' = 6, d = 6 / (6 * 5) = 0.2, p = d^2 (1 - d) = 0.032, 2 d^3 (1 - d)^3 = 0.008192.
    private static final int[] SCHOOL = {0, 0, 0, 1, 1, 2, -1};
    private static final CompactGraph D = graph(7, 0, 1, 1, 3, 3, 4, 4, 5, 5, 0, 1, 2, 6, 0);

    private static BrokerageAgainstChance compute(CompactGraph g, int[] school) {
        return BrokerageAgainstChance.compute(g, school, GouldFernandezBrokerage.compute(g, school));
    }

    @Test
    void handWorkedBrokerOfTheThreeSchoolStudy() {
        // Broker 1 (school A, n_i = 3, N = 6): in {0}, out {3, 2}: (0,3) A-A-B representative, (0,2) A-A-A
        // coordinator; 6 -> 0 -> 1 involves an unknown school and counts for nobody.
        BrokerageAgainstChance.Figures f = compute(D, SCHOOL).of(1);
        // coordinator: E = 0.032 * 2 * 1 = 0.064, K = 2 * 1 * 0 = 0, Var = 0.064 * 0.968 = 0.061952
        assertThat(f.expected().coordinator()).isCloseTo(0.064, within(EPS));
        assertThat(f.sd().coordinator()).isCloseTo(Math.sqrt(0.061952), within(EPS));
        assertThat(f.z().coordinator()).isCloseTo((1 - 0.064) / Math.sqrt(0.061952), within(EPS));
        // itinerant: E = 0.032 * (2 * 1 + 1 * 0) = 0.064, K = 0 (no other school of 3), observed 0
        assertThat(f.expected().itinerant()).isCloseTo(0.064, within(EPS));
        assertThat(f.z().itinerant()).isCloseTo(-0.064 / Math.sqrt(0.061952), within(EPS));
        // representative (and gatekeeper): E = 0.032 * 2 * 3 = 0.192, K = 2 * C(3,2) + 3 * C(2,2) = 9,
        // Var = 0.192 * 0.968 + 9 * 0.008192 = 0.259584
        assertThat(f.expected().representative()).isCloseTo(0.192, within(EPS));
        assertThat(f.sd().representative()).isCloseTo(Math.sqrt(0.259584), within(EPS));
        assertThat(f.z().representative()).isCloseTo((1 - 0.192) / Math.sqrt(0.259584), within(EPS));
        assertThat(f.z().gatekeeper()).isCloseTo(-0.192 / Math.sqrt(0.259584), within(EPS));
        // liaison: E = 0.032 * ((2 + 1)^2 - (4 + 1)) = 0.128, K = 2 (2 C(1,2) + 1 C(2,2)) = 2,
        // Var = 0.128 * 0.968 + 2 * 0.008192 = 0.140288
        assertThat(f.expected().liaison()).isCloseTo(0.128, within(EPS));
        assertThat(f.sd().liaison()).isCloseTo(Math.sqrt(0.140288), within(EPS));
        // total: E = 0.032 * 5 * 4 = 0.64, K = 5 * 4 * 3 = 60, Var = 0.64 * 0.968 + 60 * 0.008192 = 1.11104
        assertThat(f.expected().total()).isCloseTo(0.64, within(EPS));
        assertThat(f.sd().total()).isCloseTo(Math.sqrt(1.11104), within(EPS));
        assertThat(f.z().total()).isCloseTo((2 - 0.64) / Math.sqrt(1.11104), within(EPS));
    }

    @Test
    void totalUsesItsOwnPairCountNotTheSumOfTheRolesVariances() {
        // Sum of the role variances of broker 1: 0.061952 + 0.061952 + 2 * 0.259584 + 0.140288 = 0.78336,
        // against the total's own 1.11104: the two-paths of different roles share arcs too.
        RoleValues sd = compute(D, SCHOOL).of(1).sd();
        double sumOfRoles = 0;
        for (BrokerageRole role : BrokerageRole.values()) {
            sumOfRoles += sd.of(role) * sd.of(role);
        }
        assertThat(sumOfRoles).isCloseTo(0.78336, within(EPS));
        assertThat(sd.total() * sd.total()).isCloseTo(1.11104, within(EPS)).isNotCloseTo(sumOfRoles, within(0.1));
    }

    @Test
    void oneOrTwoPersonSchoolsHaveNoCoordinatorZ() {
        BrokerageAgainstChance b = compute(D, SCHOOL);
        // school C has one person, school B two: (n_i - 1)(n_i - 2) = 0 and K = 0, so sd = 0
        for (int v : new int[] {3, 4, 5}) {
            assertThat(b.of(v).expected().coordinator()).isZero();
            assertThat(b.of(v).sd().coordinator()).isZero();
            assertThat(b.of(v).z().coordinator()).isNull();
            assertThat(b.of(v).z().total()).isNotNull();
        }
    }

    @Test
    void roleValuesAreReadByRole() {
        RoleValues v = new RoleValues(1.0, 2.0, 3.0, 4.0, 5.0, 6.0);
        assertThat(v.of(BrokerageRole.COORDINATOR)).isEqualTo(1.0);
        assertThat(v.of(BrokerageRole.ITINERANT)).isEqualTo(2.0);
        assertThat(v.of(BrokerageRole.REPRESENTATIVE)).isEqualTo(3.0);
        assertThat(v.of(BrokerageRole.GATEKEEPER)).isEqualTo(4.0);
        assertThat(v.of(BrokerageRole.LIAISON)).isEqualTo(5.0);
    }

    @Test
    void unknownSchoolHasNoFigures() {
        assertThat(compute(D, SCHOOL).of(6)).isNull();
    }

    @Test
    void fewerThanTwoKnownPeopleLeaveEveryoneUndefined() {
        BrokerageAgainstChance b = compute(graph(3, 0, 1, 1, 2), new int[] {-1, 0, -1});
        assertThat(b.size()).isEqualTo(3);
        assertThat(b.of(0)).isNull();
        assertThat(b.of(1)).isNull();
        assertThat(compute(graph(0), new int[0]).size()).isZero();
    }

    @Test
    void densityZeroOrOneLeavesEveryZUndefined() {
        // no arc: d = 0, p = 0, every E and Var 0
        RoleValues empty = compute(graph(4), new int[] {0, 0, 1, 1}).of(0).z();
        assertThat(empty).isEqualTo(new RoleValues(null, null, null, null, null, null));
        // complete digraph on 3: d = 1, p = 0, (1 - d)^3 = 0
        CompactGraph complete = graph(3, 0, 1, 1, 0, 0, 2, 2, 0, 1, 2, 2, 1);
        RoleValues full = compute(complete, new int[] {0, 0, 1}).of(2).z();
        assertThat(full).isEqualTo(new RoleValues(null, null, null, null, null, null));
    }
}
