package org.plnet.surveys.imports.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.imports.network.NetworkFixtures.advice;
import static org.plnet.surveys.imports.network.NetworkFixtures.expectedBinaryTies;
import static org.plnet.surveys.imports.network.NetworkFixtures.expectedTies;
import static org.plnet.surveys.imports.network.NetworkFixtures.fails;
import static org.plnet.surveys.imports.network.NetworkFixtures.file;
import static org.plnet.surveys.imports.network.NetworkFixtures.settings;
import static org.plnet.surveys.imports.network.NetworkFixtures.ties;
import static org.plnet.surveys.imports.network.NetworkFixtures.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plnet.engine.model.Relation;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.RespondentSource;
import org.plnet.surveys.imports.Samples;
import org.plnet.surveys.imports.SurveyFormat;

class UcinetDlReaderTest {

    private final UcinetDlReader reader = new UcinetDlReader();

    @TempDir
    Path dir;

    @Nested
    class SharedSamples {

        @ParameterizedTest
        @ValueSource(strings = {"samples/ucinet-fullmatrix.dl", "samples/ucinet-edgelist1.dl"})
        void importToTheGroundTruth(String sample) {
            ImportedSurvey s = reader.read(file(sample), advice());
            assertThat(ties(s)).containsExactlyElementsOf(expectedTies());
            assertThat(s.format()).isEqualTo(SurveyFormat.UCINET_DL);
            assertThat(s.unmatched()).isEmpty();
            assertThat(s.issues()).isEmpty();
            assertThat(s.respondentSource()).isEqualTo(RespondentSource.TIE_SOURCES);
            assertThat(s.reportLines()).contains(
                    "nodes: 12 in the file; 12 matched to the roster (12 by id, 0 by name, 0 by alias); 0 not settled"
                            + " (listed in unmatched.csv)",
                    "relation advice: 23 ties");
        }

        @Test
        void theReportSaysWhatTheHeaderDeclared() {
            assertThat(reader.read(file("samples/ucinet-fullmatrix.dl"), advice()).reportLines().get(0))
                    .isEqualTo("ucinet-dl: UCINET DL, format fullmatrix, n=12, 1 matrix, labels embedded");
            assertThat(reader.read(file("samples/ucinet-edgelist1.dl"), advice()).reportLines().get(0))
                    .isEqualTo("ucinet-dl: UCINET DL, format edgelist1, n=12, 1 matrix, labels listed");
        }

        @Test
        void eachTieKeepsTheLineAndColumnOfItsValue() {
            ImportedSurvey s = reader.read(file("samples/ucinet-fullmatrix.dl"), advice());
            // line 5 is the row of p01: "p01 0 2 1 ...": the value 2 (p01 -> p02) is at column 7
            assertThat(s.ties().get(0).where().toString()).isEqualTo("samples/ucinet-fullmatrix.dl:5:7");
            ImportedSurvey e = reader.read(file("samples/ucinet-edgelist1.dl"), advice());
            // line 5 is "1 2 2": the value is at column 5
            assertThat(e.ties().get(0).where().toString()).isEqualTo("samples/ucinet-edgelist1.dl:5:5");
        }

        @Test
        void withoutRelationTheTiesTakeTheDefaultRelation() {
            ImportedSurvey s = reader.read(file("samples/ucinet-edgelist1.dl"), ImportSettings.builder(Samples.roster()).build());
            assertThat(s.ties()).allSatisfy(t -> assertThat(t.relation()).isEqualTo(Relation.DEFAULT_NAME));
            assertThat(s.ties()).allSatisfy(t -> assertThat(t.wave()).isEqualTo("1"));
        }

        @Test
        void theWaveIsTheImportsWave() {
            ImportedSurvey s = reader.read(file("samples/ucinet-edgelist1.dl"),
                    ImportSettings.builder(Samples.roster()).wave("2019-autumn").build());
            assertThat(s.ties()).hasSize(23).allSatisfy(t -> assertThat(t.wave()).isEqualTo("2019-autumn"));
        }
    }

    @Nested
    class Variants {

