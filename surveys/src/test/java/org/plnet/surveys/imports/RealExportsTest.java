package org.plnet.surveys.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Person;
import org.plnet.surveys.imports.grid.QualtricsReader;
import org.plnet.surveys.imports.namegen.NameGeneratorReader;
import org.plnet.surveys.imports.responses.Repeated;

/**
 * Exports as researchers have them (issue 9), each on a small fixture of imports/issue9/ written from the
 * issue's description. Roster: a1 Ada Lovelace, a2 Alan Turing, a3 Grace Hopper, a4 Edsger Dijkstra.
 */
class RealExportsTest {

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(RealExportsTest.class.getResource("/imports/issue9/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Person> roster() {
        return RosterFile.read(fixture("roster.csv"));
    }

    static ImportedSurvey read(SurveyReader reader, String name, ImportSettings settings) {
        return reader.read(SurveyFile.of(fixture(name), name), settings);
    }

    static ImportSettings settings() {
        return ImportSettings.builder(roster()).build();
    }

    private static List<String> messages(ImportedSurvey s) {
        return s.issues().stream().map(i -> i.where() + ": " + i.message()).toList();
    }

    @Test
    void aNumericCheckboxMatrixIsTickedOrNot() {
        // item 2: 1 = ticked (weight 1), empty = not ticked; "value - 1" would have made every tie 0
        ImportedSurvey s = read(new QualtricsReader(), "qualtrics-checkbox-numeric.csv", settings());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,default,1,1", "a1,a3,default,1,1", "a2,a1,default,1,1", "a2,a4,default,1,1",
                "a4,a1,default,1,1", "a4,a2,default,1,1", "a4,a3,default,1,1");
        assertThat(s.respondents().get("1")).containsExactly("a1", "a2", "a3", "a4");
        assertThat(s.scaleMaxima()).containsEntry("default", 1.0);
        assertThat(s.reportLines()).anyMatch(l -> l.startsWith("every answer is 1 and the other cells are empty:"
                + " read as a checkbox (Yes/No) matrix"));
    }

