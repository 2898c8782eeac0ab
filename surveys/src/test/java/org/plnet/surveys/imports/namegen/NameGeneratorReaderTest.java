package org.plnet.surveys.imports.namegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.ImportedTie;
import org.plnet.surveys.imports.RespondentSource;
import org.plnet.surveys.imports.Samples;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.SurveyIssue;
import org.plnet.surveys.imports.UnmatchedName;

class NameGeneratorReaderTest {

    private final NameGeneratorReader reader = new NameGeneratorReader();

    @TempDir
    Path dir;

    private static SurveyFile sample() {
        return SurveyFile.of(Samples.file("name-generator.csv"), "name-generator.csv");
    }

    private static ImportSettings roster() {
        return ImportSettings.builder(Samples.roster()).build();
    }

    private SurveyFile write(String name, String text) {
        return Samples.write(dir, name, text);
    }

    private static List<String> ties(ImportedSurvey s) {
        List<String> rows = new ArrayList<>();
        for (ImportedTie t : s.ties()) {
            rows.add(t.source() + "," + t.target() + "," + t.relation() + "," + (long) t.weight() + "," + t.wave());
        }
        return rows;
    }

    @Nested
    class SharedSample {

        @Test
        void everyMatchedNameOfTheExpectedFileIsATieAndNothingElse() {
            // name-generator-expected.csv: each row resolved to an id is a tie of weight 1 (advice, wave 1)
            List<String> expected = new ArrayList<>();
            for (List<String> row : Samples.csvRows("name-generator-expected.csv")) {
                if (row.get(2).startsWith("p")) {
                    expected.add(row.get(0) + "," + row.get(2) + ",advice,1,1");
                }
            }
            ImportedSurvey s = reader.read(sample(), roster());
            assertThat(ties(s)).containsExactlyElementsOf(expected).hasSize(23);
            assertThat(s.format()).isEqualTo(SurveyFormat.NAME_GENERATOR);
        }

        @Test
        void theUnsettledNamesAreListedWithTheirRespondentAndCell() {
            ImportedSurvey s = reader.read(sample(), roster());
            // row R_0008 (line 10): "Mr Nobody" in Advice_1 (column 3), "Mrs Smith" in Advice_2 (column 4)
            assertThat(s.unmatched()).containsExactly(
                    new UnmatchedName("Mr Nobody", UnmatchedName.Kind.UNMATCHED, "p10", List.of(),
                            new SourceLocation("name-generator.csv", 10, 3)),
                    new UnmatchedName("Mrs Smith", UnmatchedName.Kind.AMBIGUOUS, "p10", List.of("p01", "p07"),
                            new SourceLocation("name-generator.csv", 10, 4)));
        }

        @Test
        void everyRowIsARespondentAndNonRespondentsAreNot() {
            ImportedSurvey s = reader.read(sample(), roster());
            assertThat(s.respondentSource()).isEqualTo(RespondentSource.LISTED);
            assertThat(s.respondents().get("1")).containsExactly(
                    "p01", "p02", "p03", "p04", "p05", "p06", "p08", "p09", "p10", "p11");
        }

        @Test
        void eachRespondentIsWhereTheirResponseIs() {
            ImportedSurvey s = reader.read(sample(), roster());
            // row R_0008 (line 10) is p10's response
            assertThat(s.respondentAt("1", "p10")).contains(new SourceLocation("name-generator.csv", 10, 0));
            assertThat(s.respondentAt("1", "p07")).isEmpty();
        }

