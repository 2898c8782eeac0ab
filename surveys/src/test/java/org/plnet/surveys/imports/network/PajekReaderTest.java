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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.Samples;
import org.plnet.surveys.imports.SurveyFormat;

class PajekReaderTest {

    private final PajekReader reader = new PajekReader();

    @TempDir
    Path dir;

    @Test
    void theSharedSampleImportsToTheGroundTruth() {
        ImportedSurvey s = reader.read(file("samples/pajek.net"), advice());
        assertThat(ties(s)).containsExactlyElementsOf(expectedTies());
        assertThat(s.format()).isEqualTo(SurveyFormat.PAJEK);
        assertThat(s.unmatched()).isEmpty();
        assertThat(s.issues()).isEmpty();
        assertThat(s.reportLines()).startsWith("pajek: Pajek, *Vertices 12, *Arcs");
        // line 15 is "1 2 2": the weight is at column 5
        assertThat(s.ties().get(0).where().toString()).isEqualTo("samples/pajek.net:15:5");
    }

    @Nested
    class Variants {

        @Test
        void namesInQuotesCommentsAndANetworkLine() {
            ImportedSurvey s = reader.read(file("pajek/names-comments.net"), advice());
            assertThat(ties(s)).containsExactlyElementsOf(expectedTies());
            assertThat(s.reportLines().get(0)).isEqualTo("pajek: Pajek network 'advice survey', *Vertices 12, *Arcs");
        }

        @Test
        void anArcsList() {
            assertThat(ties(reader.read(file("pajek/arcslist.net"), advice()))).containsExactlyElementsOf(expectedBinaryTies());
        }

        @Test
        void aMatrix() {
            assertThat(ties(reader.read(file("pajek/matrix.net"), advice()))).containsExactlyElementsOf(expectedTies());
        }

        @Test
        void edgesAreTiesBothWays() {
            String text = """
                    *Vertices 3
                    1 "p01"
                    2 "p02"
                    3 "p03"
                    *Edges
                    1 2 3
                    2 3
                    """;
            ImportedSurvey s = reader.read(write(dir, "e.net", text), advice());
            assertThat(ties(s)).containsExactly("p01,p02,advice,3,1", "p02,p01,advice,3,1", "p02,p03,advice,1,1",
                    "p03,p02,advice,1,1");
            assertThat(s.reportLines()).contains("2 undirected ties read as a tie each way", "relation advice: 4 ties");
        }

        @Test
        void anEdgesList() {
            String text = "*Vertices 3\n1 p01\n2 p02\n3 p03\n*Edgeslist\n1 2 3\n";
            assertThat(ties(reader.read(write(dir, "e.net", text), advice()))).containsExactly(
                    "p01,p02,advice,1,1", "p01,p03,advice,1,1", "p02,p01,advice,1,1", "p03,p01,advice,1,1");
        }

        @Test
        void arcsAndEdgesTogetherAndAVertexWithoutALine() {
            // vertex 3 has no line: it is named "3"; roster ids here are numbers
            String text = """
                    *vertices 3
                    1 "1"
                    2 "2"
                    *arcs
                    1 2 2
                    *edges
                    3 1 1
                    """;
            ImportedSurvey s = reader.read(write(dir, "mix.net", text),
                    settings(Samples.people("1", "Ann Lee", "2", "Bo Chan", "3", "Cy Diaz")));
            assertThat(ties(s)).containsExactly("1,2,default,2,1", "1,3,default,1,1", "3,1,default,1,1");
        }

        @Test
        void relationsNamedAfterTheSectionKeyword() {
            String text = """
                    *Vertices 2
                    1 "Jane Smith"
                    2 "Tom O'Neill"
                    *Arcs :1 "advice"
                    1 2 4
                    *Arcs :2 "friendship"
                    2 1 1
                    """;
            assertThat(ties(reader.read(write(dir, "multi.net", text), settings(Samples.roster()))))
                    .containsExactly("p01,p02,advice,4,1", "p02,p01,friendship,1,1");
        }

