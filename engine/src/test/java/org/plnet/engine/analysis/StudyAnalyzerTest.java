package org.plnet.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;

class StudyAnalyzerTest {

    private static final double EPS = 1e-12;

    @Test
    void layersComeInCodePointOrderOfRelationThenWave() {
        Study.Builder b = Study.builder("order");
        b.addPerson(new Person("a", "S", false));
        b.addPerson(new Person("b", "S", false));
        for (String relation : new String[] {"research", "advice"}) {
            b.relation(new Relation(relation, null, Flow.SEEK, 1, Relation.ANY_POSITIVE, 1));
            for (String wave : new String[] {"2", "10"}) {
                b.layer(new KeptTies(relation, wave, new int[] {0}, new int[] {1}, new double[] {1}));
            }
        }
        StudyAnalysis analysis = StudyAnalyzer.analyze(b.build());
        assertThat(analysis.analyses()).extracting(l -> l.relation() + "/" + l.wave())
                .containsExactly("advice/10", "advice/2", "research/10", "research/2");
    }

    @Test
    void tiesBelowTieMinMakeAnAnalysisWithAnEmptyGraph() {
        // a -> b of weight 1 is kept (a is a respondent) but below tieMin 2: D has no tie
        Study.Builder b = Study.builder("below");
        b.addPerson(new Person("a", "S", true));
        b.addPerson(new Person("b", "S", false));
        b.addPerson(new Person("c", null, false));
        b.relation(new Relation("advice", null, Flow.SEEK, 4, 2, 3));
        b.layer(new KeptTies("advice", "1", new int[] {0}, new int[] {1}, new double[] {1}));
        BitSet resp = new BitSet();
        resp.set(0);
        b.respondents("1", resp);
        GraphAnalysis layer = StudyAnalyzer.analyze(b.build()).analyses().get(0);

        NetworkFigures net = layer.network();
        assertThat(net.people()).isEqualTo(3);
        assertThat(net.ties()).isZero();
        assertThat(net.density()).isZero();
        assertThat(net.reciprocity()).isNull();          // m = 0
        assertThat(net.transitivity()).isNull();         // no connected triple
        assertThat(net.weakComponents()).isEqualTo(3);   // three isolates
        assertThat(net.largestComponentShare()).isCloseTo(1 / 3.0, within(EPS));
        assertThat(net.eiIndex()).isNull();              // E + I = 0
        assertThat(net.degreeCentralization()).isCloseTo(0.0, within(EPS)); // max deg 0: sum 0 / (2 x 1)

        PersonFigures a = layer.people().get(0);
        assertThat(a.outDegree()).isZero();
        assertThat(a.outStrength()).isZero();
        assertThat(a.eigenvector()).isNull();            // m = 0: top eigenvalue 0 is not simple
        assertThat(a.pageRank()).isCloseTo(1 / 3.0, within(1e-12)); // all dangling: uniform
        assertThat(a.constraint()).isNull();             // isolate
        assertThat(a.brokerage().total()).isZero();

        SchoolFigures s = layer.schools().get(0);        // c has no school: only S is listed
        assertThat(layer.schools()).hasSize(1);
        assertThat(s.staff()).isEqualTo(2);
        assertThat(s.members()).isEqualTo(1);
        assertThat(s.respondents()).isEqualTo(1);
        assertThat(s.density()).isCloseTo(0.0, within(EPS));
        assertThat(s.eiIndex()).isNull();
        assertThat(s.links().reach()).isCloseTo(0.0, within(EPS)); // b's only tie is below tieMin
        assertThat(s.links().responseRate()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void onePersonStudy() {
        Study.Builder b = Study.builder("one");
        b.addPerson(new Person("solo", null, false));
        b.relation(new Relation("advice", null, Flow.SEEK, 1, Relation.ANY_POSITIVE, 1));
        // no kept tie: no analysis at all (metrics.md lists only layers with a kept tie)
        assertThat(StudyAnalyzer.analyze(b.build()).analyses()).isEmpty();
    }

    @Test
    void strengthsSumTheWeightsOfTiesInD() {
        // a -> b 3, a -> c 1, c -> b 2; tieMin 2 leaves a -> c out of D
        Study.Builder b = Study.builder("strength");
        for (String id : new String[] {"a", "b", "c"}) {
            b.addPerson(new Person(id, "S", false));
        }
        b.relation(new Relation("advice", null, Flow.SEEK, 4, 2, 3));
        b.layer(new KeptTies("advice", "1", new int[] {0, 0, 2}, new int[] {1, 2, 1}, new double[] {3, 1, 2}));
        GraphAnalysis layer = StudyAnalyzer.analyze(b.build()).analyses().get(0);
        assertThat(layer.network().ties()).isEqualTo(2);
        assertThat(layer.people().get(0).outStrength()).isEqualTo(3.0);
        assertThat(layer.people().get(1).inStrength()).isEqualTo(5.0);   // 3 + 2
        assertThat(layer.people().get(2).inStrength()).isZero();         // weight 1 < tieMin
        assertThat(layer.people().get(1).inDegree()).isEqualTo(2);
    }
}
