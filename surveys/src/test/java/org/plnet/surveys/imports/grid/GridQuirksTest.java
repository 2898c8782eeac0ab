package org.plnet.surveys.imports.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Person;
import org.plnet.surveys.imports.FrequencyScale;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.RosterFile;
import org.plnet.surveys.imports.Samples;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyIssue;
import org.plnet.surveys.imports.SurveyReader;
import org.plnet.surveys.imports.TinyXlsx;
import org.plnet.surveys.imports.UnmatchedName;

/**
 * Each quirk of real exports, on a small fixture of imports/quirks/ (roster: a1 Ada Lovelace, a2 Alan Turing,
 * a3 Grace Hopper, a4 Edsger Dijkstra; scale Never 0 .. Daily 4).
 */
class GridQuirksTest {

    @TempDir
    Path dir;

    static Path quirk(String name) {
        try {
            return Path.of(GridQuirksTest.class.getResource("/imports/quirks/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Person> roster() {
        return RosterFile.read(quirk("roster.csv"));
    }

    static ImportedSurvey read(SurveyReader reader, String fixture, ImportSettings settings) {
        return reader.read(SurveyFile.of(quirk(fixture), fixture), settings);
    }

    static ImportSettings advice() {
        return ImportSettings.builder(roster()).relation("advice").build();
    }

    private static List<String> messages(ImportedSurvey s) {
        return s.issues().stream().map(i -> i.where() + ": " + i.message()).toList();
    }

    @Test
    void qualtricsQuirksAreHandledAndEachReported() {
        ImportedSurvey s = read(new QualtricsReader(), "qualtrics-quirks.csv", advice());
        // a1: the response ending 2024-03-05 (line 7) beats the one ending 03-01 (line 9) though it comes first:
        //   Alan Weekly = 3, Grace Monthly = 2, Edsger Never = no tie.
        // a2 (line 8): Ada Daily = 4; their own column (Monthly) is dropped.
        // a3 (line 12, unfinished): Ada "A few times a year" = 1.
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,advice,3,1", "a1,a3,advice,2,1", "a2,a1,advice,4,1", "a3,a1,advice,1,1");
        assertThat(s.respondents().get("1")).containsExactly("a1", "a2", "a3");
        assertThat(messages(s)).containsExactly(
                "qualtrics-quirks.csv:4:3: a preview response (status 'Survey Preview'): dropped",
                "qualtrics-quirks.csv:5:3: a test response (status 'Survey Test'): dropped",
                "qualtrics-quirks.csv:6:3: a spam response (status 'Spam'): dropped",
                "qualtrics-quirks.csv:10:7: respondent 'z9' is not on the roster: their 1 answers were not imported",
                "qualtrics-quirks.csv:11:7: a response without a respondent (empty cell): its 1 answers were not imported",
                "qualtrics-quirks.csv:9: duplicate submission by a1: replaced by the later one (by end date) at line 7",
                "qualtrics-quirks.csv:12:5: the response of a3 is unfinished (Finished = False): its answers were kept",
                "qualtrics-quirks.csv:8:9: a2 named themselves ('Monthly'): dropped");
        assertThat(s.unmatched()).extracting(UnmatchedName::text, UnmatchedName::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("z9", UnmatchedName.Kind.UNMATCHED));
        assertThat(s.reportLines()).contains("1 preview response dropped", "1 spam response dropped",
                "1 test response dropped", "3 of 4 roster people responded (wave 1)",
                "1 did not respond: a4 (their own ties are unknown, not absent)");
    }

    @Test
    void legacyNumericQualtricsGivesTheSameTies() {
        // two header rows (no ImportId row), numeric status (1 preview, 2 test, 8 spam), recode value - 1
        ImportedSurvey s = read(new QualtricsReader(), "qualtrics-legacy-numeric.csv", advice());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,advice,3,1", "a1,a3,advice,2,1", "a2,a1,advice,4,1", "a3,a1,advice,1,1");
        assertThat(s.issues()).extracting(SurveyIssue::message).contains(
                "a preview response (status '1'): dropped", "a test response (status '2'): dropped",
                "a spam response (status '8'): dropped");
    }

    @Test
    void unknownLabelNamesRowColumnAndLabel() {
        assertThatThrownBy(() -> read(new QualtricsReader(), "qualtrics-unknown-label.csv", advice()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("qualtrics-unknown-label.csv:4:10: unknown answer 'Sometimes ish'");
    }

    @Test
    void unknownLabelOfAGivenScaleNamesTheScale() {
        FrequencyScale scale = FrequencyScale.read(SurveyFile.of(quirk("scale.csv"), "scale.csv"));
        ImportSettings settings = ImportSettings.builder(roster()).relation("advice").scale(scale).build();
        // the first answer of a real response is "Weekly", which scale.csv (Never .. Always) lacks
        assertThatThrownBy(() -> read(new QualtricsReader(), "qualtrics-quirks.csv", settings))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("qualtrics-quirks.csv:7:9: unknown answer 'Weekly': the scale scale.csv has");
    }

    @Test
    void raggedRowIsRefusedAtItsFirstExtraCell() {
        assertThatThrownBy(() -> read(new QualtricsReader(), "qualtrics-ragged.csv", advice()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("qualtrics-ragged.csv:4:12: this row has 12 cells but the header has 11 columns");
    }

    @Test
    void missingHeaderRowIsRefused() {
        assertThatThrownBy(() -> read(new QualtricsReader(), "qualtrics-no-question-row.csv", advice()))
                .isInstanceOf(InputException.class)
                .hasMessage("qualtrics-no-question-row.csv:2:6: the second header row (question texts) is missing: "
                        + "row 2 already holds a response");
        assertThatThrownBy(() -> read(new SurveyMonkeyReader(), "surveymonkey-one-header.csv", advice()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("surveymonkey-one-header.csv:2:1: the second header row is missing");
    }

    @Test
    void aSemicolonFileIsReadAsSuchAndItsRealProblemReported() {
        // the delimiter is detected (issue 9, item 10): what is left is the missing question-text row
        assertThatThrownBy(() -> read(new QualtricsReader(), "semicolon.csv", advice()))
                .isInstanceOf(InputException.class)
                .hasMessage("semicolon.csv:2:6: the second header row (question texts) is missing: row 2 already"
                        + " holds a response");
    }

    @Test
    void checkboxGridGivesOneRelationPerTickedOption() {
        ImportedSurvey s = read(new GoogleFormsReader(), "google-checkbox-grid.csv", advice());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,advice,1,1", "a1,a2,planning-lessons,1,1", "a1,a3,planning-lessons,1,1",
                "a2,a1,advice,1,1", "a3,a4,advice,1,1");
        // email and name columns agree on every row; the email column wins (ids and emails before names)
        assertThat(s.reportLines()).anyMatch(l -> l.startsWith("respondent column: 'Email address' (column 2, B), "
                + "values matched as roster emails; detected: 3 of 3"));
        assertThat(s.questions()).containsEntry("planning-lessons",
                "Which of these do you do with each colleague?: Planning lessons");
    }

    @Test
    void twoColumnsOfDifferentPeopleAskForTheRespondentOption() {
        assertThatThrownBy(() -> read(new GoogleFormsReader(), "google-two-people-columns.csv", advice()))
                .isInstanceOf(InputException.class)
                .hasMessage("google-two-people-columns.csv: cannot tell which column identifies the respondent: "
                        + "'Your name' and 'Your line manager' both hold roster people but name different people "
                        + "on some rows; name one with --respondent COLUMN");
        ImportSettings named = ImportSettings.builder(roster()).relation("advice").respondentColumn("your name").build();
        ImportedSurvey s = read(new GoogleFormsReader(), "google-two-people-columns.csv", named);
        assertThat(Samples.lines(s.ties())).containsExactly("a1,a2,advice,4,1", "a2,a1,advice,3,1", "a3,a4,advice,2,1");
        assertThat(s.reportLines()).anyMatch(l -> l.endsWith("; given by --respondent"));
    }

    @Test
    void unknownRespondentColumnIsRefused() {
        ImportSettings named = ImportSettings.builder(roster()).respondentColumn("Staff number").build();
        assertThatThrownBy(() -> read(new GoogleFormsReader(), "google-two-people-columns.csv", named))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("google-two-people-columns.csv:1: no column is called 'Staff number' (--respondent)");
    }

    @Test
    void colleagueNotOnTheRosterGoesToUnmatchedAndUndatableDuplicatesKeepTheLaterRow() {
        ImportedSurvey s = read(new GoogleFormsReader(), "google-unknown-colleague.csv", advice());
        // Ada answered twice, 03/02/2024 and 02/03/2024: day-first and month-first disagree on the order, so the
        // later row (line 3: Alan Monthly = 2) is kept. Charles Babbage's column (F) is not imported.
        assertThat(Samples.lines(s.ties())).containsExactly("a1,a2,advice,2,1", "a2,a1,advice,3,1");
        assertThat(s.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.text()).isEqualTo("Charles Babbage");
            assertThat(u.kind()).isEqualTo(UnmatchedName.Kind.UNMATCHED);
            assertThat(u.where()).isEqualTo(new SourceLocation("google-unknown-colleague.csv", 1, 6));
        });
        assertThat(messages(s)).containsExactly(
                "google-unknown-colleague.csv:1:6: column 'Charles Babbage' names no one on the roster: its 2 answers "
                        + "were not imported (settle it with --aliases)",
                "google-unknown-colleague.csv:2: duplicate submission by a1: replaced by the one further down the file "
                        + "(the end dates read day-first and month-first give different orders) at line 3");
    }

    @Test
    void aliasSettlesAColumnHeader() {
        ImportSettings settled = ImportSettings.builder(roster()).relation("advice")
                .aliases(java.util.Map.of("Charles Babbage", "a4")).build();
        ImportedSurvey s = read(new GoogleFormsReader(), "google-unknown-colleague.csv", settled);
        assertThat(Samples.lines(s.ties())).containsExactly("a1,a2,advice,2,1", "a1,a4,advice,3,1", "a2,a1,advice,3,1");
        assertThat(s.unmatched()).isEmpty();
    }

    @Test
    void rosterGridReadsIdsAndNumbers() {
        ImportedSurvey s = read(new RosterGridReader(), "roster-grid.csv", advice());
        // a1 -> a3 is 0: no tie
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,advice,3,1", "a1,a4,advice,1,1", "a2,a1,advice,2,1", "a4,a3,advice,4,1");
        assertThat(s.respondents().get("1")).containsExactly("a1", "a2", "a4");
        assertThat(s.reportLines()).contains("columns that name no roster person, not imported: 'school' (B)");
    }

    @Test
    void mixedNumbersAndLabelsInXlsxAreRefusedAtTheirCell() throws IOException {
        Path xlsx = TinyXlsx.write(dir.resolve("grid.xlsx"), List.of(
                List.of(List.of("respondent", "Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra"),
                        List.of("a1", "", "3", "", ""),
                        // a short row: spreadsheets do not store empty trailing cells
                        List.of("a3", "Weekly")),
                List.of(List.of("notes"))));
        SurveyReader reader = new RosterGridReader();
        assertThat(reader.detect(SurveyFile.of(xlsx, "grid.xlsx"), advice())).isEqualTo(0.8);
        // XLSX locations: sheet row 2, column C (3)
        assertThatThrownBy(() -> reader.read(SurveyFile.of(xlsx, "grid.xlsx"), advice()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("grid.xlsx:2:3: unknown answer '3': it is on no built-in frequency scale");
    }

    @Test
    void rosterGridFromXlsxReadsNumbers() throws IOException {
        Path xlsx = TinyXlsx.write(dir.resolve("grid.xlsx"), List.of(
                List.of(List.of("respondent", "Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra"),
                        List.of("a1", "", "3", "", ""),
                        List.of("a3", "2")),
                List.of(List.of("notes"))));
        ImportedSurvey s = new RosterGridReader().read(SurveyFile.of(xlsx, "grid.xlsx"), advice());
        assertThat(Samples.lines(s.ties())).containsExactly("a1,a2,advice,3,1", "a3,a1,advice,2,1");
        assertThat(s.reportLines()).contains("read sheet 'Sheet1', the first of the 2 sheets of grid.xlsx; "
                + "the others were not read");
    }

    @Test
    void twoRosterQuestionsBecomeTwoRelations() throws IOException {
        Path csv = java.nio.file.Files.writeString(dir.resolve("two.csv"), String.join("\n",
                "Timestamp,Your name,Advice? [Ada Lovelace],Advice? [Alan Turing],Help? [Ada Lovelace],Help? [Alan Turing]",
                "2024-03-01 10:00:00,Ada Lovelace,,Weekly,,Daily",
                "2024-03-01 10:01:00,Alan Turing,Monthly,,Never,") + "\n");
        ImportedSurvey s = new GoogleFormsReader().read(SurveyFile.of(csv, "two.csv"),
                ImportSettings.builder(roster()).build());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,question-1,3,1", "a1,a2,question-2,4,1", "a2,a1,question-1,2,1");
        assertThat(s.reportLines()).contains("relation question-1 = question 'Advice?'",
                "relation question-2 = question 'Help?'");
        // one --relation cannot name two questions
        assertThatThrownBy(() -> new GoogleFormsReader().read(SurveyFile.of(csv, "two.csv"), advice()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("two.csv:1: the export has 2 roster questions but --relation names one relation");
    }
}
