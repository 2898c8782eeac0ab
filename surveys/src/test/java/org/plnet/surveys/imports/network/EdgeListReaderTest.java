package org.plnet.surveys.imports.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.imports.network.NetworkFixtures.advice;
import static org.plnet.surveys.imports.network.NetworkFixtures.expectedTies;
import static org.plnet.surveys.imports.network.NetworkFixtures.fails;
import static org.plnet.surveys.imports.network.NetworkFixtures.file;
import static org.plnet.surveys.imports.network.NetworkFixtures.ties;
import static org.plnet.surveys.imports.network.NetworkFixtures.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.Samples;
import org.plnet.surveys.imports.SurveyFormat;

class EdgeListReaderTest {

    private final EdgeListReader reader = new EdgeListReader();

    @TempDir
    Path dir;

    @Test
    void idsWithAHeaderEncodeTheGroundTruth() {
        ImportedSurvey s = reader.read(file("edgelist/ids-header.csv"), advice());
        assertThat(ties(s)).containsExactlyElementsOf(expectedTies());
        assertThat(s.format()).isEqualTo(SurveyFormat.EDGE_LIST);
        assertThat(s.reportLines().get(0)).isEqualTo("edge-list: edge list, 23 rows, header row");
        // row 2 of the file, the source cell
        assertThat(s.ties().get(0).where().toString()).isEqualTo("edgelist/ids-header.csv:2:1");
    }

    @Test
    void namesWithoutAHeaderEncodeTheGroundTruth() {
        ImportedSurvey s = reader.read(file("edgelist/names-no-header.csv"), advice());
        assertThat(ties(s)).containsExactlyElementsOf(expectedTies());
        assertThat(s.reportLines().get(0)).isEqualTo("edge-list: edge list, 23 rows, no header row (source,target,weight)");
        assertThat(s.reportLines().get(1)).isEqualTo("nodes: 12 in the file; 12 matched to the roster (0 by id, 12 by"
                + " name, 0 by alias); 0 not settled (listed in unmatched.csv)");
    }

    @Nested
    class Variants {

        @Test
        void headerWordsInAnyOrderWithRelationAndWave() {
            String text = """
                    Relation,To,From,Value,Wave,Notes
                    advice,p02,p01,3,2019,typed on paper
                    trust,Tom O'Neill,Jane Smith,,,
                    ,p01,p03,0,2019,
                    """;
            ImportedSurvey s = reader.read(write(dir, "ties.csv", text), ImportSettings.builder(Samples.roster()).relation("help").wave("2018").build());
            // an empty relation or wave is the import's; an empty weight is 1; weight 0 is no tie
            assertThat(ties(s)).containsExactly("p01,p02,advice,3,2019", "p01,p02,trust,1,2018");
            assertThat(s.reportLines().get(0)).isEqualTo("edge-list: edge list, 3 rows, header row, columns not read: Notes");
        }

        @Test
        void twoColumnsWithoutWeights() {
            String text = "p01,p02\np02,p03\n";
            assertThat(ties(reader.read(write(dir, "pairs.csv", text), advice())))
                    .containsExactly("p01,p02,advice,1,1", "p02,p03,advice,1,1");
        }

        @Test
        void anUnknownNameIsUnsettledAndItsTiesAreLeftOut() {
            String text = "source,target\nJane Smith,Mr Nobody\nMr Nobody,p03\np01,p03\n";
            ImportedSurvey s = reader.read(write(dir, "names.csv", text), advice());
            assertThat(ties(s)).containsExactly("p01,p03,advice,1,1");
            assertThat(s.unmatched()).singleElement().satisfies(u -> {
                assertThat(u.text()).isEqualTo("Mr Nobody");
                assertThat(u.where().toString()).isEqualTo("names.csv:2:2");
            });
            assertThat(s.issues()).singleElement().satisfies(i -> assertThat(i.message()).isEqualTo(
                    "'Mr Nobody' is not settled to one roster person: its 2 ties are left out (settle it in an aliases"
                            + " file and import again)"));
        }
    }

    @Nested
    class BadInput {

        @Test
        void anEmptySource() {
            fails(reader, write(dir, "bad.csv", "source,target\n,p02\n"), advice())
                    .withMessage("bad.csv:2:1: the source is empty");
        }

        @Test
        void aWeightThatIsNotANumber() {
            fails(reader, write(dir, "bad.csv", "source,target,weight\np01,p02,weekly\n"), advice())
                    .withMessage("bad.csv:2:3: the weight 'weekly' is not a number");
        }

        @Test
        void manyColumnsWithoutAHeader() {
            fails(reader, write(dir, "bad.csv", "p01,p02,1,advice\n"), advice())
                    .withMessage("bad.csv:1: an edge list without a header row has 2 or 3 columns (source,target[,weight]);"
                            + " this one has 4: add a header row (source,target,weight,relation,wave)");
        }

        @Test
        void anEmptyFile() {
            fails(reader, write(dir, "bad.csv", ""), advice()).withMessage("bad.csv: the edge list is empty");
        }
    }

    @Test
    void detectsOnlyAHeaderNamingSourceAndTarget() {
        assertThat(reader.detect(file("edgelist/ids-header.csv"))).isEqualTo(0.9);
        assertThat(reader.detect(file("samples/expected-ties.csv"))).isEqualTo(0.9);
        assertThat(reader.detect(file("edgelist/names-no-header.csv"))).isZero();
        assertThat(reader.detect(file("samples/name-generator.csv"))).isZero();
        assertThat(reader.detect(file("samples/roster.csv"))).isZero();
        assertThat(reader.detect(file("samples/pajek.net"))).isZero();
    }
}