        @ParameterizedTest
        @ValueSource(strings = {
            "dl/fullmatrix-names-listed.dl",      // names listed, comma-separated over two lines, "N = 12"
            "dl/fullmatrix-quoted-labels.dl",     // quoted labels (one with a comma), initials, reversed, CRLF
            "dl/fullmatrix-diagonal-absent.dl",   // diagonal=absent, mixed-case keywords, commas between values
            "dl/edgelist1-embedded.dl",           // edgelist1 with labels in the data, "el1", a blank line
        })
        void encodeTheGroundTruth(String fixture) {
            ImportedSurvey s = reader.read(file(fixture), advice());
            assertThat(ties(s)).containsExactlyElementsOf(expectedTies());
            assertThat(s.unmatched()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"dl/nodelist1.dl", "dl/nodelist1-embedded.dl"})
        void nodelistsAreBinary(String fixture) {
            assertThat(ties(reader.read(file(fixture), advice()))).containsExactlyElementsOf(expectedBinaryTies());
        }

        @Test
        void labelsMatchedByNameReportTheirRuleAndConfidence() {
            ImportedSurvey s = reader.read(file("dl/fullmatrix-quoted-labels.dl"), advice());
            assertThat(s.reportLines()).contains(
                    "nodes: 12 in the file; 12 matched to the roster (0 by id, 12 by name, 0 by alias); 0 not settled"
                            + " (listed in unmatched.csv)",
                    "node 'T. O'Neill' (dl/fullmatrix-quoted-labels.dl:3:14) is p02 Tom O'Neill: initial and surname,"
                            + " confidence 0.85",
                    "node 'Patel, Priya' (dl/fullmatrix-quoted-labels.dl:3:27) is p03 Priya Patel: full name, surname"
                            + " first, confidence 0.95",
                    "node 'Dave Brown' (dl/fullmatrix-quoted-labels.dl:5:25) is p11 David Brown: nickname and surname,"
                            + " confidence 0.90");
        }

        @Test
        void severalMatricesAreSeveralRelationsNamedByTheMatrixLabels() {
            String text = """
                    dl n=3 nm=2
                    format=fullmatrix
                    matrix labels:
                    advice, friendship
                    labels embedded
                    data:
                    p01 p02 p03
                    p01 0 1 0
                    p02 0 0 2
                    p03 0 0 0
                    p01 p02 p03
                    p01 0 0 1
                    p02 1 0 0
                    p03 1 0 0
                    """;
            ImportedSurvey s = reader.read(write(dir, "two.dl", text), settings(Samples.roster()));
            assertThat(ties(s)).containsExactly(
                    "p01,p02,advice,1,1", "p01,p03,friendship,1,1", "p02,p01,friendship,1,1",
                    "p02,p03,advice,2,1", "p03,p01,friendship,1,1");
            assertThat(s.reportLines()).contains("relation advice: 2 ties", "relation friendship: 3 ties");
        }

        @Test
        void aLaterMatrixNeedNotRepeatItsColumnLabels() {
            String text = """
                    DL N=2 NM=2 FORMAT=FULLMATRIX LABELS EMBEDDED
                    MATRIX LABELS: advice friendship
                    DATA:
                    p01 p02
                    p01 0 3
                    p02 0 0
                    p01 0 0
                    p02 4 0
                    """;
            assertThat(ties(reader.read(write(dir, "two.dl", text), settings(Samples.roster()))))
                    .containsExactly("p01,p02,advice,3,1", "p02,p01,friendship,4,1");
        }

        @Test
        void edgelistMatricesAreSeparatedByExclamationMarks() {
            String text = """
                    dl n=3 nm=2 format=edgelist1
                    labels: p01 p02 p03
                    data:
                    1 2 3
                    !
                    2 1
                    3 1 2.5
                    """;
            // no matrix labels: the relations are numbered after --relation
            assertThat(ties(reader.read(write(dir, "two.dl", text), advice()))).containsExactly(
                    "p01,p02,advice-1,3,1", "p02,p01,advice-2,1,1", "p03,p01,advice-2,2.5,1");
        }

        @Test
        void rowsAndColumnsMayListDifferentPeople() {
            // two respondents (rows) rating three colleagues (columns)
            String text = """
                    dl nr=2, nc=3
                    row labels:
                    p01 p02
                    column labels:
                    p03 p04 p05
                    data:
                    1 0 2
                    0 3 0
                    """;
            assertThat(ties(reader.read(write(dir, "rect.dl", text), advice()))).containsExactly(
                    "p01,p03,advice,1,1", "p01,p05,advice,2,1", "p02,p04,advice,3,1");
        }

