package org.plnet.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plnet.engine.model.BreakdownAttribute;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Programme;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.breakdowns.Breakdown;
import org.plnet.engine.scoring.brokerage.BrokerageCounts;
import org.plnet.engine.scoring.links.SchoolLinks;

/**
 * The programme figures (programmes.md, sections 2 to 4) of a study of two networks and five schools, worked
 * by hand. Network N1 = schools A and B, N2 = C and D; school E is in no network; u1 is of unknown school;
 * a3 has an empty role.
 *
 * <pre>
 * person  a1   a2      b1   b2      c1   c2      d1     e1   u1      a3
 * school  A    A       B    B       C    C       D      E    -       A
 * role    head teacher head teacher head teacher middle head teacher (empty)
 * member  yes  no      yes  no      yes  no      yes    yes  yes     no
 * Respondents: everyone but a3. Relation: seek, K = 1, every tie weight 1.
 * D: t1 a1->b1, t2 b1->a1, t3 a2->a1, t4 b2->b1, t5 a1->c1, t6 c1->d1, t7 d1->c2, t8 c2->c1, t9 e1->a1,
 *    t10 u1->c1, t11 a2->a3, t12 a1->a2 (12 ties).
 * </pre>
 */
class ProgrammeFiguresTest {

    private static final String[] IDS = {"a1", "a2", "b1", "b2", "c1", "c2", "d1", "e1", "u1", "a3"};
    private static final String[] SCHOOLS = {"A", "A", "B", "B", "C", "C", "D", "E", null, "A"};
    private static final String[] ROLES = {"head", "teacher", "head", "teacher", "head", "teacher", "middle",
            "head", "teacher", null};
    private static final boolean[] MEMBERS = {true, false, true, false, true, false, true, true, true, false};
    private static final int[][] TIES = {{0, 2}, {2, 0}, {1, 0}, {3, 2}, {0, 4}, {4, 6}, {6, 5}, {5, 4}, {7, 0},
            {8, 4}, {1, 9}, {0, 1}};

