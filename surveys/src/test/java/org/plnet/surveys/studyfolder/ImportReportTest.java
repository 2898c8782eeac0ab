package org.plnet.surveys.studyfolder;

import org.plnet.surveys.StudyInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.surveys.report.ImportIssue;
import org.plnet.surveys.report.ImportReport;

/** The import report's order of issues, its sections for other importers, and the first error thrown. */
class ImportReportTest {

    @Test
    void issuesSortByDeclaredFileThenLineThenColumn() {
        ImportReport report = ImportReport.builder("s")
                .fileOrder("people.csv", "ties.csv")
                .error(new SourceLocation("ties.csv", 3, 2), "c")
                .warning(new SourceLocation("export.csv", 1, 0), "e")
                .error(new SourceLocation("ties.csv", 3, 1), "b")
                .warning(new SourceLocation("people.csv", 9, 0), "a")
                .error(new SourceLocation("ties.csv", 2, 5), "x")
                .build();
        assertThat(report.issues()).extracting(ImportIssue::message).containsExactly("a", "x", "b", "c", "e");
        assertThat(report.errors()).hasSize(3);
        assertThat(report.warnings()).hasSize(2);
    }

    @Test
    void sectionsOfAnotherImporterArePrintedBeforeTheIssues() {
        String text = ImportReport.builder("survey")
                .section("Survey export", List.of("format: Qualtrics (choice text)", "unmatched names: 2"))
                .warning(new SourceLocation("export.csv", 4, 7), "name 'Jon Smth' matches no one")
                .build().toText();
        assertThat(text).isEqualTo("""
                Import report for study "survey"

                People: 0

                Survey export
                  format: Qualtrics (choice text)
                  unmatched names: 2

                Issues: 0 errors, 1 warning
                  export.csv:4:7: warning: name 'Jon Smth' matches no one
                """);
    }

    @Test
    void studyOrThrowNamesTheFirstErrorAndHowManyMore() {
        // bad-weights has six errors, on lines 2 to 7 of ties.csv
        StudyInput result = Fixtures.strict("bad-weights");
        assertThatThrownBy(result::studyOrThrow).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.location()).isEqualTo(new SourceLocation("ties.csv", 2, 3));
            assertThat(e.problem()).isEqualTo("weight '-1' is negative: a weight is 0 (no tie) or positive"
                    + " (and 5 more errors: run plnet validate)");
        });
    }

    @Test
    void studyOrThrowWithOneErrorAddsNothing() {
        StudyInput result = Fixtures.strict("duplicate-id");
        assertThatThrownBy(result::studyOrThrow).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.getMessage()).isEqualTo("people.csv:4:1: duplicate id 'a1' (first on line 2)"));
    }

    @Test
    void warningsLeaveTheImportUsable() {
        StudyInput result = Fixtures.strict("self-ties");
        assertThat(result.usable()).isTrue();
        assertThat(result.studyOrThrow().size()).isEqualTo(3);
        assertThat(result.report().toText()).endsWith("""
                Issues: 0 errors, 2 warnings
                  ties.csv:2:1: warning: self-tie a1 -> a1: row dropped
                  ties.csv:4:1: warning: self-tie a3 -> a3: row dropped
                """);
    }

    @Test
    void errorsAcrossFilesAreListedInReadingOrder() {
        // malformed-quotes: people.csv and ties.csv are both broken
        assertThat(Fixtures.strict("malformed-quotes").report().issues())
                .extracting(i -> i.location().file()).containsExactly("people.csv", "ties.csv");
    }
}