        @Test
        void withoutLabelsNodesAreNamedByTheirNumber() {
            String text = """
                    dl n=3
                    data:
                    0 1 0
                    0 0 1
                    1 0 0
                    """;
            ImportedSurvey s = reader.read(write(dir, "plain.dl", text),
                    settings(Samples.people("1", "Ann Lee", "2", "Bo Chan", "3", "Cy Diaz")));
            assertThat(ties(s)).containsExactly("1,2,default,1,1", "2,3,default,1,1", "3,1,default,1,1");
            assertThat(s.reportLines().get(0)).endsWith("no labels (nodes named by number)");
        }

        @Test
        void keywordsMayBeSpacedAndSplitOverLines() {
            String text = """
                    DL
                    N = 2
                    FORMAT = EDGELIST1
                    LABELS :
                    "Jane Smith"
                    "Tom O'Neill"
                    DATA :
                    1, 2, 4
                    """;
            assertThat(ties(reader.read(write(dir, "spaced.dl", text), advice()))).containsExactly("p01,p02,advice,4,1");
        }

        @Test
        void theRemainderOfTheDataLineIsData() {
            String text = "dl n=2 format=edgelist1 labels embedded data: p01 p02\np02 p01 2\n";
            assertThat(ties(reader.read(write(dir, "inline.dl", text), advice())))
                    .containsExactly("p01,p02,advice,1,1", "p02,p01,advice,2,1");
        }
    }

    @Nested
    class BadInput {

        private void failsWith(String text, String message) {
            fails(reader, write(dir, "bad.dl", text), advice()).withMessage(message);
        }

        @Test
        void aHeaderWithoutN() {
            failsWith("dl format=fullmatrix\ndata:\n0 1\n1 0\n",
                    "bad.dl:1:1: the DL header is missing n= (the number of people: n=, or nr= and nc=) before"
                            + " 'data:' on line 2");
        }

        @Test
        void aHeaderWithNrButNoNc() {
            failsWith("dl nr=2\ndata:\n0 1\n1 0\n", "bad.dl:1:1: the DL header is missing nc= (the number of"
                    + " people: n=, or nr= and nc=) before 'data:' on line 2");
        }

        @Test
        void aRowWithTooManyValues() {
            failsWith("dl n=2\ndata:\n0 1\n1 0 1\n", "bad.dl:4:5: row 2 has 3 values; n=2 needs 2");
        }

        @Test
        void aRowWithTooFewValues() {
            failsWith("dl n=3\ndata:\n0 1\n", "bad.dl:3:4: row 1 has 2 values; n=3 needs 3");
        }

        @Test
        void aNonNumericValue() {
            failsWith("dl n=2\nlabels embedded\ndata:\np01 p02\np01 0 x\np02 0 0\n",
                    "bad.dl:5:7: the value 'x' is not a number");
        }

        @Test
        void aNegativeValue() {
            failsWith("dl n=2 format=edgelist1\ndata:\n1 2 -1\n",
                    "bad.dl:3:5: the value -1 is negative; a tie's strength must be 0 (no tie) or more");
        }

        @Test
        void aNodeOutOfRange() {
            failsWith("dl n=12 format=edgelist1\ndata:\n1 2\n1 99 2\n",
                    "bad.dl:4:3: node 99 is out of range: n=12 allows 1..12");
        }

        @Test
        void aNameWhereANumberIsExpected() {
            failsWith("dl n=2 format=edgelist1\ndata:\np01 p02\n", "bad.dl:3:1: 'p01' is not a node number (1..2);"
                    + " for names in the data, the header needs 'labels embedded'");
        }

        @Test
        void moreEmbeddedLabelsThanPeople() {
            failsWith("dl n=2 format=edgelist1 labels embedded\ndata:\np01 p02\np02 p03\n",
                    "bad.dl:4:5: 'p03' is one label more than n=2 allows");
        }

        @Test
        void anUnsupportedFormat() {
            failsWith("dl n=2 format=blockmatrix\ndata:\n1\n", "bad.dl:1:15: format=blockmatrix is not supported;"
                    + " plnet reads fullmatrix, lowerhalf, upperhalf, edgelist1, edgelist2, nodelist1 and nodelist2");
        }

