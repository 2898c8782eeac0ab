package org.plnet.engine.scoring.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;

/**
 * The link measures on a hand-built three-school study, worked by hand for each flow.
 *
 * <pre>
 * School X: x1, x2 members; x3, x4 colleagues.   School Y: y1 member; y2, y3 colleagues.
 * School Z: z1, z2 colleagues, no member.        u1: member of unknown school; u2: no school, no member.
 * Respondents: everyone but x4 and y3.           K = 4, strongTieMin = 3, every weight > 0 is a tie.
 * D: x3->x1 4, x1->x3 2, x2->x4 1, y2->y1 3, y1->x1 2, x2->u1 1, z1->x2 2, u2->x3 1
 * N = {x1, x2, y1, u1}.
 * </pre>
 */
class SchoolLinkMeasuresTest {

    private static final double EPS = 1e-12;
    // index:                     0     1     2     3     4     5     6     7     8     9     10
    private static final String[] IDS = {"x1", "x2", "x3", "x4", "y1", "y2", "y3", "z1", "z2", "u1", "u2"};

    private static Study study() {
        Study.Builder b = Study.builder("three-schools");
        b.addPerson(new Person("x1", "X", true));
        b.addPerson(new Person("x2", "X", true));
        b.addPerson(new Person("x3", "X", false));
        b.addPerson(new Person("x4", "X", false));
        b.addPerson(new Person("y1", "Y", true));
        b.addPerson(new Person("y2", "Y", false));
        b.addPerson(new Person("y3", "Y", false));
        b.addPerson(new Person("z1", "Z", false));
        b.addPerson(new Person("z2", "Z", false));
        b.addPerson(new Person("u1", null, true));
        b.addPerson(new Person("u2", null, false));
        return b.build();
    }

    private static CompactGraph d() {
        int[][] arcs = {{2, 0}, {0, 2}, {1, 3}, {5, 4}, {4, 0}, {1, 9}, {7, 1}, {10, 2}};
        double[] w = {4, 2, 1, 3, 2, 1, 2, 1};
        int[] s = new int[arcs.length];
        int[] t = new int[arcs.length];
        for (int k = 0; k < arcs.length; k++) {
            s[k] = arcs[k][0];
            t[k] = arcs[k][1];
        }
        return CompactGraph.of(IDS.length, s, t, w);
    }

    private static BitSet respondents() {
        BitSet r = new BitSet();
        r.set(0, IDS.length);
        r.clear(3); // x4
        r.clear(6); // y3
        return r;
    }

    private static SchoolLinkMeasures compute(Flow flow) {
        Relation relation = new Relation("advice", null, flow, 4, Relation.ANY_POSITIVE, 3);
        long[] gatekeeper = new long[IDS.length];
        long[] representative = new long[IDS.length];
        gatekeeper[0] = 2;     // x1
        gatekeeper[1] = 1;     // x2
        gatekeeper[4] = 5;     // y1
        gatekeeper[2] = 7;     // x3 is no member: not counted
        representative[4] = 3; // y1
        return SchoolLinkMeasures.compute(study(), d(), relation, respondents(), gatekeeper, representative);
    }