    @Test
    void networkFiguresWorkedByHand() {
        GraphAnalysis a = analyse(TIES, List.of(BreakdownAttribute.ROLE));
        ProgrammeFigures p = a.programme();
        assertThat(p.networks()).hasSize(2);
        // N1: S = {A, B}, P = {a1 a2 a3 b1 b2}: staff 5, members a1 b1, respondents all but a3 = 4.
        // internal (both ends in P): t1 t2 t3 t4 t11 t12 = 6; cross-school: t1 t2 = 2;
        // external (one end in P): t5 a1->c1, t9 e1->a1 = 2. E-I = (2 - 6) / 8 = -0.5;
        // density = 6 / (5 x 4) = 0.3; crossSchoolDensity = 2 / (20 - (3 x 2 + 2 x 1)) = 2 / 12.
        LearningNetworkFigures n1 = p.networks().get(0);
        assertThat(n1.network()).isEqualTo("N1");
        assertThat(List.of(n1.schools(), n1.staff(), n1.members(), n1.respondents())).containsExactly(2, 5, 2, 4);
        assertThat(List.of(n1.internalTies(), n1.crossSchoolTies(), n1.externalTies())).containsExactly(6L, 2L, 2L);
        assertThat(n1.eiIndex()).isEqualTo(-0.5);
        assertThat(n1.density()).isCloseTo(0.3, within(1e-12));
        assertThat(n1.crossSchoolDensity()).isCloseTo(2.0 / 12, within(1e-12));
        // linksWithinNetwork, N = {a1, b1}: A: P = {a1}, C = {a2, a3}; inflow a2->a1 (seek: c -> p) = 1,
        // outflow a1->a2 = 1, networkTies a1<->b1 = 2: two-way linked. B: P = {b1}, C = {b2}: inflow b2->b1,
        // no outflow: not. schoolsTwoWayLinked = 1.
        // Pooled colleagues a2 a3 b2: a2 tied to a1, b2 to b1, a3 to no member: reach 2/3; K = 1: strength 2/3.
        assertThat(n1.schoolsTwoWayLinked()).isEqualTo(1);
        assertThat(n1.reach()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(n1.tieStrength()).isCloseTo(2.0 / 3, within(1e-12));

        // N2: S = {C, D}, P = {c1 c2 d1}: staff 3, members c1 d1, respondents 3. internal t6 t7 t8 = 3, cross
        // t6 t7 = 2, external t5 a1->c1, t10 u1->c1 = 2. E-I = (2 - 3) / 5 = -0.2; density 3 / 6 = 0.5;
        // crossSchoolDensity = 2 / (6 - 2 x 1 - 1 x 0) = 0.5. Colleague c2: d1->c2 and c2->c1: reach 1,
        // strength 1. C: inflow c2->c1, outflow none: not linked; D has no colleagues: not linked.
        LearningNetworkFigures n2 = p.networks().get(1);
        assertThat(List.of(n2.schools(), n2.staff(), n2.members(), n2.respondents())).containsExactly(2, 3, 2, 3);
        assertThat(List.of(n2.internalTies(), n2.crossSchoolTies(), n2.externalTies())).containsExactly(3L, 2L, 2L);
        assertThat(n2.eiIndex()).isCloseTo(-0.2, within(1e-12));
        assertThat(n2.density()).isEqualTo(0.5);
        assertThat(n2.crossSchoolDensity()).isEqualTo(0.5);
        assertThat(n2.schoolsTwoWayLinked()).isZero();
        assertThat(n2.reach()).isEqualTo(1.0);
        assertThat(n2.tieStrength()).isEqualTo(1.0);

        // eiIndexNetworks: ties with both ends in a network: I = 6 (N1) + 3 (N2), E = t5 = 1; t9 (E in no
        // network) and t10 (u1 of unknown school) left out: (1 - 9) / 10 = -0.8.
        assertThat(p.eiIndexNetworks()).isCloseTo(-0.8, within(1e-12));
        // each person's network; e1 (school E) and u1 (unknown school) have none
        assertThat(p.personNetworks()).containsExactly("N1", "N1", "N1", "N1", "N2", "N2", "N2", null, null, "N1");
        // schools in order of first appearance A B C D E; E has no network, so no linksWithinNetwork
        assertThat(p.schools()).extracting(SchoolProgrammeFigures::network)
                .containsExactly("N1", "N1", "N2", "N2", null);
        assertThat(p.schools().get(4).linksWithinNetwork()).isNull();
        assertThat(p.schools().get(0).linksWithinNetwork().twoWayLinked()).isTrue();
        assertThat(p.schools().get(0).attributes()).containsExactly("primary");
        assertThat(p.schools().get(4).attributes()).containsExactly((String) null); // E is not in schools.csv
    }

    @Test
    void linksWithinNetworkCountOnlyTheOwnNetworksMembers() {
        // A's links (N = every member: a1 b1 c1 d1 e1 u1) and linksWithinNetwork (N = a1 b1) differ already:
        // networkTies = ties between P = {a1} and O: links a1->b1, b1->a1, a1->c1, e1->a1 = 4; within 2.
        GraphAnalysis before = analyse(TIES, List.of());
        SchoolLinks links = before.schools().get(0).links();
        SchoolLinks within = before.programme().schools().get(0).linksWithinNetwork();
        assertThat(links.networkTies()).isEqualTo(4);
        assertThat(within.networkTies()).isEqualTo(2);
        // colleagues a2 (tied to a1) and a3 (to no member): reach 1/2 in both
        assertThat(links.reach()).isEqualTo(0.5);
        assertThat(within.reach()).isEqualTo(0.5);

        // d1 of the other network (N2) now ties to a3: a3 is reached by N, not by A's own network
        int[][] more = Arrays.copyOf(TIES, TIES.length + 1);
        more[TIES.length] = new int[] {6, 9};
        GraphAnalysis after = analyse(more, List.of());
        assertThat(after.schools().get(0).links().reach()).isEqualTo(1.0);
        assertThat(after.schools().get(0).links().reachOtherMembers()).isEqualTo(0.5);
        assertThat(after.programme().schools().get(0).linksWithinNetwork()).isEqualTo(within);
        // and links of a study without networks are those of StudyAnalyzer before programmes: same record
        assertThat(after.schools().get(0).links().networkTies()).isEqualTo(4);
    }

    @Test
    void breakdownByRoleWorkedByHand() {
        ProgrammeFigures p = analyse(TIES, List.of(BreakdownAttribute.ROLE)).programme();
        // values in order of first appearance: head (a1), teacher (a2), middle (d1); a3's empty role is left out
        assertThat(p.breakdowns()).extracting(Breakdown::value).containsExactly("head", "teacher", "middle");
        // cross-school ties of D (both schools known, different): t1 t2 t5 t6 t7 t9 = 6 (t10: u1 unknown)
        // head = {a1 b1 c1 e1}: out a1 3 (t1 t5 t12), b1 1, c1 1, e1 1 = 6; in a1 3 (t2 t3 t9), b1 2, c1 3
        // (t5 t8 t10), e1 0 = 8; cross out a1 2, b1 1, c1 1, e1 1 = 5; cross in a1 2 (t2 t9), b1 1, c1 1 = 4;
        // share (5 + 4) / (2 x 6) = 0.75. E-I over ties touching heads, both known, once each: E t1 t2 t5 t6
        // t9 = 5, I t3 t4 t8 t12 = 4: 1/9. Betweenness (networkx 2.8.8 betweenness_centrality, directed,
        // normalized=False): a1 20, b1 6, c1 13, e1 0: mean 9.75. Brokerage (Gould-Fernandez, groups = school):
        // a1 rep 2 gate 2 liaison 3 (e.g. b1->a1->c1 B,A,C liaison), b1 rep 1, c1 rep 1 liaison 1.
        Breakdown head = p.breakdowns().get(0);
        assertThat(head.attribute()).isEqualTo("role");
        assertThat(List.of(head.people(), head.respondents())).containsExactly(4, 4);
        assertThat(List.of(head.outTies(), head.inTies(), head.crossSchoolOutTies(), head.crossSchoolInTies()))
                .containsExactly(6L, 8L, 5L, 4L);
        assertThat(head.crossSchoolShare()).isEqualTo(0.75);
        assertThat(head.eiIndex()).isCloseTo(1.0 / 9, within(1e-12));
        assertThat(head.meanInDegree()).isEqualTo(2.0);
        assertThat(head.meanOutDegree()).isEqualTo(1.5);
        assertThat(head.meanBetweenness()).isEqualTo(9.75);
        assertThat(head.brokerage()).isEqualTo(new BrokerageCounts(0, 0, 4, 2, 4));
        // teacher = {a2 b2 c2 u1}: out a2 2 (t3 t11), b2 1, c2 1, u1 1 = 5; in a2 1 (t12), c2 1 (t7) = 2;
        // cross out 0 (t10 has an unknown end); cross in t7 = 1: share 1/12. E-I: E t7; I t3 t4 t8 t11 t12:
        // (1 - 5) / 6. Betweenness a2 4, b2 0, c2 1, u1 0: 1.25. Brokerage a2 coordinator 1 (a1->a2->a3, A,A,A),
        // c2 gatekeeper 1 (d1->c2->c1, D,C,C).
        Breakdown teacher = p.breakdowns().get(1);
        assertThat(List.of(teacher.outTies(), teacher.inTies(), teacher.crossSchoolOutTies(),
                teacher.crossSchoolInTies())).containsExactly(5L, 2L, 0L, 1L);
        assertThat(teacher.crossSchoolShare()).isCloseTo(1.0 / 12, within(1e-12));
        assertThat(teacher.eiIndex()).isCloseTo(-4.0 / 6, within(1e-12));
        assertThat(teacher.meanInDegree()).isEqualTo(0.5);
        assertThat(teacher.meanOutDegree()).isEqualTo(1.25);
        assertThat(teacher.meanBetweenness()).isEqualTo(1.25);
        assertThat(teacher.brokerage()).isEqualTo(new BrokerageCounts(1, 0, 0, 1, 0));
        // middle = {d1}: t7 out, t6 in, both cross: share 2/12; E-I (2 - 0) / 2 = 1; itinerant c1->d1->c2
        Breakdown middle = p.breakdowns().get(2);
        assertThat(middle.crossSchoolShare()).isCloseTo(2.0 / 12, within(1e-12));
        assertThat(middle.eiIndex()).isEqualTo(1.0);
        assertThat(middle.brokerage()).isEqualTo(new BrokerageCounts(0, 1, 0, 0, 0));
        // the shares add up to 1: every cross-school tie end is held by someone with a role (a3 holds none)
        assertThat(head.crossSchoolShare() + teacher.crossSchoolShare() + middle.crossSchoolShare())
                .isCloseTo(1.0, within(1e-12));

        // school A: a1 head, a2 teacher, a3 no role. A/head = {a1}: out 3, in 3, cross 2 + 2: share 4/12;
        // E-I: E t1 t2 t5 t9, I t3 t12: 2/6. A/teacher = {a2}: t3 t11 out, t12 in, all within: share 0, E-I -1.
        List<Breakdown> a = p.schools().get(0).breakdowns();
        assertThat(a).extracting(Breakdown::value).containsExactly("head", "teacher");
        assertThat(a.get(0).crossSchoolShare()).isCloseTo(4.0 / 12, within(1e-12));
        assertThat(a.get(0).eiIndex()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(a.get(1).crossSchoolShare()).isEqualTo(0.0);
        assertThat(a.get(1).eiIndex()).isEqualTo(-1.0);
        assertThat(a.get(1).meanOutDegree()).isEqualTo(2.0);
        // school E: head only, e1: t9 out across schools: share 1/12, E-I 1, mean in-degree 0
        List<Breakdown> e = p.schools().get(4).breakdowns();
        assertThat(e).extracting(Breakdown::value).containsExactly("head");
        assertThat(e.get(0).crossSchoolShare()).isCloseTo(1.0 / 12, within(1e-12));
        assertThat(e.get(0).meanInDegree()).isEqualTo(0.0);
    }

    @Test
    void breakdownByNetworkAndMembership() {
        List<BreakdownAttribute> by = List.of(
                new BreakdownAttribute("network", BreakdownAttribute.Source.NETWORK, "network"),
                new BreakdownAttribute("member", BreakdownAttribute.Source.MEMBER, "member"));
        ProgrammeFigures p = analyse(TIES, by).programme();
        // network: N1 (a1 a2 b1 b2 a3) then N2 (c1 c2 d1); e1 and u1 have none. member: true (a1) then false
        assertThat(p.breakdowns()).extracting(Breakdown::value).containsExactly("N1", "N2", "true", "false");
        Breakdown n1 = p.breakdowns().get(0);
        // N1 out: a1 3, a2 2, b1 1, b2 1, a3 0 = 7; in: a1 3, a2 1, b1 2, b2 0, a3 1 = 7; respondents 4 (not a3)
        assertThat(List.of(n1.people(), n1.respondents())).containsExactly(5, 4);
        assertThat(List.of(n1.outTies(), n1.inTies())).containsExactly(7L, 7L);
        // members a1 b1 c1 d1 e1 u1: 6 people; non-members a2 b2 c2 a3: 4, a3 not responding
        assertThat(p.breakdowns().get(2).people()).isEqualTo(6);
        assertThat(List.of(p.breakdowns().get(3).people(), p.breakdowns().get(3).respondents()))
                .containsExactly(4, 3);
    }

    @Test
    void aStudyWithoutNetworksHasEmptyProgrammeFigures() {
        Study.Builder b = Study.builder("none");
        b.addPerson(new Person("x", null, "S", null, false, Map.of()));
        b.addPerson(new Person("y", "S", false));
        b.relation(new Relation("advice", null, Flow.SEEK, 1, 1, 1));
        b.layer(new KeptTies("advice", "1", new int[] {0}, new int[] {1}, new double[] {1}));
        Study study = b.build();
        ProgrammeFigures p = StudyAnalyzer.analyze(study).analyses().get(0).programme();
        assertThat(p.networks()).isEmpty();
        assertThat(p.eiIndexNetworks()).isNull();
        assertThat(p.personNetworks()).containsExactly(null, null);
        assertThat(p.schools().get(0).linksWithinNetwork()).isNull();
        assertThat(p.breakdowns()).isEmpty(); // nobody has a role: no default breakdown
        assertThat(p.reported()).isFalse();
    }

    private static GraphAnalysis analyse(int[][] ties, List<BreakdownAttribute> breakdowns) {
        Study.Builder b = Study.builder("two networks");
        for (int v = 0; v < IDS.length; v++) {
            b.addPerson(new Person(IDS[v], null, SCHOOLS[v], ROLES[v], MEMBERS[v], Map.of()));
        }
        b.relation(new Relation("advice", null, Flow.SEEK, 1, 1, 1));
        ties = ties.clone();
        Arrays.sort(ties, (x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        int[] sources = new int[ties.length];
        int[] targets = new int[ties.length];
        double[] weights = new double[ties.length];
        for (int k = 0; k < ties.length; k++) {
            sources[k] = ties[k][0];
            targets[k] = ties[k][1];
            weights[k] = 1;
        }
        b.layer(new KeptTies("advice", "1", sources, targets, weights));
        BitSet respondents = new BitSet();
        respondents.set(0, 9); // all but a3
        b.respondents("1", respondents);
        Map<String, String> network = new LinkedHashMap<>();
        network.put("A", "N1");
        network.put("B", "N1");
        network.put("C", "N2");
        network.put("D", "N2");
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (String s : List.of("A", "B", "C", "D")) {
            List<String> values = new ArrayList<>();
            values.add(s.equals("D") ? null : "primary");
            attributes.put(s, values);
        }
        b.programme(new Programme(List.of("N1", "N2"), network, List.of("phase"), attributes, breakdowns,
                true));
        Study study = b.build();
        return StudyAnalyzer.analyze(study).analyses().get(0);
    }
}
