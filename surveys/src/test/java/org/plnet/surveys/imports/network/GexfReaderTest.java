package org.plnet.surveys.imports.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.imports.network.NetworkFixtures.advice;
import static org.plnet.surveys.imports.network.NetworkFixtures.expectedTies;
import static org.plnet.surveys.imports.network.NetworkFixtures.fails;
import static org.plnet.surveys.imports.network.NetworkFixtures.file;
import static org.plnet.surveys.imports.network.NetworkFixtures.settings;
import static org.plnet.surveys.imports.network.NetworkFixtures.ties;
import static org.plnet.surveys.imports.network.NetworkFixtures.write;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.Samples;
import org.plnet.surveys.imports.SurveyFormat;

class GexfReaderTest {

    private final GexfReader reader = new GexfReader();

    @TempDir
    Path dir;

    @Test
    void labelsAndWeightsEncodeTheGroundTruth() {
        ImportedSurvey s = reader.read(file("gexf/advice.gexf"), advice());
        assertThat(ties(s)).containsExactlyElementsOf(expectedTies());
        assertThat(s.format()).isEqualTo(SurveyFormat.GEXF);
        assertThat(s.unmatched()).isEmpty();
        assertThat(s.reportLines().get(0)).isEqualTo("gexf: GEXF, 12 nodes, 23 edges (directed), people columns:"
                + " phase, years_experience");
        // ids are roster ids, so no node needed its label
        assertThat(s.reportLines().get(1)).startsWith("nodes: 12 in the file; 12 matched to the roster (12 by id");
    }

    @Test
    void attvaluesBecomePeopleColumnsWithTheAttributeDefaults() {
        ImportedSurvey s = reader.read(file("gexf/advice.gexf"), advice());
        assertThat(s.people()).hasSize(12);
        assertThat(s.people().get(1).id()).isEqualTo("p02");
        assertThat(s.people().get(1).attributes())
                .containsExactly(Map.entry("phase", "primary"), Map.entry("years_experience", "7"));
        assertThat(s.people().get(6).id()).isEqualTo("p07");
        assertThat(s.people().get(6).attributes()).containsExactly(Map.entry("phase", "infant"));
    }

    @Nested
    class Variants {

        @Test
        void undirectedByDefaultMutualEdgesAndKinds() {
            ImportedSurvey s = reader.read(file("gexf/mutual-kinds.gexf"), settings(Samples.roster()));
            // edge 0: undirected (GEXF's default), no relation: the import's ("default");
            // edge 1: directed, kind advice; edge 2: mutual, relation attribute friendship
            assertThat(ties(s)).containsExactly("p01,p02,default,2,1", "p01,p03,friendship,1,1",
                    "p02,p01,default,2,1", "p02,p03,advice,1,1", "p03,p01,friendship,1,1");
            assertThat(s.people()).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo("p01");
                assertThat(p.attributes()).containsExactly(Map.entry("subject", "maths"));
            });
            assertThat(s.reportLines()).contains(
                    "node 'Priya' (gexf/mutual-kinds.gexf:14:35) is p03 Priya Patel: first name only, confidence 0.60");
        }
    }

    @Nested
    class BadInput {

        private void failsWith(String text, String message) {
            fails(reader, write(dir, "bad.gexf", text), advice()).withMessage(message);
        }

        @Test
        void aDynamicGraph() {
            failsWith("<gexf><graph mode=\"dynamic\"/></gexf>", "bad.gexf:1:30: dynamic GEXF graphs are not supported:"
                    + " export a static graph per wave and import each with --wave");
        }

        @Test
        void anUnknownEdgeType() {
            failsWith("<gexf><graph><nodes><node id=\"p01\"/><node id=\"p02\"/></nodes>\n<edges><edge source=\"p01\""
                    + " target=\"p02\" type=\"both\"/></edges></graph></gexf>",
                    "bad.gexf:2:53: the edge type 'both' is not directed, undirected or mutual");
        }

        @Test
        void aNegativeWeight() {
            failsWith("<gexf><graph><nodes><node id=\"p01\"/><node id=\"p02\"/></nodes>\n<edges><edge source=\"p01\""
                    + " target=\"p02\" weight=\"-2\"/></edges></graph></gexf>",
                    "bad.gexf:2:53: the edge weight -2 is negative; a tie's strength must be 0 (no tie) or more");
        }

        @Test
        void anEdgeToAnUndeclaredNode() {
            failsWith("<gexf><graph><nodes><node id=\"p01\"/></nodes>\n<edges><edge source=\"p01\" target=\"p09\"/>"
                    + "</edges></graph></gexf>",
                    "bad.gexf:2:41: the edge refers to the node 'p09', which the graph does not declare");
        }

        @Test
        void nestedNodes() {
            failsWith("<gexf><graph><nodes><node id=\"a\">\n<nodes><node id=\"b\"/></nodes></node></nodes></graph></gexf>",
                    "bad.gexf:2:8: nested nodes are not supported");
        }

        @Test
        void malformedXml() {
            failsWith("<gexf>\n<graph>\n</gexf>", "bad.gexf:3:3: malformed XML: The element type \"graph\" must be"
                    + " terminated by the matching end-tag \"</graph>\".");
        }

        @Test
        void anotherRootElement() {
            failsWith("<graphml/>", "bad.gexf:1:11: not a GEXF file: the root element is <graphml>");
        }
    }

    @Test
    void detectsGexfByItsRootElement() {
        assertThat(reader.detect(file("gexf/advice.gexf"))).isEqualTo(0.95);
        assertThat(reader.detect(file("gexf/mutual-kinds.gexf"))).isEqualTo(0.95);
        assertThat(reader.detect(file("graphml/relations.graphml"))).isZero();
        assertThat(reader.detect(file("samples/ucinet-edgelist1.dl"))).isZero();
    }
}