    @Test
    void schoolXUnderSeek() {
        SchoolLinks x = compute(Flow.SEEK).schools().get(0);
        assertThat(x.members()).isEqualTo(2);
        assertThat(x.colleagues()).isEqualTo(2);
        assertThat(x.responseRate()).isCloseTo(0.75, within(EPS));       // x1 x2 x3 of 4
        // best s: x3 = max(4 from x3->x1, 2 from x1->x3) = 4; x4 = 1 (x2->x4, reconstructed)
        assertThat(x.reach()).isCloseTo(1.0, within(EPS));
        assertThat(x.reachOwnMembers()).isCloseTo(1.0, within(EPS));
        assertThat(x.reachOtherMembers()).isCloseTo(0.0, within(EPS));
        assertThat(x.tieStrength()).isCloseTo((4 / 4.0 + 1 / 4.0) / 2, within(EPS)); // 0.625
        assertThat(x.tieStrengthOwnMembers()).isCloseTo(0.625, within(EPS));
        assertThat(x.tieStrengthOtherMembers()).isCloseTo(0.0, within(EPS));
        assertThat(x.strongReach()).isCloseTo(0.5, within(EPS));          // x3 only (4 >= 3)
        assertThat(x.inflowTies()).isEqualTo(1);                          // seek: c -> p: x3->x1
        assertThat(x.outflowTies()).isEqualTo(2);                         // p -> c: x1->x3, x2->x4
        assertThat(x.twoWayLinks()).isEqualTo(1);                         // {x1, x3}
        assertThat(x.twoWayEligiblePairs()).isEqualTo(2);                 // {x1, x2} x {x3}
        assertThat(x.twoWayShare()).isCloseTo(0.5, within(EPS));
        assertThat(x.colleaguesWithTwoWayLink()).isCloseTo(0.5, within(EPS)); // x3 of x3, x4
        assertThat(x.networkTies()).isEqualTo(2);                         // y1->x1, x2->u1 (u1: unknown school)
        assertThat(x.bridgingMembers()).isEqualTo(2);                     // x1 (y1, x3), x2 (u1, x4)
        assertThat(x.twoWayLinked()).isTrue();
        assertThat(x.gatekeeperRoles()).isEqualTo(3);                     // 2 + 1, x3's 7 not a member's
        assertThat(x.representativeRoles()).isZero();
    }

    @Test
    void schoolYUnderSeekIsOneWay() {
        SchoolLinks y = compute(Flow.SEEK).schools().get(1);
        assertThat(y.responseRate()).isCloseTo(2 / 3.0, within(EPS));
        assertThat(y.reach()).isCloseTo(0.5, within(EPS));                // y2 (3); y3 none
        assertThat(y.tieStrength()).isCloseTo((3 / 4.0 + 0) / 2, within(EPS)); // 0.375
        assertThat(y.tieStrengthOtherMembers()).isCloseTo(0.0, within(EPS));
        assertThat(y.strongReach()).isCloseTo(0.5, within(EPS));
        assertThat(y.inflowTies()).isEqualTo(1);                          // y2->y1
        assertThat(y.outflowTies()).isZero();
        assertThat(y.twoWayEligiblePairs()).isEqualTo(1);                 // {y1} x {y2}
        assertThat(y.twoWayShare()).isCloseTo(0.0, within(EPS));
        assertThat(y.networkTies()).isEqualTo(1);                         // y1->x1
        assertThat(y.bridgingMembers()).isEqualTo(1);
        assertThat(y.twoWayLinked()).isFalse();                           // no outflow
        assertThat(y.gatekeeperRoles()).isEqualTo(5);
        assertThat(y.representativeRoles()).isEqualTo(3);
    }

    @Test
    void schoolWithoutMembersReachesOnlyOtherSchoolsMembers() {
        SchoolLinks z = compute(Flow.SEEK).schools().get(2);
        assertThat(z.members()).isZero();
        assertThat(z.responseRate()).isCloseTo(1.0, within(EPS));
        assertThat(z.reach()).isCloseTo(0.5, within(EPS));                // z1->x2
        assertThat(z.reachOwnMembers()).isCloseTo(0.0, within(EPS));
        assertThat(z.reachOtherMembers()).isCloseTo(0.5, within(EPS));
        assertThat(z.tieStrengthOtherMembers()).isCloseTo((2 / 4.0) / 2, within(EPS)); // 0.25
        assertThat(z.strongReach()).isCloseTo(0.0, within(EPS));
        assertThat(z.twoWayEligiblePairs()).isZero();
        assertThat(z.twoWayShare()).isNull();                             // 0 / 0
        assertThat(z.colleaguesWithTwoWayLink()).isCloseTo(0.0, within(EPS));
        assertThat(z.networkTies()).isZero();
        assertThat(z.twoWayLinked()).isFalse();
    }

