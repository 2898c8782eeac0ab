package org.plnet.surveys.studyfolder;

import org.plnet.surveys.StudyInput;
import org.plnet.surveys.ReadMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plnet.surveys.studyfolder.Fixtures.issues;
import static org.plnet.surveys.studyfolder.Fixtures.strict;

import org.junit.jupiter.api.Test;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

/** Files that are missing, empty, not CSV, or whose header or rows cannot be read. */
class InputFileErrorsTest {

    @Test
    void missingFolder() {
        StudyInput result = strict("does-not-exist");
        assertThat(result.usable()).isFalse();
        assertThat(issues(result)).containsExactly("does-not-exist: error: study folder not found");
        assertThatThrownBy(result::studyOrThrow).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.location()).isEqualTo(SourceLocation.ofFile("does-not-exist"));
            assertThat(e.problem()).isEqualTo("study folder not found");
        });
    }

    @Test
    void fileGivenInsteadOfFolder() {
        StudyInput result = StudyFolderReader.read(Fixtures.folder("hand-study").resolve("people.csv"),
                ReadMode.STRICT);
        assertThat(issues(result)).containsExactly("people.csv: error: is not a folder: give the study folder,"
                + " which holds people.csv and ties.csv");
    }

    @Test
    void missingPeopleCsv() {
        assertThat(issues(strict("no-people"))).containsExactly(
                "people.csv: error: people.csv is missing: a study folder needs its roster, people.csv");
    }

    @Test
    void missingTiesCsv() {
        assertThat(issues(strict("no-ties"))).containsExactly("ties.csv: error: ties.csv is missing: ties.csv is"
                + " required unless study.yaml names survey exports under imports:");
    }

    @Test
    void emptyPeopleCsv() {
        assertThat(issues(strict("empty-people"))).containsExactly("people.csv: error: is empty");
    }

    @Test
    void tiesCsvOfBlankLinesIsEmpty() {
        assertThat(issues(strict("empty-ties"))).containsExactly("ties.csv: error: is empty");
    }

    @Test
    void emptyStudyYaml() {
        assertThat(issues(strict("empty-study-yaml"))).containsExactly("study.yaml: error: is empty");
    }

    @Test
    void peopleCsvWithHeaderOnly() {
        StudyInput result = strict("no-people-rows");
        assertThat(issues(result)).containsExactly("people.csv: error: has a header but no people");
    }

    @Test
    void binaryFileIsNotCsv() {
        // a spreadsheet (zip) saved under the name people.csv
        assertThat(issues(strict("binary-people"))).containsExactly("people.csv:1: error: is a binary file, not"
                + " text (it holds NUL bytes): save it as CSV UTF-8");
    }

    @Test
    void latin1FileIsNotUtf8() {
        // "Ren\xE9" on line 3: Latin-1 é is not a UTF-8 byte sequence
        assertThat(issues(strict("invalid-utf8-people"))).containsExactly("people.csv:3: error: is not UTF-8 text"
                + " (byte 0xE9 cannot start or continue a UTF-8 character): save it as CSV UTF-8");
    }

    @Test
    void malformedQuotes() {
        assertThat(issues(strict("malformed-quotes"))).containsExactly(
                "people.csv:2:2: error: is not valid CSV: a quoted cell is followed by other text before the"
                        + " next comma (write \"\" for a quote inside a quoted cell)",
                "ties.csv:2:2: error: is not valid CSV: a quoted cell has no closing quote");
    }

    @Test
    void headerWithoutId() {
        assertThat(issues(strict("missing-id-column"))).containsExactly(
                "people.csv:1: error: the header has no column 'id'");
    }

    @Test
    void headerWithoutTarget() {
        assertThat(issues(strict("missing-target-column"))).containsExactly(
                "ties.csv:1: error: the header has no column 'target'");
    }

    @Test
    void respondentsHeaderWithoutId() {
        assertThat(issues(strict("respondents-missing-id-column"))).containsExactly(
                "respondents.csv:1: error: the header has no column 'id'");
    }

    @Test
    void semicolonSeparatedFileIsNamed() {
        assertThat(issues(strict("semicolon-people"))).containsExactly("people.csv:1: error: the header has no"
                + " column 'id' (the header is one cell holding semicolons: save the file as comma-separated CSV"
                + " UTF-8)");
    }

    @Test
    void duplicateColumnIgnoringCase() {
        assertThat(issues(strict("duplicate-column"))).containsExactly("people.csv:1:3: error: column 'School'"
                + " appears twice in the header (also column 2, 'school'; column names ignore case)");
    }

    @Test
    void raggedRows() {
        StudyInput result = strict("ragged-rows");
        assertThat(issues(result)).containsExactly(
                "people.csv:3:3: error: row has 2 cells but the header has 3 columns",
                "people.csv:4:4: error: row has 4 cells but the header has 3 columns");
    }

    @Test
    void linesAfterQuotedLineBreaksPointAtTheCell() {
        // people.csv: rows on lines 2-3, 4-6 (CRLF inside quotes), 7
        // ties.csv: row 1 on lines 2-3; "zz" on line 4; the row starting on line 5 has its weight on line 6;
        // line 7 names "z<LF>z", which messages write on one line
        StudyInput result = strict("quoted-newline-lines");
        assertThat(issues(result)).containsExactly(
                "ties.csv:4:2: error: target 'zz' is not in people.csv",
                "ties.csv:6:4: error: weight 'abc' is not a number",
                "ties.csv:7:2: error: target 'z\\nz' is not in people.csv");
        assertThat(result.report().people()).isEqualTo(3);
        assertThat(result.report().toText()).contains("\nRelation advice\\nabout teaching\n  flow: seek");
    }
}
