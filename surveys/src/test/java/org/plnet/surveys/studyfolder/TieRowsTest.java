package org.plnet.surveys.studyfolder;

import org.plnet.surveys.StudyInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.studyfolder.Fixtures.issues;
import static org.plnet.surveys.studyfolder.Fixtures.lenient;
import static org.plnet.surveys.studyfolder.Fixtures.respondents;
import static org.plnet.surveys.studyfolder.Fixtures.strict;
import static org.plnet.surveys.studyfolder.Fixtures.ties;

import org.junit.jupiter.api.Test;
import org.plnet.surveys.report.TieRowCounts;

/** The rows of ties.csv: unknown ids, weights, self-ties, duplicates, defaults. */
class TieRowsTest {

    @Test
    void unknownIdsAreErrorsInStrictMode() {
        StudyInput result = strict("unknown-ids");
        assertThat(result.usable()).isFalse();
        assertThat(issues(result)).containsExactly(
                "ties.csv:3:2: error: target 'zz' is not in people.csv",
                "ties.csv:4:1: error: source 'yy' is not in people.csv");
    }

    @Test
    void unknownIdsAreSkippedAndCountedInLenientMode() {
        StudyInput result = lenient("unknown-ids");
        assertThat(result.usable()).isTrue();
        assertThat(issues(result)).containsExactly(
                "ties.csv:3:2: warning: target 'zz' is not in people.csv: row skipped (lenient mode)",
                "ties.csv:4:1: warning: source 'yy' is not in people.csv: row skipped (lenient mode)");
        assertThat(ties(result.study(), "default", "1")).containsExactly("a1->a2:1");
        assertThat(result.report().layers()).containsExactly(
                new TieRowCounts("default", "1", 3, 1, 0, 0, 0, 2, 0, 1));
    }

    @Test
    void badWeightsAreErrorsInBothModes() {
        String[] expected = {
            "ties.csv:2:3: error: weight '-1' is negative: a weight is 0 (no tie) or positive",
            "ties.csv:3:3: error: weight 'NaN' is not a number (NaN)",
            "ties.csv:4:3: error: weight 'Infinity' is infinite",
            "ties.csv:5:3: error: weight 'often' is not a number",
            "ties.csv:6:3: error: weight '2,5' is not a number (write a decimal point, not a comma)",
            "ties.csv:7:3: error: weight '1e999' is too large: plnet takes weights up to 10^15, so that no sum or"
                + " product of weights overflows"};
        assertThat(issues(strict("bad-weights"))).containsExactly(expected);
        assertThat(issues(lenient("bad-weights"))).containsExactly(expected);
        assertThat(lenient("bad-weights").usable()).isFalse();
    }

    @Test
    void weightAboveScaleMaxOfStudyYamlIsAnErrorInStrictMode() {
        // collab has no scaleMax in study.yaml, so its weight 7 is fine
        assertThat(issues(strict("weight-above-scalemax"))).containsExactly(
                "ties.csv:2:4: error: weight 5 is above scaleMax 4 of relation advice (study.yaml line 3)");
    }

    @Test
    void defaultWeightAboveScaleMaxIsAnErrorOfTheRow() {
        // no weight column: every row weighs 1, above scaleMax 0.5
        assertThat(issues(strict("default-weight-above-scalemax"))).containsExactly(
                "ties.csv:2: error: weight 1 is above scaleMax 0.5 of relation advice (study.yaml line 3)");
    }

    @Test
    void weightAboveScaleMaxIsSkippedInLenientMode() {
        StudyInput result = lenient("weight-above-scalemax");
        assertThat(issues(result)).containsExactly("ties.csv:2:4: warning: weight 5 is above scaleMax 4 of relation"
                + " advice (study.yaml line 3): row skipped (lenient mode)");
        assertThat(ties(result.study(), "advice", "1")).containsExactly("a2->a1:4");
        assertThat(ties(result.study(), "collab", "1")).containsExactly("a1->a2:7");
        assertThat(result.report().layers()).containsExactly(
                new TieRowCounts("advice", "1", 2, 1, 0, 0, 0, 1, 0, 1),
                new TieRowCounts("collab", "1", 1, 1, 0, 0, 0, 0, 0, 1));
    }

    @Test
    void weightZeroIsNoTieDroppedSilentlyButCounted() {
        StudyInput result = strict("weight-zero");
        assertThat(issues(result)).isEmpty();
        assertThat(ties(result.study(), "default", "1")).containsExactly("a2->a1:1");
        assertThat(result.report().layers()).containsExactly(
                new TieRowCounts("default", "1", 3, 1, 0, 0, 2, 0, 0, 1));
        // a1's rows all have weight 0: not kept, so a1 is not a respondent (rule 3)
        assertThat(respondents(result.study(), "1")).containsExactly("a2");
    }

    @Test
    void selfTiesAreDroppedWithAWarning() {
        StudyInput result = strict("self-ties");
        assertThat(issues(result)).containsExactly(
                "ties.csv:2:1: warning: self-tie a1 -> a1: row dropped",
                "ties.csv:4:1: warning: self-tie a3 -> a3: row dropped");
        assertThat(ties(result.study(), "default", "1")).containsExactly("a1->a2:1");
        assertThat(result.report().layers()).containsExactly(
                new TieRowCounts("default", "1", 3, 1, 0, 2, 0, 0, 0, 1));
        // a3 named only themself: not a respondent
        assertThat(respondents(result.study(), "1")).containsExactly("a1");
    }

    @Test
    void duplicatesMergeToTheMaximumWeightPerRelationAndWave() {
        StudyInput result = strict("duplicate-rows");
        assertThat(issues(result)).containsExactly(
                "ties.csv:3: warning: duplicate row a1 -> a2 (relation advice, wave 1), first on line 2: merged,"
                        + " keeping the larger weight",
                "ties.csv:4: warning: duplicate row a1 -> a2 (relation advice, wave 1), first on line 2: merged,"
                        + " keeping the larger weight");
        // weights 2, 4, 3 -> 4; wave 2 and relation collab are other layers
        assertThat(ties(result.study(), "advice", "1")).containsExactly("a1->a2:4");
        assertThat(ties(result.study(), "advice", "2")).containsExactly("a1->a2:1");
        assertThat(ties(result.study(), "collab", "1")).containsExactly("a1->a2:1");
        assertThat(result.report().layers()).first().isEqualTo(
                new TieRowCounts("advice", "1", 3, 1, 2, 0, 0, 0, 0, 1));
    }

    @Test
    void emptyRelationWeightAndWaveTakeTheirDefaults() {
        StudyInput result = strict("empty-cells-default");
        assertThat(issues(result)).isEmpty();
        assertThat(ties(result.study(), "default", "1")).containsExactly("a1->a2:1");
        assertThat(ties(result.study(), "advice", "2")).containsExactly("a2->a1:2");
        assertThat(result.study().waves()).containsExactly("1", "2");
    }

    @Test
    void absentColumnsTakeTheirDefaults() {
        StudyInput result = strict("defaults");
        assertThat(result.study().relations()).containsOnlyKeys("default");
        assertThat(ties(result.study(), "default", "1")).containsExactly("a1->a2:1", "a2->a3:1");
    }
}