    @Test
    void networkLevelPoolsColleaguesOfAllSchools() {
        NetworkLinks n = compute(Flow.SEEK).network();
        // colleagues x3 x4 y2 y3 z1 z2 (u2 has no school); tied to N: x3 x4 y2 z1
        assertThat(n.schools()).isEqualTo(3);
        assertThat(n.schoolsTwoWayLinked()).isEqualTo(1);
        assertThat(n.reach()).isCloseTo(4 / 6.0, within(EPS));
        // best s / K: 1, .25, .75, 0, .5, 0
        assertThat(n.tieStrength()).isCloseTo(2.5 / 6, within(EPS));
    }

    @Test
    void giveFlowSwapsInflowAndOutflow() {
        List<SchoolLinks> s = compute(Flow.GIVE).schools();
        assertThat(s.get(0).inflowTies()).isEqualTo(2);  // give: p -> c: x1->x3, x2->x4
        assertThat(s.get(0).outflowTies()).isEqualTo(1); // c -> p: x3->x1
        assertThat(s.get(1).inflowTies()).isZero();
        assertThat(s.get(1).outflowTies()).isEqualTo(1); // y2->y1
        assertThat(s.get(1).twoWayLinked()).isFalse();
        // strengths and two-way links do not depend on flow
        assertThat(s.get(0).tieStrength()).isCloseTo(0.625, within(EPS));
        assertThat(s.get(0).twoWayLinks()).isEqualTo(1);
    }

    @Test
    void mutualFlowCountsEachPairOnceEitherWay() {
        SchoolLinkMeasures m = compute(Flow.MUTUAL);
        // X: pairs {x1,x3} (both arcs, counted once) and {x2,x4}; Y: {y1,y2}
        assertThat(m.schools().get(0).inflowTies()).isEqualTo(2);
        assertThat(m.schools().get(0).outflowTies()).isEqualTo(2);
        assertThat(m.schools().get(1).inflowTies()).isEqualTo(1);
        assertThat(m.schools().get(1).outflowTies()).isEqualTo(1);
        assertThat(m.schools().get(1).twoWayLinked()).isTrue();
        assertThat(m.network().schoolsTwoWayLinked()).isEqualTo(2);
    }

    @Test
    void emptyRosterHasNoSchoolsAndUndefinedPooledShares() {
        Study empty = Study.builder("empty").build();
        Relation relation = new Relation("advice", null, Flow.SEEK, 4, Relation.ANY_POSITIVE, 3);
        SchoolLinkMeasures m = SchoolLinkMeasures.compute(empty, CompactGraph.of(0, new int[0], new int[0],
                new double[0]), relation, new BitSet(), new long[0], new long[0]);
        assertThat(m.schools()).isEmpty();
        assertThat(m.network()).isEqualTo(new NetworkLinks(0, 0, null, null));
    }

    @Test
    void onePersonSchoolWithoutTies() {
        Study.Builder b = Study.builder("one");
        b.addPerson(new Person("solo", "S", false));
        Relation relation = new Relation("advice", null, Flow.SEEK, 4, Relation.ANY_POSITIVE, 3);
        SchoolLinkMeasures m = SchoolLinkMeasures.compute(b.build(), CompactGraph.of(1, new int[0], new int[0],
                new double[0]), relation, new BitSet(), new long[1], new long[1]);
        SchoolLinks s = m.schools().get(0);
        assertThat(s.colleagues()).isEqualTo(1);
        assertThat(s.responseRate()).isCloseTo(0.0, within(EPS));
        assertThat(s.reach()).isCloseTo(0.0, within(EPS));
        assertThat(s.tieStrength()).isCloseTo(0.0, within(EPS));
        assertThat(s.twoWayShare()).isNull();
        assertThat(s.twoWayLinked()).isFalse();
    }
}