        @Test
        void theReportGivesTheDetectionsAndTheConfidenceOfEachFuzzyMatch() {
            ImportedSurvey s = reader.read(sample(), roster());
            assertThat(s.reportLines()).containsExactly(
                    "name-generator: respondent column 'StaffID' matched against roster ids (detected: 10 of 10 values"
                            + " on the roster)",
                    "question 'Advice' (Advice_1..Advice_5, up to 5 names) -> relation advice",
                    "responses: 10 rows, 10 respondents kept",
                    "names typed: 25; matched 23 (14 by full name (confidence 1.00), 2 by full name, surname first"
                            + " (confidence 0.95), 1 by nickname and surname (confidence 0.90), 2 by initial and surname"
                            + " (confidence 0.85), 2 by first name and surname initial (confidence 0.80), 2 by first name"
                            + " only (confidence 0.60)); ambiguous 1; unmatched 1 (both listed in unmatched.csv);"
                            + " self-named 0; named twice 0",
                    "p01 typed 'Sarah S.' (name-generator.csv:2:7): p07 Sarah Smith, first name and surname initial,"
                            + " confidence 0.80",
                    "p02 typed 'Wei Li' (name-generator.csv:3:6): p09 Li Wei, full name, surname first, confidence 0.95",
                    "p03 typed 'J. Smith' (name-generator.csv:4:3): p01 Jane Smith, initial and surname, confidence 0.85",
                    "p04 typed 'Wei Li' (name-generator.csv:5:4): p09 Li Wei, full name, surname first, confidence 0.95",
                    "p05 typed 'Priya' (name-generator.csv:6:3): p03 Priya Patel, first name only, confidence 0.60",
                    "p08 typed 'Mark' (name-generator.csv:8:3): p06 Mark Evans, first name only, confidence 0.60",
                    "p09 typed 'Grace O' (name-generator.csv:9:3): p12 Grace Okafor, first name and surname initial,"
                            + " confidence 0.80",
                    "p10 typed 'Dave Brown' (name-generator.csv:10:5): p11 David Brown, nickname and surname,"
                            + " confidence 0.90",
                    "p11 typed 'H Brown' (name-generator.csv:11:3): p10 Hannah Brown, initial and surname,"
                            + " confidence 0.85");
            assertThat(s.scaleMaxima()).containsExactly(Map.entry("advice", 1.0));
        }

        @Test
        void aliasesSettleTheUnsettledNames() {
            ImportSettings settled = ImportSettings.builder(Samples.roster())
                    .aliases(Map.of("Mrs Smith", "p07", "Mr Nobody", "p12")).build();
            ImportedSurvey s = reader.read(sample(), settled);
            assertThat(s.unmatched()).isEmpty();
            assertThat(ties(s)).hasSize(25).contains("p10,p07,advice,1,1", "p10,p12,advice,1,1");
        }

        @Test
        void relationAndWaveFromTheSettings() {
            ImportedSurvey s = reader.read(sample(), ImportSettings.builder(Samples.roster()).relation("help")
                    .wave("2020").respondentColumn("staffid").build());
            assertThat(s.ties()).hasSize(23).allSatisfy(t -> {
                assertThat(t.relation()).isEqualTo("help");
                assertThat(t.wave()).isEqualTo("2020");
            });
            assertThat(s.reportLines().get(0)).isEqualTo(
                    "name-generator: respondent column 'StaffID' matched against roster ids (given with --respondent)");
        }

        @Test
        void isDetected() {
            assertThat(reader.detect(sample())).isEqualTo(0.85);
        }
    }

    @Nested
    class Quirks {

        @Test
        void selfNamingAndRepeatedNamesMakeNoTieButAreReported() {
            String text = """
                    Respondent,Name 1,Name 2,Name 3
                    Priya Patel,Priya,Tom O'Neill,T. O'Neill
                    """;
            ImportedSurvey s = reader.read(write("ng.csv", text), roster());
            assertThat(ties(s)).containsExactly("p03,p02,default,1,1");
            assertThat(s.issues()).containsExactly(
                    new SurveyIssue(new SourceLocation("ng.csv", 2, 2), "p03 named themselves ('Priya'): no tie"),
                    new SurveyIssue(new SourceLocation("ng.csv", 2, 4),
                            "p03 named p02 Tom O'Neill again ('T. O'Neill'): one tie kept"));
            assertThat(s.reportLines()).contains("question 'Name' (Name 1..Name 3, up to 3 names) -> relation default");
            assertThat(s.reportLines().get(0)).isEqualTo("name-generator: respondent column 'Respondent' matched"
                    + " against roster names (detected: 1 of 1 values on the roster)");
        }

        @Test
        void severalQuestionsAreSeveralRelations() {
            String text = """
                    id,Advice #1,Advice #2,Q7_1_TEXT,Q7_2_TEXT
                    p01,Tom O'Neill,,Mark Evans,Li Wei
                    p02,,,,
                    """;
            ImportedSurvey s = reader.read(write("ng.csv", text), roster());
            assertThat(ties(s)).containsExactly("p01,p02,advice,1,1", "p01,p06,q7,1,1", "p01,p09,q7,1,1");
            // p02 answered and named nobody: still a respondent
            assertThat(s.respondents().get("1")).containsExactly("p01", "p02");
        }