    @Test
    void answersThatKeepNoTieAreAnErrorSayingWhyAndWhatToDo() {
        // four "Never" answers, each coded 0 by the built-in frequency scale
        assertThatThrownBy(() -> read(new QualtricsReader(), "qualtrics-all-never.csv", settings()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("qualtrics-all-never.csv: 5 answers read but no tie kept: every answer"
                        + " about a roster person was coded 0 (no tie)")
                .hasMessageContaining("give the scale with --scale SCALE.csv");
    }

    @Test
    void namesThatMatchNoOneAreAnErrorNamingTheFirst() {
        assertThatThrownBy(() -> read(new NameGeneratorReader(), "nobody-matches.csv", settings()))
                .isInstanceOf(InputException.class)
                .hasMessage("nobody-matches.csv: 3 answers read but no tie kept: of the 3 names typed, 3 fit no one"
                        + " and 0 several roster people (the first: 'Marie Curie' at nobody-matches.csv:2:2), 0 named"
                        + " the respondent; settle the names with --aliases FILE (text,id rows) or check that"
                        + " --roster is the roster of this survey");
    }

    @Test
    void severalNamesInOneCellAreSplitAndEachSplitReported() {
        // item 12: ';' and line breaks always; ',' only where the whole cell fits no one and every part fits
        // someone ("Grace H, Edsger D"), never in a surname-first name ("Lovelace, Ada", "Hopper, Grace")
        ImportedSurvey s = read(new NameGeneratorReader(), "several-names.csv", settings());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,advice,1,1", "a1,a3,advice,1,1",
                "a2,a1,advice,1,1", "a2,a3,advice,1,1", "a2,a4,advice,1,1",
                "a3,a1,advice,1,1", "a3,a2,advice,1,1", "a3,a4,advice,1,1",
                "a4,a3,advice,1,1");
        assertThat(messages(s)).contains(
                "several-names.csv:2:2: cell 'Turing, Alan; Hopper, Grace' read as 2 names (Turing, Alan | Hopper,"
                        + " Grace), split on ';' and line breaks",
                "several-names.csv:3:2: cell 'Grace H, Edsger D' read as 2 names (Grace H | Edsger D), split on"
                        + " ';', line breaks and ','",
                "several-names.csv:4:2: cell 'Dijkstra, Edsger / Alan Turing' read as 2 names (Dijkstra, Edsger |"
                        + " Alan Turing), split on ';' and line breaks");
        assertThat(s.unmatched()).extracting(UnmatchedName::text).containsExactly("Nobody Known");
    }

    @Test
    void repeatedRespondentsWithoutEndDatesAreAnErrorNamingTheRows() {
        // item 14: a1 responded on lines 2, 4 and 6; nothing says which is the latest
        assertThatThrownBy(() -> read(new NameGeneratorReader(), "repeated-undated.csv", settings()))
                .isInstanceOf(InputException.class)
                .hasMessage("repeated-undated.csv:4: 1 people responded more than once and the export has no end"
                        + " dates to tell which response is the latest: a1 (lines 2, 4, 6); give --repeated latest"
                        + " (keep the response furthest down the file) or --repeated combine (merge the answers of"
                        + " all of a person's responses)");
    }

    @Test
    void repeatedLatestKeepsTheLastRowAndCountsTheDropped() {
        ImportedSurvey s = read(new NameGeneratorReader(), "repeated-undated.csv",
                ImportSettings.builder(roster()).repeated(Repeated.LATEST).build());
        // a1's line 6 (Edsger), a2's line 3 (Ada, Grace), a3's line 5 (Edsger)
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a4,advice,1,1", "a2,a1,advice,1,1", "a2,a3,advice,1,1", "a3,a4,advice,1,1");
        assertThat(s.responsesDropped()).isEqualTo(2);
        assertThat(messages(s)).contains(
                "repeated-undated.csv:2: repeated response by a1: replaced by the one further down the file at line 6"
                        + " (--repeated latest)");
    }

    @Test
    void repeatedCombineKeepsEveryNameOnce() {
        ImportedSurvey s = read(new NameGeneratorReader(), "repeated-undated.csv",
                ImportSettings.builder(roster()).repeated(Repeated.COMBINE).build());
        // a1: Alan (line 2), Grace and Alan again (line 4: one tie), Edsger (line 6)
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,advice,1,1", "a1,a3,advice,1,1", "a1,a4,advice,1,1",
                "a2,a1,advice,1,1", "a2,a3,advice,1,1", "a3,a4,advice,1,1");
        assertThat(s.responsesDropped()).isZero();
        assertThat(s.reportLines()).contains("2 repeated responses of 1 people combined with their other responses"
                + " (--repeated combine): a1 (lines 2, 4, 6)");
    }

    @Test
    void withEndDatesTheLatestIsKeptAndTheDroppedCounted() {
        // a1's line 2 ends 05-03, after line 4 (05-02): line 2 is kept though it comes first
        ImportedSurvey s = read(new NameGeneratorReader(), "repeated-dated.csv", settings());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,advice,1,1", "a2,a1,advice,1,1", "a2,a3,advice,1,1");
        assertThat(s.responsesDropped()).isEqualTo(1);
    }

    @Test
    void aQualtricsExportWithoutMetadataColumnsIsReadByItsHeaderRows() {
        // item 1: the first row starts at RecipientLastName; the respondent is the RecipientEmail column;
        // Weekly = 3, Monthly = 2, Daily = 4, Never = no tie
        ImportedSurvey s = read(new QualtricsReader(), "qualtrics-recipients-only.csv", settings());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,default,3,1", "a1,a3,default,2,1", "a2,a1,default,4,1", "a3,a4,default,3,1");
        assertThat(s.reportLines()).anyMatch(l -> l.startsWith("respondent column: 'RecipientEmail / Recipient Email'"
                + " (column 3, C), values matched as roster emails"));
        assertThat(new QualtricsReader().detect(SurveyFile.of(fixture("qualtrics-recipients-only.csv"), "q.csv")))
                .isEqualTo(1.0);
    }