        @Test
        void drawingOptionsAfterTheWeightAreNotData() {
            String text = "*Vertices 2\n1 \"p01\" 0.1 0.2 0.5 ic Red\n2 \"p02\"\n*Arcs\n1 2 3 c Blue w 2\n";
            assertThat(ties(reader.read(write(dir, "draw.net", text), advice()))).containsExactly("p01,p02,advice,3,1");
        }

        @Test
        void aZeroWeightIsNoTie() {
            String text = "*Vertices 2\n1 p01\n2 p02\n*Arcs\n1 2 0\n2 1 1.5\n";
            assertThat(ties(reader.read(write(dir, "zero.net", text), advice()))).containsExactly("p02,p01,advice,1.5,1");
        }
    }

    @Nested
    class BadInput {

        private void failsWith(String text, String message) {
            fails(reader, write(dir, "bad.net", text), advice()).withMessage(message);
        }

        @Test
        void anArcToAVertexBeyondTheCount() {
            StringBuilder text = new StringBuilder("*Vertices 12\n");
            for (int k = 1; k <= 12; k++) {
                text.append(k).append(" \"p").append(k < 10 ? "0" : "").append(k).append("\"\n");
            }
            text.append("*Arcs\n1 2 2\n1 99 1\n");
            failsWith(text.toString(), "bad.net:16:3: vertex 99 is out of range: *Vertices 12 allows 1..12");
        }

        @Test
        void aWeightThatIsNotANumber() {
            failsWith("*Vertices 2\n1 p01\n2 p02\n*Arcs\n1 2 often\n", "bad.net:5:5: the weight 'often' is not a number");
        }

        @Test
        void aVertexThatIsNotANumber() {
            failsWith("*Vertices 2\n1 p01\n2 p02\n*Arcs\np01 2\n", "bad.net:5:1: 'p01' is not a vertex number");
        }

        @Test
        void arcsBeforeVertices() {
            failsWith("*Arcs\n1 2\n", "bad.net:1:1: *Arcs before *Vertices");
        }

        @Test
        void anUnknownSection() {
            failsWith("*Vertices 2\n*Hierarchy x\n", "bad.net:2:1: unknown Pajek section '*Hierarchy'; plnet reads"
                    + " *Network, *Vertices, *Arcs, *Edges, *Arcslist, *Edgeslist, *Matrix, *Partition and *Vector");
        }

        @Test
        void aPartitionWithoutValues() {
            failsWith("*Vertices 2\n*Partition x\n", "bad.net:2:1: the x block has no *Vertices n line and no values");
        }

        @Test
        void aVertexListedTwice() {
            failsWith("*Vertices 2\n1 p01\n1 p02\n", "bad.net:3:1: vertex 1 is listed twice (also on line 2)");
        }

        @Test
        void dataBeforeAnySection() {
            failsWith("% a comment\n1 2\n", "bad.net:2:1: a Pajek file starts with *Vertices n (or *Network name)");
        }

        @Test
        void noVertices() {
            failsWith("*Network empty\n% nothing\n", "bad.net:2: the Pajek file has no *Vertices line");
        }

        @Test
        void anUnclosedQuote() {
            failsWith("*Vertices 1\n1 \"Jane Smith\n", "bad.net:2:3: a quoted label is not closed on its line");
        }

        @Test
        void aShortMatrix() {
            failsWith("*Vertices 2\n*Matrix\n0 1\n", "bad.net:2:1: *Matrix has 1 rows; *Vertices 2 needs 2");
        }

        @Test
        void aMatrixRowOfTheWrongLength() {
            failsWith("*Vertices 2\n*Matrix\n0 1 1\n1 0\n", "bad.net:3:5: row 1 of *Matrix has 3 values; *Vertices 2"
                    + " needs 2");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"samples/pajek.net", "pajek/names-comments.net", "pajek/matrix.net"})
    void detectsPajekFiles(String fixture) {
        assertThat(reader.detect(file(fixture))).isEqualTo(1.0);
    }

    @Test
    void detectsNothingElse() {
        assertThat(reader.detect(file("samples/ucinet-fullmatrix.dl"))).isZero();
        assertThat(reader.detect(file("samples/roster.csv"))).isZero();
        assertThat(reader.detect(write(dir, "x.txt", "% comment\n*Vertices 2\n"))).isEqualTo(0.95);
    }
}