        @Test
        void severalQuestionsCannotTakeOneRelationName() {
            String text = "id,A_1,A_2,B_1,B_2\np01,Mark,,,\n";
            assertThatExceptionOfType(InputException.class)
                    .isThrownBy(() -> reader.read(write("ng.csv", text),
                            ImportSettings.builder(Samples.roster()).relation("advice").build()))
                    .withMessage("ng.csv:1: the file has 2 name-generator questions (A_1..A_2, B_1..B_2); --relation"
                            + " names only one: leave it out and each takes its column name");
        }

        @Test
        void aDuplicateResponseKeepsTheLaterRow() {
            String text = """
                    StaffID,Advice_1,Advice_2
                    p01,Mark Evans,
                    p02,Jane Smith,
                    P01 ,Li Wei,Hannah Brown
                    """;
            // without end dates only --repeated says which response counts (issue 9, item 14)
            assertThatExceptionOfType(InputException.class).isThrownBy(() -> reader.read(write("ng.csv", text), roster()))
                    .withMessageStartingWith("ng.csv:4: 1 people responded more than once");
            ImportedSurvey s = reader.read(write("ng.csv", text), ImportSettings.builder(Samples.roster())
                    .repeated(org.plnet.surveys.imports.responses.Repeated.LATEST).build());
            assertThat(ties(s)).containsExactly("p02,p01,advice,1,1", "p01,p09,advice,1,1", "p01,p10,advice,1,1");
            assertThat(s.issues()).containsExactly(new SurveyIssue(new SourceLocation("ng.csv", 2, 0),
                    "repeated response by p01: replaced by the one further down the file at line 4 (--repeated latest)"));
        }

        @Test
        void aDuplicateResponseKeepsTheLaterEndDateNotTheLaterRow() {
            String text = """
                    StaffID,EndDate,Advice_1,Advice_2
                    p01,2019-10-03 09:00,Mark Evans,
                    p02,2019-10-01 09:00,Jane Smith,
                    p01,2019-10-02 09:00,Li Wei,Hannah Brown
                    """;
            ImportedSurvey s = reader.read(write("ng.csv", text), roster());
            assertThat(ties(s)).containsExactly("p01,p06,advice,1,1", "p02,p01,advice,1,1");
            assertThat(s.issues()).containsExactly(new SurveyIssue(new SourceLocation("ng.csv", 4, 0),
                    "duplicate submission by p01: replaced by the later one (by end date) at line 2"));
        }

        @Test
        void aSurveyPreviewOfAQualtricsExportIsDroppedAndMakesNoTie() {
            String text = """
                    ResponseId,Status,DistributionChannel,Q1,Q5_1,Q5_2
                    Response ID,Response Type,Distribution Channel,Your staff id,Advice - 1,Advice - 2
                    "{""ImportId"":""_recordId""}","{""ImportId"":""status""}","{""ImportId"":""distributionChannel""}","{""ImportId"":""QID1_TEXT""}","{""ImportId"":""QID5_1""}","{""ImportId"":""QID5_2""}"
                    R_1,Survey Preview,preview,p01,Tom O'Neill,Priya Patel
                    R_2,IP Address,anonymous,p02,Priya Patel,
                    """;
            ImportedSurvey s = reader.read(write("q.csv", text), roster());
            assertThat(ties(s)).containsExactly("p02,p03,q5,1,1");
            assertThat(s.respondents().get("1")).containsExactly("p02");
            assertThat(s.issues()).containsExactly(new SurveyIssue(new SourceLocation("q.csv", 4, 2),
                    "a preview response (status 'Survey Preview'): dropped"));
            assertThat(s.reportLines()).contains("1 preview response dropped");
        }

        @Test
        void aPreviewByDistributionChannelIsDroppedWithoutAStatusColumn() {
            String text = """
                    ResponseId,DistributionChannel,StaffID,Advice_1,Advice_2
                    R_1,preview,p01,Tom O'Neill,Priya Patel
                    R_2,anonymous,p02,Priya Patel,
                    """;
            ImportedSurvey s = reader.read(write("ng.csv", text), roster());
            assertThat(ties(s)).containsExactly("p02,p03,advice,1,1");
            assertThat(s.issues()).containsExactly(new SurveyIssue(new SourceLocation("ng.csv", 2, 2),
                    "a preview response (status 'preview'): dropped"));
        }

