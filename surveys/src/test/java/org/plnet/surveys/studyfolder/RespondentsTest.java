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
import org.plnet.surveys.report.RespondentBasis;
import org.plnet.surveys.report.SchoolResponse;

/** Who answered in each wave: study-format.md, "Respondents", rules 1 to 3. */
class RespondentsTest {

    @Test
    void respondentColumnHoldsForEveryWave() {
        StudyInput result = strict("respondent-column");
        assertThat(issues(result)).isEmpty();
        assertThat(result.report().respondentBasis()).contains(RespondentBasis.PEOPLE_COLUMN);
        assertThat(result.study().waves()).containsExactly("1", "2");
        assertThat(respondents(result.study(), "1")).containsExactly("a1", "a3");
        assertThat(respondents(result.study(), "2")).containsExactly("a1", "a3");
        assertThat(result.report().response()).first().satisfies(w -> assertThat(w.schools())
                .containsExactly(new SchoolResponse("A", 2, 1), new SchoolResponse("B", 1, 1)));
    }

    @Test
    void tieFromNonRespondentOfTheColumnIsAnErrorInStrictMode() {
        assertThat(issues(strict("non-respondent-column"))).containsExactly("ties.csv:3:1: error: a2 is not a"
                + " respondent in wave 1 (the respondent column of people.csv says no) yet this row reports a tie"
                + " to a1");
    }

    @Test
    void tieFromNonRespondentOfTheColumnIsSkippedInLenientMode() {
        StudyInput result = lenient("non-respondent-column");
        assertThat(issues(result)).containsExactly("ties.csv:3:1: warning: a2 is not a respondent in wave 1 (the"
                + " respondent column of people.csv says no) yet this row reports a tie to a1: row skipped"
                + " (lenient mode)");
        assertThat(ties(result.study(), "default", "1")).containsExactly("a1->a2:1");
        assertThat(respondents(result.study(), "1")).containsExactly("a1");
        assertThat(result.report().layers()).containsExactly(
                new TieRowCounts("default", "1", 2, 1, 0, 0, 0, 1, 0, 1));
    }

    @Test
    void respondentsFileListsEachWaveIncludingPeopleWhoNamedNobody() {
        StudyInput result = strict("respondents-file");
        assertThat(issues(result)).isEmpty();
        assertThat(result.report().respondentBasis()).contains(RespondentBasis.RESPONDENTS_FILE);
        // a2 has an empty wave (= 1) and named nobody; a3 answered wave 2, which has no ties
        assertThat(result.study().waves()).containsExactly("1", "2");
        assertThat(respondents(result.study(), "1")).containsExactly("a1", "a2");
        assertThat(respondents(result.study(), "2")).containsExactly("a3");
    }

    @Test
    void respondentsFileWithoutWaveColumnIsWaveOne() {
        StudyInput result = strict("respondents-file-no-wave");
        assertThat(issues(result)).isEmpty();
        assertThat(respondents(result.study(), "1")).containsExactly("a1", "a3");
    }

    @Test
    void respondentsFileUnknownIdIsAnErrorInStrictMode() {
        assertThat(issues(strict("respondents-file-unknown-id"))).containsExactly(
                "respondents.csv:3:1: error: id 'zz' is not in people.csv");
    }

    @Test
    void respondentsFileUnknownIdIsSkippedInLenientMode() {
        StudyInput result = lenient("respondents-file-unknown-id");
        assertThat(issues(result)).containsExactly(
                "respondents.csv:3:1: warning: id 'zz' is not in people.csv: row skipped (lenient mode)");
        assertThat(result.report().respondentRowsSkipped()).isEqualTo(1);
        assertThat(respondents(result.study(), "1")).containsExactly("a1");
        assertThat(result.report().toText()).contains("respondents.csv rows skipped: 1\n");
    }

    @Test
    void tieFromSomeoneNotListedForTheWaveIsAnErrorInStrictMode() {
        // respondents.csv lists a1 for wave 1 only
        assertThat(issues(strict("non-respondent-file"))).containsExactly(
                "ties.csv:3:1: error: a2 is not a respondent in wave 1 (respondents.csv does not list them for"
                        + " wave 1) yet this row reports a tie to a1",
                "ties.csv:4:1: error: a1 is not a respondent in wave 2 (respondents.csv does not list them for"
                        + " wave 2) yet this row reports a tie to a2");
    }

    @Test
    void tieFromSomeoneNotListedIsSkippedInLenientMode() {
        StudyInput result = lenient("non-respondent-file");
        assertThat(result.usable()).isTrue();
        assertThat(ties(result.study(), "default", "1")).containsExactly("a1->a2:1");
        assertThat(result.study().layer("default", "2")).isEmpty();
        assertThat(respondents(result.study(), "2")).isEmpty();
        assertThat(result.report().layers()).containsExactly(
                new TieRowCounts("default", "1", 2, 1, 0, 0, 0, 1, 0, 1),
                new TieRowCounts("default", "2", 1, 0, 0, 0, 0, 1, 0, 0));
    }

    @Test
    void respondentColumnWinsOverRespondentsFile() {
        StudyInput result = strict("respondents-both");
        assertThat(issues(result)).containsExactly("respondents.csv: warning: is not used: people.csv has a"
                + " respondent column, which decides respondents for every wave");
        assertThat(result.report().respondentBasis()).contains(RespondentBasis.PEOPLE_COLUMN);
        assertThat(respondents(result.study(), "1")).containsExactly("a1");
    }

    @Test
    void derivedFromKeptRowsIncludingRowsBelowTieMin() {
        // a1 -> a2 weight 1 < tieMin 3 is kept: a1 answered; a2 only named themself; a3's row has weight 0;
        // a4 reported in wave 2 only; a5 reported nothing
        StudyInput result = strict("derived-respondents");
        assertThat(result.report().respondentBasis()).contains(RespondentBasis.TIE_SOURCES);
        assertThat(respondents(result.study(), "1")).containsExactly("a1");
        assertThat(respondents(result.study(), "2")).containsExactly("a4");
        assertThat(result.report().layers()).contains(new TieRowCounts("advice", "1", 3, 1, 0, 1, 1, 0, 1, 0));
    }

    @Test
    void skippedRowMakesNoOneARespondent() {
        StudyInput result = lenient("lenient-skip-no-respondent");
        assertThat(issues(result)).containsExactly(
                "ties.csv:2:2: warning: target 'zz' is not in people.csv: row skipped (lenient mode)");
        assertThat(respondents(result.study(), "1")).containsExactly("a2");
    }
}
