package org.plnet.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.change.TieTurnover.SchoolTurnover;

class WaveChangesTest {

    private static BitSet who(int... people) {
        BitSet b = new BitSet();
        for (int p : people) {
            b.set(p);
        }
        return b;
    }

    /**
     * a, b in school S; c, d in school T. Everyone answered both waves except d, who answered only in 2.
     * advice 1: a->b, a->c, b->a, c->a        advice 2: a->b, b->c, c->a, c->b, d->a
     * Of sources answering both (a, b, c): kept a->b, c->a; new b->c, c->b; lost a->c, b->a; d->a is neither.
     * research has one wave only: no change.
     */
    private static Study study() {
        return study(who(0, 1, 2));
    }

    private static Study study(BitSet firstWaveRespondents) {
        Study.Builder b = Study.builder("changes");
        b.addPerson(new Person("a", "S", true));
        b.addPerson(new Person("b", "S", false));
        b.addPerson(new Person("c", "T", true));
        b.addPerson(new Person("d", "T", false));
        b.relation(new Relation("advice", null, Flow.SEEK, 1, Relation.ANY_POSITIVE, 1));
        b.relation(new Relation("research", null, Flow.SEEK, 1, Relation.ANY_POSITIVE, 1));
        b.layer(new KeptTies("advice", "1", new int[] {0, 0, 1, 2}, new int[] {1, 2, 0, 0}, new double[] {1, 1, 1, 1}));
        b.layer(new KeptTies("advice", "2", new int[] {0, 1, 2, 2, 3}, new int[] {1, 2, 0, 1, 0},
                new double[] {1, 1, 1, 1, 1}));
        b.layer(new KeptTies("research", "1", new int[] {0}, new int[] {1}, new double[] {1}));
        b.respondents("1", firstWaveRespondents);
        b.respondents("2", who(0, 1, 2, 3));
        return b.build();
    }

    @Test
    void keptNewAndLostTiesOfPeopleWhoAnsweredBothWaves() {
        List<WaveChange> changes = StudyAnalyzer.analyze(study()).changes();
        assertThat(changes).hasSize(1);
        WaveChange c = changes.get(0);
        assertThat(List.of(c.relation(), c.from(), c.to())).containsExactly("advice", "1", "2");
        assertThat(c.ties().kept()).isEqualTo(2);
        assertThat(c.ties().added()).isEqualTo(2);
        assertThat(c.ties().lost()).isEqualTo(2);
        assertThat(c.ties().jaccard()).isCloseTo(2 / 6.0, within(1e-15));
        // by the source's school: S (a, b) kept a->b, new b->c, lost a->c, b->a; T (c) kept c->a, new c->b
        assertThat(c.schools().get(0).turnover()).isEqualTo(new SchoolTurnover(1, 1, 2));
        assertThat(c.schools().get(1).turnover()).isEqualTo(new SchoolTurnover(1, 1, 0));
        assertThat(c.schools().get(1).respondents()).isEqualTo(1); // d answered in wave 2 only
    }

    @Test
    void degreeDifferencesAddUpToTheChangeInTies() {
        // m1 = 4, m2 = 5: in-degree differences sum to 1; d's out-degree difference is unknown (null)
        WaveChange c = StudyAnalyzer.analyze(study()).changes().get(0);
        assertThat(c.people().stream().mapToInt(WaveChange.PersonChange::inDegree).sum()).isEqualTo(5 - 4);
        assertThat(c.people().get(3).outDegree()).isNull();
        // a: out 2 -> 1, b: 1 -> 1, c: 1 -> 2; with d's +1 the out-degree differences too would sum to 1
        assertThat(c.people()).extracting(WaveChange.PersonChange::outDegree).containsExactly(-1, 0, 1, null);
    }

    @Test
    void withEveryoneAnsweringBothWavesInAndOutDegreeDifferencesBothSumToTheChangeInTies() {
        // m2 - m1 = 5 - 4 = 1
        WaveChange c = StudyAnalyzer.analyze(study(who(0, 1, 2, 3))).changes().get(0);
        assertThat(c.people().stream().mapToInt(WaveChange.PersonChange::inDegree).sum()).isEqualTo(1);
        assertThat(c.people().stream().mapToInt(WaveChange.PersonChange::outDegree).sum()).isEqualTo(1);
        // now d's new tie d -> a counts: new 3
        assertThat(c.ties().added()).isEqualTo(3);
    }

    @Test
    void oneWavePerRelationMeansNoChanges() {
        Study.Builder b = Study.builder("one");
        b.addPerson(new Person("a", "S", false));
        b.addPerson(new Person("b", "S", false));
        b.relation(new Relation("advice", null, Flow.SEEK, 1, Relation.ANY_POSITIVE, 1));
        b.layer(new KeptTies("advice", "1", new int[] {0}, new int[] {1}, new double[] {1}));
        assertThat(StudyAnalyzer.analyze(b.build()).changes()).isEmpty();
    }
}