        @Test
        void respondentsNotOnTheRosterAndBlankRespondentsAreLeftOut() {
            String text = "StaffID,Advice_1,Advice_2\np01,Mark,\np99,Jane Smith,\n,Li Wei,\np02,Mark,\np03,Mark,\n";
            ImportedSurvey s = reader.read(write("ng.csv", text),
                    ImportSettings.builder(Samples.roster()).respondentColumn("StaffID").build());
            assertThat(ties(s)).containsExactly("p01,p06,advice,1,1", "p02,p06,advice,1,1", "p03,p06,advice,1,1");
            assertThat(s.issues()).containsExactly(
                    new SurveyIssue(new SourceLocation("ng.csv", 3, 1),
                            "respondent 'p99' is not on the roster: their 1 answers were not imported"),
                    new SurveyIssue(new SourceLocation("ng.csv", 4, 1),
                            "a response without a respondent (empty cell): its 1 answers were not imported"));
            assertThat(s.unmatched()).extracting(UnmatchedName::text).containsExactly("p99");
        }

        @Test
        void aQualtricsExportWithThreeHeaderRows() {
            String text = """
                    ResponseId,Q1,Q5_1,Q5_2
                    Response ID,Your staff id,Whom do you go to for advice? - 1,Whom do you go to for advice? - 2
                    "{""ImportId"":""_recordId""}","{""ImportId"":""QID1_TEXT""}","{""ImportId"":""QID5_1""}","{""ImportId"":""QID5_2""}"
                    R_1,p01,Tom O'Neill,Priya Patel
                    """;
            ImportedSurvey s = reader.read(write("q.csv", text), roster());
            assertThat(ties(s)).containsExactly("p01,p02,q5,1,1", "p01,p03,q5,1,1");
            assertThat(s.questions()).containsExactly(Map.entry("q5", "Whom do you go to for advice? - 1"));
            assertThat(reader.detect(write("q.csv", text))).isEqualTo(0.5);
        }

        @Test
        void noNumberedColumns() {
            assertThatExceptionOfType(InputException.class)
                    .isThrownBy(() -> reader.read(write("ng.csv", "id,name\np01,Mark\n"), roster()))
                    .withMessage("ng.csv:1: no name-generator columns: the header has no columns numbered 1..k after"
                            + " a common name (such as Advice_1..Advice_5 or Name 1..Name 5), and the first row is not"
                            + " a nomination (its first cell is not a roster id or name, or no other cell names a"
                            + " roster person)");
        }

        @Test
        void anUnsureRespondentColumnAsksForTheOption() {
            assertThatExceptionOfType(InputException.class)
                    .isThrownBy(() -> reader.read(write("ng.csv", "who,Name 1,Name 2\nsomeone,Mark,\nnobody,Li Wei,\n"),
                            roster()))
                    .withMessage("ng.csv: cannot tell which column identifies the respondent (no column holds roster"
                            + " ids, emails or names); name it with --respondent COLUMN");
        }
    }

    @Nested
    class Detection {

        @Test
        void frequencyLabelsAreNotNames() {
            String text = "id,Q3_1,Q3_2\np01,Weekly,Never\np02,Monthly,Daily\np03,Never,Weekly\n";
            assertThat(reader.detect(write("grid.csv", text))).isZero();
        }

        @Test
        void numbersAreNotNames() {
            assertThat(reader.detect(write("grid.csv", "id,Q3_1,Q3_2\np01,1,2\np02,3,4\n"))).isZero();
        }

        @Test
        void separateQuestionsAreNotAGroup() {
            assertThat(reader.detect(write("q.csv", "id,Q1,Q2\np01,Jane Smith,Tom O'Neill\n"))).isZero();
        }

        @Test
        void otherFilesAreNot() {
            assertThat(reader.detect(SurveyFile.of(Samples.file("roster.csv")))).isZero();
            assertThat(reader.detect(SurveyFile.of(Samples.file("pajek.net")))).isZero();
        }
    }
}