        @Test
        void anUnknownKeyword() {
            failsWith("dl n=2 title=advice\ndata:\n0 1\n1 0\n", "bad.dl:1:8: unknown DL keyword 'title'; expected n=,"
                    + " nr=, nc=, nm=, format=, diagonal=, labels:, row labels:, column labels:, matrix labels: (or"
                    + " level labels:), labels embedded, row labels embedded, column labels embedded, or data:");
        }

        @Test
        void tooFewLabels() {
            failsWith("dl n=3\nlabels:\np01,p02\ndata:\n0 1 0\n0 0 1\n1 0 0\n",
                    "bad.dl:4: only 2 labels listed; n=3 needs 3");
        }

        @Test
        void tooManyLabels() {
            failsWith("dl n=2\nlabels:\np01,p02,p03\ndata:\n0 1\n1 0\n", "bad.dl:3:9: more labels than n=2: 'p03'");
        }

        @Test
        void aLabelListedTwice() {
            failsWith("dl n=2\nlabels:\np01 P01\ndata:\n0 1\n1 0\n",
                    "bad.dl:3:5: the label 'P01' is listed twice (also at bad.dl:3:1)");
        }

        @Test
        void labelsBeforeN() {
            failsWith("dl labels: p01 p02\nn=2\ndata:\n0 1\n1 0\n", "bad.dl:1:4: the labels come before n= (or nr="
                    + " and nc=): the header must give the number of people first");
        }

        @Test
        void moreRowsThanN() {
            failsWith("dl n=2\ndata:\n0 1\n1 0\n1 1\n", "bad.dl:5: more rows than the header announces (n=2)");
        }

        @Test
        void fewerRowsThanN() {
            failsWith("dl n=3\ndata:\n0 1 1\n1 0 1\n", "bad.dl:4: the data end after 2 rows; n=3 needs 3");
        }

        @Test
        void moreMatricesThanNm() {
            failsWith("dl n=2 format=edgelist1\ndata:\n1 2\n!\n2 1\n", "bad.dl:4:1: a '!' starts matrix 2, but nm=1");
        }

        @Test
        void fewerMatricesThanNm() {
            failsWith("dl n=2 nm=2 format=edgelist1\ndata:\n1 2\n", "bad.dl:3: the data hold 1 matrices (separated"
                    + " by lines of '!'), but nm=2");
        }

        @Test
        void noDataLine() {
            failsWith("dl n=2\nlabels: a b\n", "bad.dl:2: the DL file has no 'data:' line");
        }

        @Test
        void notADlFile() {
            failsWith("n=2\ndata:\n", "bad.dl:1:1: not a UCINET DL file: the first word must be DL");
        }

        @Test
        void anEdgelistLineWithTooManyItems() {
            failsWith("dl n=2 format=edgelist1\ndata:\n1 2 3 4\n",
                    "bad.dl:3:7: an edgelist1 line is 'from to [value]'; this one has 4 items");
        }

        @Test
        void severalNamedRelationsCannotTakeOneRelationName() {
            String text = "dl n=2 nm=2 matrix labels: advice, trust\ndata:\n0 1\n0 0\n0 0\n1 0\n";
            fails(reader, write(dir, "bad.dl", text), advice()).withMessage("bad.dl: the file names 2 relations"
                    + " (advice, trust); --relation advice cannot name them all: leave it out");
        }
    }

    @Test
    void detectsDlFilesOnly() {
        assertThat(reader.detect(file("samples/ucinet-fullmatrix.dl"))).isEqualTo(1.0);
        assertThat(reader.detect(write(dir, "net.txt", "  DL n=2\ndata:\n0 1\n1 0\n"))).isEqualTo(0.95);
        assertThat(reader.detect(file("samples/pajek.net"))).isZero();
        assertThat(reader.detect(file("samples/name-generator.csv"))).isZero();
        assertThat(reader.detect(write(dir, "dlx.txt", "DLX n=2\n"))).isZero();
    }

    @Test
    void aTieOnTheDiagonalIsLeftOutAndReported() {
        String text = "dl n=2 labels embedded data:\np01 p02\np01 3 1\np02 0 0\n";
        ImportedSurvey s = reader.read(write(dir, "self.dl", text), advice());
        assertThat(ties(s)).isEqualTo(List.of("p01,p02,advice,1,1"));
        assertThat(s.issues()).singleElement().satisfies(i -> {
            assertThat(i.where().toString()).isEqualTo("self.dl:3:5");
            assertThat(i.message()).isEqualTo("1 tie of a person to themselves left out (the first here)");
        });
    }
}
