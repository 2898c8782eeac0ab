package org.plnet.engine.statistics.qap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;

class DyadicTermsTest {

    /** a, b in S (phase " primary" and "primary"), c in T (phase "Primary"), d of no school or phase. */
    private static Study study() {
        Study.Builder b = Study.builder("s");
        b.addPerson(new Person("a", null, "S", null, true, Map.of("Phase", " primary")));
        b.addPerson(new Person("b", null, "S", null, false, Map.of("Phase", "primary")));
        b.addPerson(new Person("c", null, "T", null, true, Map.of("Phase", "Primary")));
        b.addPerson(new Person("d", null, null, null, false, Map.of("Phase", "")));
        b.relation(new Relation("advice", null, Flow.SEEK, 4, 2, 3));
        b.relation(new Relation("a@b", null, Flow.SEEK, 4, 1, 3));
        b.layer(new KeptTies("advice", "2020", new int[] {0, 1}, new int[] {1, 2}, new double[] {3, 1}));
        b.layer(new KeptTies("a@b", "2020", new int[] {2}, new int[] {3}, new double[] {2}));
        b.respondents("2019", new BitSet());
        return b.build();
    }

    @Test
    void relationTermsAreDOfTheirWaveWithWeightsOnRequest() {
        DyadicTerm.Ties advice = (DyadicTerm.Ties) DyadicTerms.parse(study(), "advice", true, "--y");
        assertThat(advice.label()).isEqualTo("advice@2020");
        // 1 -> 2 has weight 1, below tieMin 2: not in D
        assertThat(advice.total()).isEqualTo(3.0);
        assertThat(DyadicTerms.parse(study(), "advice@2020", false, "--y").total()).isEqualTo(1.0);
        // a wave of the study without ties of the relation: an empty D
        assertThat(DyadicTerms.parse(study(), "advice@2019", false, "--x").total()).isZero();
        // split at the last @
        assertThat(DyadicTerms.parse(study(), "a@b@2020", false, "--x").label()).isEqualTo("a@b@2020");
    }

    @Test
    void sameTermsCompareTrimmedCaseSensitiveValuesAndNeverEmptyOnes() {
        DyadicTerm.SameGroup phase = (DyadicTerm.SameGroup) DyadicTerms.parse(study(), "same:PHASE", false, "--x");
        assertThat(phase.label()).isEqualTo("same:Phase");
        assertThat(phase.group()).containsExactly(0, 0, 1, -1);
        assertThat(phase.total()).isEqualTo(2.0);
        DyadicTerm.SameGroup member = (DyadicTerm.SameGroup) DyadicTerms.parse(study(), "same:member", false, "--x");
        assertThat(member.group()).containsExactly(0, 1, 0, 1);
        DyadicTerm.SameGroup school = (DyadicTerm.SameGroup) DyadicTerms.parse(study(), "same:School", false, "--x");
        assertThat(school.group()).containsExactly(0, 0, 1, -1);
    }

    @Test
    void unknownRelationWaveOrColumnNamesTheTerm() {
        assertThatThrownBy(() -> DyadicTerms.parse(study(), "mentoring@2020", false, "--x"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("--x mentoring@2020: no relation");
        assertThatThrownBy(() -> DyadicTerms.parse(study(), "advice@2030", false, "--x"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("--x advice@2030: no wave '2030'");
        assertThatThrownBy(() -> DyadicTerms.parse(study(), "same:years", false, "--y"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("--y same:years: no column");
    }
}
