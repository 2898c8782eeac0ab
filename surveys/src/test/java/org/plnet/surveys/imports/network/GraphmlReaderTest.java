package org.plnet.surveys.imports.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.imports.network.NetworkFixtures.advice;
import static org.plnet.surveys.imports.network.NetworkFixtures.expectedTies;
import static org.plnet.surveys.imports.network.NetworkFixtures.fails;
import static org.plnet.surveys.imports.network.NetworkFixtures.file;
import static org.plnet.surveys.imports.network.NetworkFixtures.settings;
import static org.plnet.surveys.imports.network.NetworkFixtures.ties;
import static org.plnet.surveys.imports.network.NetworkFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Person;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.Samples;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.SurveyIssue;
import org.plnet.surveys.imports.UnmatchedName;

class GraphmlReaderTest {

    private final GraphmlReader reader = new GraphmlReader();

    @TempDir
    Path dir;

    @Test
    void namesAndWeightsEncodeTheGroundTruth() {
        ImportedSurvey s = reader.read(file("graphml/advice-names.graphml"), advice());
        assertThat(ties(s)).containsExactlyElementsOf(expectedTies());
        assertThat(s.format()).isEqualTo(SurveyFormat.GRAPHML);
        assertThat(s.unmatched()).isEmpty();
        assertThat(s.reportLines().get(0)).isEqualTo("graphml: GraphML, 12 nodes, 23 edges (directed), nodes named by"
                + " 'name', people columns: phase, years_experience, weight from 'weight'");
    }

    @Test
    void nodeAttributesBecomePeopleColumnsWithTheKeyDefaults() {
        ImportedSurvey s = reader.read(file("graphml/advice-names.graphml"), advice());
        // every node has a phase (the key's default "primary" where it has no data)
        assertThat(s.people()).hasSize(12);
        Person p01 = s.people().get(0);
        assertThat(p01.id()).isEqualTo("p01");
        assertThat(p01.name()).isEqualTo("Jane Smith");
        assertThat(p01.school()).isEqualTo("Ashurst Primary");
        assertThat(p01.attributes()).containsExactly(Map.entry("phase", "primary"), Map.entry("years_experience", "22"));
        Person p08 = s.people().get(7);
        assertThat(p08.id()).isEqualTo("p08");
        assertThat(p08.attributes()).containsExactly(Map.entry("phase", "infant"));
    }

    @Nested
    class Variants {

