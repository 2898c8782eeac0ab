package org.plnet.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plnet.reports.html.TestStudies.index;

import org.junit.jupiter.api.Test;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.PersonFigures;
import org.plnet.engine.analysis.SchoolFigures;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.links.MemberLinks;

/** The members' shares of their school's links, as a school's report lists them. */
class MemberLinksTest {

    private final Study study = TestStudies.twoWaves();
    // advice, wave 2: a2 -> a1, a1 -> a2, a3 -> a1, a1 -> x1, x1 -> a1, u1 -> a1, a2 -> x1, ...
    private final CompactGraph d = StudyGraph.of(study, study.layer("advice", "2").orElseThrow()).compact();

    private MemberLinks of(int p, Flow flow) {
        boolean[] member = new boolean[study.size()];
        for (int v = 0; v < member.length; v++) {
            member[v] = study.people().get(v).member();
        }
        return MemberLinks.of(d, p, study.schoolIndex(), member, flow);
    }

    @Test
    void theAnalysisCarriesEachMembersShareAndTheySumToTheSchools() {
        for (GraphAnalysis analysis : StudyAnalyzer.analyze(study).analyses()) {
            Flow flow = analysis.graph().relation().flow();
            for (SchoolFigures school : analysis.schools()) {
                long inflow = 0;
                long outflow = 0;
                long network = 0;
                int bridging = 0;
                for (PersonFigures f : analysis.people()) {
                    Person p = f.person();
                    assertThat(f.memberLinks() == null).isEqualTo(!p.member() || !p.hasSchool());
                    if (!p.member() || !school.school().equals(p.school())) {
                        continue;
                    }
                    MemberLinks links = f.memberLinks();
                    boolean[] member = new boolean[study.size()];
                    for (int v = 0; v < member.length; v++) {
                        member[v] = study.people().get(v).member();
                    }
                    assertThat(links).isEqualTo(MemberLinks.of(analysis.graph().compact(), index(p.id()),
                            study.schoolIndex(), member, flow));
                    inflow += links.inflowTies();
                    outflow += links.outflowTies();
                    network += links.networkTies();
                    bridging += links.bridging() ? 1 : 0;
                }
                assertThat(inflow).isEqualTo(school.links().inflowTies());
                assertThat(outflow).isEqualTo(school.links().outflowTies());
                assertThat(network).isEqualTo(school.links().networkTies());
                assertThat(bridging).isEqualTo(school.links().bridgingMembers());
            }
        }
    }

    @Test
    void seekCountsColleaguesWhoGoToTheMemberAsInflow() {
        MemberLinks a1 = of(index("a1"), Flow.SEEK);
        // colleagues a2, a3 go to a1: inflow 2; a1 goes to a2: outflow 1
        assertThat(a1.inflowTies()).isEqualTo(2);
        assertThat(a1.outflowTies()).isEqualTo(1);
        // other schools' members: a1 -> x1, x1 -> a1, u1 -> a1 (u1 has no school, so is not in P): 3 ties
        assertThat(a1.networkTies()).isEqualTo(3);
        assertThat(a1.bridging()).isTrue();
    }

    @Test
    void giveAndMutualReadTheSameTiesTheOtherWay() {
        MemberLinks give = of(index("a1"), Flow.GIVE);
        assertThat(give.inflowTies()).isEqualTo(1);
        assertThat(give.outflowTies()).isEqualTo(2);
        // mutual: colleagues tied either way: a2 (both ways, once) and a3
        MemberLinks mutual = of(index("a1"), Flow.MUTUAL);
        assertThat(mutual.inflowTies()).isEqualTo(2);
        assertThat(mutual.outflowTies()).isEqualTo(2);
    }

    @Test
    void membersOfNoSchoolCountAsOtherSchoolsMembers() {
        // x1: x2 -> x1 (a colleague goes to x1), x1 -> a1, a1 -> x1, x1 -> b1; a2 -> x1 is not a colleague
        MemberLinks x1 = of(index("x1"), Flow.SEEK);
        assertThat(x1.inflowTies()).isEqualTo(1);
        assertThat(x1.networkTies()).isEqualTo(3);
        assertThat(x1.bridging()).isTrue();
        // b1 has colleague b2 both ways and u1 (a member of no school) once
        MemberLinks b1 = of(index("b1"), Flow.SEEK);
        assertThat(b1.networkTies()).isEqualTo(2); // b1 -> u1, x1 -> b1
        assertThat(b1.bridging()).isTrue();
    }

    @Test
    void onlyMembersOfASchoolHaveContributions() {
        assertThatThrownBy(() -> of(index("a2"), Flow.SEEK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> of(index("u1"), Flow.SEEK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
