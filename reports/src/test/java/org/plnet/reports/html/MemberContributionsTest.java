package org.plnet.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plnet.reports.html.TestStudies.index;

import org.junit.jupiter.api.Test;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.Study;

class MemberContributionsTest {

    private final Study study = TestStudies.twoWaves();
    // advice, wave 2: a2 -> a1, a1 -> a2, a3 -> a1, a1 -> x1, x1 -> a1, u1 -> a1, a2 -> x1, ...
    private final CompactGraph d = StudyGraph.of(study, study.layer("advice", "2").orElseThrow()).compact();

    @Test
    void seekCountsColleaguesWhoGoToTheMemberAsInflow() {
        MemberContributions a1 = MemberContributions.of(index("a1"), study.people(), d, Flow.SEEK);
        // colleagues a2, a3 go to a1: inflow 2; a1 goes to a2: outflow 1
        assertThat(a1.inflow()).isEqualTo(2);
        assertThat(a1.outflow()).isEqualTo(1);
        // other schools' members: a1 -> x1, x1 -> a1, u1 -> a1 (u1 has no school, so is not in P): 3 ties
        assertThat(a1.networkTies()).isEqualTo(3);
        assertThat(a1.bridging()).isTrue();
    }

    @Test
    void giveAndMutualReadTheSameTiesTheOtherWay() {
        MemberContributions give = MemberContributions.of(index("a1"), study.people(), d, Flow.GIVE);
        assertThat(give.inflow()).isEqualTo(1);
        assertThat(give.outflow()).isEqualTo(2);
        // mutual: colleagues tied either way: a2 (both ways, once) and a3
        MemberContributions mutual = MemberContributions.of(index("a1"), study.people(), d, Flow.MUTUAL);
        assertThat(mutual.inflow()).isEqualTo(2);
        assertThat(mutual.outflow()).isEqualTo(2);
    }

    @Test
    void membersOfNoSchoolCountAsOtherSchoolsMembers() {
        // x1: x2 -> x1 (a colleague goes to x1), x1 -> a1, a1 -> x1, x1 -> b1; a2 -> x1 is not a colleague
        MemberContributions x1 = MemberContributions.of(index("x1"), study.people(), d, Flow.SEEK);
        assertThat(x1.inflow()).isEqualTo(1);
        assertThat(x1.networkTies()).isEqualTo(3);
        assertThat(x1.bridging()).isTrue();
        // b1 has colleague b2 both ways and u1 (a member of no school) once
        MemberContributions b1 = MemberContributions.of(index("b1"), study.people(), d, Flow.SEEK);
        assertThat(b1.networkTies()).isEqualTo(2); // b1 -> u1, x1 -> b1
        assertThat(b1.bridging()).isTrue();
    }

    @Test
    void onlyMembersOfASchoolHaveContributions() {
        assertThatThrownBy(() -> MemberContributions.of(index("a2"), study.people(), d, Flow.SEEK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MemberContributions.of(index("u1"), study.people(), d, Flow.SEEK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