        @Test
        void yedLabelsAndUndirectedEdges() {
            ImportedSurvey s = reader.read(file("graphml/yed-undirected.graphml"), advice());
            // e0 is undirected (edgedefault), e1 says directed="true"
            assertThat(ties(s)).containsExactly("p01,p02,advice,1,1", "p02,p01,advice,1,1", "p02,p03,advice,1,1");
            // the drawing keys are not people columns; the school key is
            assertThat(s.people()).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo("p01");
                assertThat(p.attributes()).containsExactly(Map.entry("school", "Ashurst Primary"));
            });
            assertThat(s.reportLines()).contains("1 undirected ties read as a tie each way");
        }

        @Test
        void relationsFromAnEdgeAttributeAndIdsAsRosterIds() {
            ImportedSurvey s = reader.read(file("graphml/relations.graphml"), settings(Samples.roster()));
            // p02 -> p03 has weight 0: no tie; the relation key's default is advice
            assertThat(ties(s)).containsExactly("p01,p02,advice,3,1", "p01,p03,friendship,2.5,1",
                    "p02,p01,friendship,1,1", "p03,p01,friendship,2.5,1");
            assertThat(s.reportLines()).contains(
                    "nodes: 3 in the file; 3 matched to the roster (3 by id, 0 by name, 0 by alias); 0 not settled"
                            + " (listed in unmatched.csv)");
            assertThat(s.people()).singleElement().satisfies(p ->
                    assertThat(p.attributes()).containsExactly(Map.entry("role", "head")));
        }

        @Test
        void oneNamedRelationTakesTheUsersRelationName() {
            String text = """
                    <graphml><key id="r" for="edge" attr.name="relation"/>
                    <graph edgedefault="directed"><node id="p01"/><node id="p02"/>
                    <edge source="p01" target="p02"><data key="r">help</data></edge></graph></graphml>
                    """;
            assertThat(ties(reader.read(write(dir, "one.graphml", text), advice()))).containsExactly("p01,p02,advice,1,1");
            assertThat(ties(reader.read(write(dir, "one.graphml", text), settings(Samples.roster()))))
                    .containsExactly("p01,p02,help,1,1");
        }

        @Test
        void aLabelKeyNamesTheNodeAndARosterIdAsNodeIdWins() {
            // n1's id is not a roster id, so its label is matched; p02's id is a roster id and wins over its label
            String text = """
                    <graphml>
                      <key id="l" for="node" attr.name="Label"/>
                      <graph edgedefault="directed">
                        <node id="n1"><data key="l">Priya Patel</data></node>
                        <node id="p02"><data key="l">someone else</data></node>
                        <node id="n3"><data key="l">Mrs Smith</data></node>
                        <edge source="n1" target="p02"/>
                        <edge source="n3" target="n1"/>
                      </graph>
                    </graphml>
                    """;
            ImportedSurvey s = reader.read(write(dir, "labels.graphml", text), advice());
            assertThat(ties(s)).containsExactly("p03,p02,advice,1,1");
            assertThat(s.unmatched()).singleElement().isEqualTo(new UnmatchedName("Mrs Smith",
                    UnmatchedName.Kind.AMBIGUOUS, "", List.of("p01", "p07"), new SourceLocation("labels.graphml", 6, 19)));
            assertThat(s.issues()).singleElement().isEqualTo(new SurveyIssue(new SourceLocation("labels.graphml", 6, 19),
                    "'Mrs Smith' is not settled to one roster person: its 1 tie is left out (settle it in an aliases"
                            + " file and import again)"));
        }
    }

    @Test
    void anEncodingDeclaredInTheXmlIsHonoured() throws Exception {
        String text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<graphml><key id=\"n\" for=\"node\""
                + " attr.name=\"name\"/><graph><node id=\"a\"><data key=\"n\">Zo\u00eb Bront\u00eb</data></node>"
                + "<node id=\"b\"><data key=\"n\">Jos\u00e9 Garc\u00eda</data></node><edge source=\"a\" target=\"b\"/>"
                + "</graph></graphml>";
        Path p = dir.resolve("latin1.graphml");
        Files.write(p, text.getBytes(StandardCharsets.ISO_8859_1));
        SurveyFile f = SurveyFile.of(p, "latin1.graphml");
        assertThat(reader.detect(f)).isEqualTo(0.95);
        ImportedSurvey s = reader.read(f, advice());
        assertThat(ties(s)).containsExactly("p05,p08,advice,1,1");
        // both names matched exactly, accents included
        assertThat(s.reportLines()).contains("nodes: 2 in the file; 2 matched to the roster (0 by id, 2 by name, 0 by"
                + " alias); 0 not settled (listed in unmatched.csv)");
    }

    @Nested
    class BadInput {

        private void failsWith(String text, String message) {
            fails(reader, write(dir, "bad.graphml", text), advice()).withMessage(message);
        }

        @Test
        void malformedXmlNamesTheParsersLineAndColumn() {
            failsWith("<graphml>\n<graph>\n<node id=\"a\">\n</graph></graphml>\n",
                    "bad.graphml:4:3: malformed XML: The element type \"node\" must be terminated by the matching"
                            + " end-tag \"</node>\".");
        }

        @Test
        void anEdgeToAnUndeclaredNode() {
            failsWith("<graphml><graph>\n<node id=\"p01\"/>\n<edge source=\"p01\" target=\"x\"/>\n</graph></graphml>",
                    "bad.graphml:3:32: the edge refers to the node 'x', which the graph does not declare");
        }

        @Test
        void aWeightThatIsNotANumber() {
            failsWith("""
                    <graphml><key id="w" for="edge" attr.name="weight"/><graph>
                    <node id="p01"/><node id="p02"/>
                    <edge source="p01" target="p02"><data key="w">often</data></edge>
                    </graph></graphml>""", "bad.graphml:3:33: the edge weight 'often' is not a number");
        }

        @Test
        void aHyperedge() {
            failsWith("<graphml><graph><node id=\"a\"/>\n<hyperedge><endpoint node=\"a\"/></hyperedge></graph></graphml>",
                    "bad.graphml:2:12: GraphML hyperedges are not supported: a tie joins two people");
        }

        @Test
        void anotherRootElement() {
            failsWith("<?xml version=\"1.0\"?>\n<gexf><graph/></gexf>",
                    "bad.graphml:2:7: not a GraphML file: the root element is <gexf>");
        }

        @Test
        void dataForAnUndeclaredKey() {
            failsWith("<graphml><graph><node id=\"a\"><data key=\"k9\">x</data></node></graph></graphml>",
                    "bad.graphml:1:45: <data key=\"k9\"> refers to no <key>");
        }

        @Test
        void aNodeDeclaredTwice() {
            failsWith("<graphml><graph>\n<node id=\"a\"/>\n<node id=\"a\"/></graph></graphml>",
                    "bad.graphml:3:15: the node 'a' is declared twice (also at bad.graphml:2:15)");
        }

        @Test
        void aNodeWithoutId() {
            failsWith("<graphml><graph><node/></graph></graphml>", "bad.graphml:1:24: <node> needs a id attribute");
        }

        @Test
        void twoGraphs() {
            failsWith("<graphml><graph/>\n<graph/></graphml>",
                    "bad.graphml:2:9: the file holds more than one <graph>; plnet reads one network per file");
        }

        @Test
        void noGraph() {
            failsWith("<graphml></graphml>", "bad.graphml: the GraphML file has no <graph>");
        }

        @Test
        void externalEntitiesAreNeverRead() {
            String text = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n"
                    + "<graphml><key id=\"l\" for=\"node\" attr.name=\"label\"/><graph>"
                    + "<node id=\"a\"><data key=\"l\">&x;</data></node></graph></graphml>";
            fails(reader, write(dir, "bad.graphml", text), advice())
                    .withMessageStartingWith("bad.graphml:3:")
                    .withMessageContaining("malformed XML");
        }
    }

    @Test
    void detectsGraphmlByItsRootElement() {
        assertThat(reader.detect(file("graphml/advice-names.graphml"))).isEqualTo(0.95);
        assertThat(reader.detect(file("graphml/yed-undirected.graphml"))).isEqualTo(0.95);
        assertThat(reader.detect(file("gexf/advice.gexf"))).isZero();
        assertThat(reader.detect(file("samples/pajek.net"))).isZero();
    }
}