    @Test
    void durationsThatLookLikeIdsAreNeverTheRespondent() {
        // item 5: every duration (103, 101, 104, 102) is a roster id, but of the wrong person
        ImportedSurvey s = read(new QualtricsReader(), "qualtrics-duration.csv",
                ImportSettings.builder(RosterFile.read(fixture("roster-numeric.csv"))).build());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "101,102,default,3,1", "101,103,default,2,1", "102,101,default,4,1", "103,104,default,3,1",
                "104,101,default,2,1");
        assertThat(s.reportLines()).anyMatch(l -> l.startsWith("respondent column: 'ExternalReference"));
    }

    @Test
    void respondentNamesMatchInEitherOrder() {
        // item 6: the roster has "Lovelace, Ada"; respondents typed "Ada Lovelace", "Alan Turing", "Hopper, Grace"
        ImportedSurvey s = read(new org.plnet.surveys.imports.grid.GoogleFormsReader(), "google-names-either-order.csv",
                ImportSettings.builder(RosterFile.read(fixture("roster-surname-first.csv"))).build());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,default,3,1", "a1,a3,default,2,1", "a2,a1,default,4,1", "a3,a4,default,3,1");
        assertThat(s.respondents().get("1")).containsExactly("a1", "a2", "a3");
    }

    @Test
    void aSemicolonClassroomGridWithBomCrlfAndDecimalCommasIsDetectedAndRead() {
        // item 10: the delimiter is found before the format; 2,5 is 2.5
        SurveyFile file = SurveyFile.of(fixture("classroom-semicolon.csv"), "classroom-semicolon.csv");
        FormatDetection.Detected d = FormatDetection.detect(file, settings(), SurveyReaders.all());
        assertThat(d.reader().format()).isEqualTo(SurveyFormat.ROSTER_GRID);
        ImportedSurvey s = d.reader().read(file, settings());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,default,2.5,1", "a1,a3,default,1,1", "a2,a1,default,3,1", "a2,a4,default,0.5,1",
                "a3,a4,default,1,1");
        assertThat(s.reportLines()).startsWith("delimiter: ';' (semicolon-separated CSV, as Excel saves it in locales"
                + " whose decimal mark is a comma)");
    }

    @Test
    void aNominationFileWithoutHeaderIsDetectedAndRead() {
        // item 11: the first row (a1, Alan Turing, Grace Hopper) is already data
        SurveyFile file = SurveyFile.of(fixture("nominations-no-header.csv"), "nominations-no-header.csv");
        FormatDetection.Detected d = FormatDetection.detect(file, settings(), SurveyReaders.all());
        assertThat(d.reader().format()).isEqualTo(SurveyFormat.NAME_GENERATOR);
        ImportedSurvey s = d.reader().read(file, settings());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,default,1,1", "a1,a3,default,1,1", "a2,a1,default,1,1", "a3,a1,default,1,1",
                "a3,a4,default,1,1", "a4,a3,default,1,1");
        assertThat(s.respondents().get("1")).containsExactly("a1", "a2", "a3", "a4");
        assertThat(s.reportLines()).startsWith("no header row: the first row is already data (its first cell 'a1' is"
                + " on the roster); column 1 read as the respondent, columns 2..3 as the names they gave");
        // line numbers are the file's: the first nomination is on line 1
        assertThat(s.ties().get(0).where().toString()).isEqualTo("nominations-no-header.csv:1:2");
    }

    @Test
    void aSingleNumberedColumnIsANameGenerator() {
        // item 11: Friends_1 (k = 1) is a question asking for one name; its stem names the relation
        ImportedSurvey s = read(new NameGeneratorReader(), "one-friend.csv", settings());
        assertThat(Samples.lines(s.ties())).containsExactly("a1,a2,friends,1,1", "a2,a3,friends,1,1");
        assertThat(s.respondents().get("1")).containsExactly("a1", "a2", "a3");
    }

    @Test
    void aQuestionKeyInEveryColumnTextStillGivesOneQuestion() {
        // item 4: "Friendship(Y/N)_18 - Friendship(Y/N) - Calico, Jack": two questions of four columns, not eight
        ImportedSurvey s = read(new QualtricsReader(), "qualtrics-key-per-column.csv", settings());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,question-1,1,1", "a1,a2,question-2,1,1", "a1,a3,question-1,1,1",
                "a2,a1,question-1,1,1", "a2,a1,question-2,1,1", "a2,a4,question-1,1,1");
        assertThat(s.questions()).containsExactly(java.util.Map.entry("question-1", "Friendship(Y/N)"),
                java.util.Map.entry("question-2", "Advice"));
    }

    @Test
    void aColleagueInTheMiddleGivesAQuestionPerActivity() {
        // item 4: "Collab - Alan Turing - Engaged in a joint research project"
        ImportedSurvey s = read(new QualtricsReader(), "qualtrics-colleague-middle.csv", settings());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,question-1,1,1", "a1,a2,question-2,1,1", "a1,a3,question-2,1,1", "a4,a3,question-1,1,1");
        assertThat(s.questions()).containsExactly(
                java.util.Map.entry("question-1", "Collab - Engaged in a joint research project"),
                java.util.Map.entry("question-2", "Collab - Shared teaching materials"));
    }

    @Test
    void commaJoinedChoicesAreEachARelation() {
        // item 3: "Advice,Support" in one cell of a multi-select matrix (choice text)
        ImportedSurvey s = read(new QualtricsReader(), "qualtrics-multi-select.csv", settings());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,advice,1,1", "a1,a2,support,1,1", "a1,a3,support,1,1",
                "a2,a1,advice,1,1", "a2,a4,advice,1,1", "a2,a4,support,1,1");
        assertThat(s.reportLines()).anyMatch(l -> l.startsWith("question 'Which kinds of contact do you have with"
                + " each colleague?' is a checkbox grid (options separated by ',')"));
    }

    @Test
    void aSchoolSociogramTemplateGivesRankedChoicesPerQuestion() {
        // item 13: questions 1 and 2, k = 3 rows a pupil, weight 3 for the first choice, 2, then 1.
        // Ada, q1: Alan 3, Grace 2, Edsger 1; q2: Grace 3, Ada herself (row 3) no tie.
        // Alan, q1: Ada 3, "Nobody Known" unmatched; q2: Edsger 3, Grace 2.
        // Grace (name repeated on each row), q1: Ada 3, Ada again (row 2) no second tie.
        SurveyFile file = SurveyFile.of(fixture("sociogram-template.csv"), "sociogram-template.csv");
        FormatDetection.Detected d = FormatDetection.detect(file, settings(), SurveyReaders.all());
        assertThat(d.reader().format()).isEqualTo(SurveyFormat.SOCIOGRAM_TEMPLATE);
        ImportedSurvey s = d.reader().read(file, settings());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,question-1,3,1", "a1,a3,question-1,2,1", "a1,a3,question-2,3,1", "a1,a4,question-1,1,1",
                "a2,a1,question-1,3,1", "a2,a3,question-2,2,1", "a2,a4,question-2,3,1",
                "a3,a1,question-1,3,1");
        assertThat(s.scaleMaxima()).containsEntry("question-1", 3.0).containsEntry("question-2", 3.0);
        assertThat(s.respondents().get("1")).containsExactly("a1", "a2", "a3");
        assertThat(s.unmatched()).extracting(UnmatchedName::text).containsExactly("Nobody Known");
        assertThat(messages(s)).contains(
                "sociogram-template.csv:4:3: a1 chose themselves ('Ada Lovelace'): no tie",
                "sociogram-template.csv:9:2: a3 chose a1 again ('Ada Lovelace'): the higher rank kept");
    }

    @Test
    void aHeaderlessEdgeListIsNotTakenForNominations() {
        // ids and a weight in the first row: not typed names, so not a name generator without header
        SurveyFile file = Samples.write(dir, "headerless-edges.csv", "a1,a2,3\na2,a3,1\n");
        assertThat(new NameGeneratorReader().detect(file, settings())).isZero();
    }

    @Test
    void aCheckboxMatrixBesideAFrequencyMatrixKeepsItsTicks() {
        // question-1 (frequency, recode value - 1): a1->a2 4-1 = 3, a1->a3 1-1 = 0 (never, no tie),
        // a2->a1 5-1 = 4, a2->a4 2-1 = 1; question-2 (only 1s: ticked): a1->a2, a1->a4, a2->a1, weight 1
        ImportedSurvey s = read(new QualtricsReader(), "qualtrics-numeric-mixed.csv", settings());
        assertThat(Samples.lines(s.ties())).containsExactly(
                "a1,a2,question-1,3,1", "a1,a2,question-2,1,1", "a1,a4,question-2,1,1",
                "a2,a1,question-1,4,1", "a2,a1,question-2,1,1", "a2,a4,question-1,1,1");
        assertThat(s.scaleMaxima()).containsEntry("question-2", 1.0).doesNotContainKey("question-1");
        assertThat(s.reportLines()).anyMatch(l -> l.startsWith("question 'Who is a friend? (Yes/No)': every answer"
                + " is 1 and the other cells are empty"));
    }
}
