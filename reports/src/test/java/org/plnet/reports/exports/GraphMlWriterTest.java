package org.plnet.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GraphMlWriterTest {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private final Study study = HandStudy.study();

    private static byte[] write(Study study, GraphAnalysis layer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphMlWriter.write(study, layer, out);
        return out.toByteArray();
    }

    /** Key id to attr.name, and the data of an element by attr.name. */
    private static Map<String, String> data(Element owner, Map<String, String> keyNames) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element d : XmlFiles.children(owner, "data")) {
            values.put(keyNames.get(d.getAttribute("key")), d.getTextContent());
        }
        return values;
    }

    @Test
    void declaresAKeyForEveryAttributeWithItsType() throws Exception {
        Document doc = XmlFiles.parse(write(study, HandStudy.adviceWave1(study)));
        Map<String, String> declared = new LinkedHashMap<>();
        for (Element key : XmlFiles.elements(doc, NS, "key")) {
            declared.put(key.getAttribute("for") + ":" + key.getAttribute("attr.name"), key.getAttribute("attr.type"));
        }
        assertThat(declared).containsExactly(
                Map.entry("graph:study", "string"), Map.entry("graph:figuresRelation", "string"),
                Map.entry("graph:figuresWave", "string"), Map.entry("node:label", "string"),
                Map.entry("node:personId", "string"), Map.entry("node:school", "string"),
                Map.entry("node:role", "string"), Map.entry("node:member", "boolean"),
                Map.entry("node:phase", "string"), Map.entry("node:inDegree", "int"),
                Map.entry("node:outDegree", "int"), Map.entry("node:inStrength", "double"),
                Map.entry("node:outStrength", "double"), Map.entry("node:betweenness", "double"),
                Map.entry("node:betweennessNormalized", "double"), Map.entry("node:closeness", "double"),
                Map.entry("node:harmonicCloseness", "double"), Map.entry("node:eigenvector", "double"),
                Map.entry("node:pageRank", "double"), Map.entry("node:constraint", "double"),
                Map.entry("node:effectiveSize", "double"), Map.entry("node:brokerageTotal", "long"),
                Map.entry("edge:relation", "string"), Map.entry("edge:wave", "string"),
                Map.entry("edge:weight", "double"));
    }

    @Test
    void nodesCarryNamesAndFiguresExactlyAndLeaveUndefinedValuesOut() throws Exception {
        Document doc = XmlFiles.parse(write(study, HandStudy.adviceWave1(study)));
        Map<String, String> keyNames = new HashMap<>();
        XmlFiles.elements(doc, NS, "key").forEach(k -> keyNames.put(k.getAttribute("id"), k.getAttribute("attr.name")));
        Element graph = XmlFiles.elements(doc, NS, "graph").get(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
        assertThat(data(graph, keyNames)).containsExactly(Map.entry("study", "Hand & <study>"),
                Map.entry("figuresRelation", "advice"), Map.entry("figuresWave", "1"));

        List<Element> nodes = XmlFiles.elements(doc, NS, "node");
        assertThat(nodes).extracting(n -> n.getAttribute("id")).containsExactly("n0", "n1", "n2", "n3");
        Map<String, String> ann = data(nodes.get(0), keyNames);
        // inStrength 2 (from 2), outStrength 3 (to 1); 1/6, 2/3, 1/sqrt 3, 20/63 as Double.toString writes them
        assertThat(ann).containsExactly(
                Map.entry("label", HandStudy.SCRIPT_NAME), Map.entry("personId", "p1"),
                Map.entry("school", "Ashurst & Co"), Map.entry("role", "teacher"), Map.entry("member", "true"),
                Map.entry("phase", "primary"), Map.entry("inDegree", "1"), Map.entry("outDegree", "1"),
                Map.entry("inStrength", "2"), Map.entry("outStrength", "3"), Map.entry("betweenness", "1"),
                Map.entry("betweennessNormalized", "0.16666666666666666"),
                Map.entry("closeness", "0.6666666666666666"), Map.entry("harmonicCloseness", "0.6666666666666666"),
                Map.entry("eigenvector", "0.5773502691896258"), Map.entry("pageRank", "0.31746031746031744"),
                Map.entry("constraint", "1.125"), Map.entry("effectiveSize", "1"),
                Map.entry("brokerageTotal", "1"));
        Map<String, String> bob = data(nodes.get(1), keyNames);
        assertThat(bob).containsEntry("label", HandStudy.QUOTES_NAME).doesNotContainKey("role")
                .containsEntry("member", "false").containsEntry("phase", "=1+2");
        Map<String, String> isolate = data(nodes.get(3), keyNames);
        // the isolate: no phase in the roster, constraint and effective size undefined
        assertThat(isolate).containsEntry("label", HandStudy.FORMULA_NAME).containsEntry("school", "@Home")
                .containsEntry("pageRank", "0.047619047619047616")
                .doesNotContainKeys("phase", "constraint", "effectiveSize");
        assertThat(data(nodes.get(2), keyNames)).containsEntry("label", HandStudy.ACCENT_NAME);
    }

    @Test
    void edgesAreTheTiesOfDOfEveryRelationAndWave() throws Exception {
        Document doc = XmlFiles.parse(write(study, HandStudy.adviceWave1(study)));
        // advice wave 1: 1 -> 0 (weight 1) is kept but below tieMin 2: not an edge; then advice wave 2, then
        // collab wave 1 (any positive weight), each edge with relation, wave and weight
        assertThat(XmlFiles.elements(doc, NS, "edge")).extracting(
                e -> e.getAttribute("id") + " " + e.getAttribute("source") + "->" + e.getAttribute("target") + " "
                        + e.getTextContent().strip().replaceAll("\\s+", " "))
                .containsExactly("e0 n0->n1 advice 1 3", "e1 n1->n2 advice 1 4", "e2 n2->n0 advice 1 2",
                        "e3 n0->n2 advice 2 5", "e4 n2->n3 collab 1 1");
    }

    @Test
    void hostileTextIsEscapedNotInterpreted() throws Exception {
        String text = new String(write(study, HandStudy.adviceWave1(study)), StandardCharsets.UTF_8);
        assertThat(text).contains("<data key=\"label\">Ann &lt;script&gt;alert(1)&lt;/script&gt;</data>")
                .contains("Bob &quot;Bobby&quot; O&apos;Neil").contains("Ashurst &amp; Co")
                .contains("Zoë Ångström").doesNotContain("<script>");
    }

    @Test
    void controlCharactersAndLineBreaksSurviveAsValidXml() throws Exception {
        Study.Builder b = Study.builder("s");
        b.addPerson(new Person("a", "two\nlines\ttab\u0001bell\uD800", null, null, false, Map.of()));
        Document doc = XmlFiles.parse(write(b.build(), null));
        Element label = XmlFiles.elements(doc, NS, "data").get(1);
        assertThat(label.getTextContent()).isEqualTo("two\nlines\ttab\uFFFDbell\uFFFD");
    }

    @Test
    void withoutALayerTheNodesCarryNoFigures() throws Exception {
        Document doc = XmlFiles.parse(write(study, null));
        assertThat(XmlFiles.elements(doc, NS, "node")).hasSize(4);
        assertThat(XmlFiles.elements(doc, NS, "edge")).hasSize(5);
        assertThat(XmlFiles.elements(doc, NS, "key")).extracting(k -> k.getAttribute("attr.name"))
                .containsExactly("study", "figuresRelation", "figuresWave", "label", "personId", "school", "role",
                        "member", "phase", "relation", "wave", "weight");
    }

    @Test
    void anEmptyStudyIsAnEmptyGraph() throws Exception {
        Document doc = XmlFiles.parse(write(Study.builder("empty").build(), null));
        assertThat(XmlFiles.elements(doc, NS, "graph")).hasSize(1);
        assertThat(XmlFiles.elements(doc, NS, "node")).isEmpty();
    }

    @Test
    void figuresOfAnotherStudyAreRefused() {
        Study.Builder b = Study.builder("other");
        b.addPerson(new Person("x", "School", true));
        Study other = b.build();
        assertThatThrownBy(() -> write(other, HandStudy.adviceWave1(study)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 people, the study 1");
    }

    @Test
    void rosterColumnsThatClashWithFixedNamesArePrefixed() throws Exception {
        Study.Builder b = Study.builder("s");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("inDegree", "high");
        attributes.put("label", "L");
        attributes.put("roster.label", "R");
        b.addPerson(new Person("a", "A", "S", null, false, attributes));
        Study clash = b.build();
        List<String> names = NodeAttribute.of(clash, null).stream().map(NodeAttribute::name).toList();
        assertThat(names).containsExactly("personId", "school", "role", "member", "inDegree", "roster.label",
                "roster.roster.label");
    }

    @Test
    void readsBackThroughJGraphTsImporter() throws Exception {
        Graph<String, DefaultWeightedEdge> graph = GraphTypeBuilder.<String, DefaultWeightedEdge>directed()
                .weighted(true).allowingSelfLoops(false).allowingMultipleEdges(false)
                .edgeClass(DefaultWeightedEdge.class).buildGraph();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, String> labels = new HashMap<>();
        importer.addVertexAttributeConsumer((pair, attribute) -> {
            if (pair.getSecond().equals("label")) {
                labels.put(pair.getFirst(), attribute.getValue());
            }
        });
        String xml = new String(write(study, HandStudy.adviceWave1(study)), StandardCharsets.UTF_8);
        importer.importGraph(graph, new StringReader(xml));

        assertThat(graph.vertexSet()).containsExactlyInAnyOrder("n0", "n1", "n2", "n3");
        // every relation and wave: n0->n1, n1->n2, n2->n0 (advice 1), n0->n2 (advice 2), n2->n3 (collab 1)
        assertThat(graph.edgeSet()).hasSize(5);
        assertThat(graph.getEdgeWeight(graph.getEdge("n1", "n2"))).isEqualTo(4.0);
        assertThat(graph.getEdgeWeight(graph.getEdge("n2", "n0"))).isEqualTo(2.0);
        assertThat(graph.containsEdge("n1", "n0")).isFalse();
        assertThat(labels).containsEntry("n0", HandStudy.SCRIPT_NAME).containsEntry("n1", HandStudy.QUOTES_NAME)
                .containsEntry("n3", HandStudy.FORMULA_NAME);
    }

    @Test
    void sameInputSameBytes() throws Exception {
        assertThat(write(study, HandStudy.adviceWave1(study))).isEqualTo(write(HandStudy.study(),
                HandStudy.adviceWave1(HandStudy.study())));
    }
}
