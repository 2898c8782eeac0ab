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
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.junit.jupiter.api.Test;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.model.Study;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GexfWriterTest {

    private static final String NS = "http://www.gexf.net/1.2draft";
    private static final String VIZ = "http://www.gexf.net/1.2draft/viz";

    private final Study study = HandStudy.study();

    private static byte[] write(Study study, GraphAnalysis layer, double[] x, double[] y) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GexfWriter.write(study, layer, x == null && y == null ? null : Positions.of(study.size(), x, y), out);
        return out.toByteArray();
    }

    private static Map<String, String> values(Element node, Map<String, String> titles) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element v : XmlFiles.children(XmlFiles.children(node, "attvalues").get(0), "attvalue")) {
            values.put(titles.get(v.getAttribute("for")), v.getAttribute("value"));
        }
        return values;
    }

    @Test
    void isGexf12draftWithTypedNodeAttributes() throws Exception {
        Document doc = XmlFiles.parse(write(study, HandStudy.adviceWave1(study), null, null));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getAttribute("version")).isEqualTo("1.2");
        assertThat(XmlFiles.elements(doc, NS, "description").get(0).getTextContent())
                .isEqualTo("Hand & <study>: relation advice, wave 1");
        Element graph = XmlFiles.elements(doc, NS, "graph").get(0);
        assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("directed");
        assertThat(XmlFiles.elements(doc, NS, "attribute")).extracting(
                a -> a.getAttribute("id") + ":" + a.getAttribute("title") + ":" + a.getAttribute("type"))
                .startsWith("0:personId:string", "1:school:string", "2:role:string", "3:member:boolean",
                        "4:phase:string", "5:inDegree:integer")
                .endsWith("15:constraint:double", "16:effectiveSize:double", "17:brokerageTotal:long",
                        "relation:relation:string", "wave:wave:string");
    }

    @Test
    void nodesHaveLabelsValuesAndTheGivenPositions() throws Exception {
        double[] x = {1.23456, -50, 0, 1e-9};
        double[] y = {2, 3.5, -7.0005, 100};
        Document doc = XmlFiles.parse(write(study, HandStudy.adviceWave1(study), x, y));
        Map<String, String> titles = new HashMap<>();
        XmlFiles.elements(doc, NS, "attribute").forEach(a -> titles.put(a.getAttribute("id"), a.getAttribute("title")));
        List<Element> nodes = XmlFiles.elements(doc, NS, "node");
        assertThat(nodes).extracting(n -> n.getAttribute("label")).containsExactly(HandStudy.SCRIPT_NAME,
                HandStudy.QUOTES_NAME, HandStudy.ACCENT_NAME, HandStudy.FORMULA_NAME);
        assertThat(values(nodes.get(0), titles)).containsEntry("personId", "p1").containsEntry("member", "true")
                .containsEntry("inStrength", "2").containsEntry("pageRank", "0.31746031746031744");
        assertThat(values(nodes.get(3), titles)).containsEntry("school", "@Home").containsEntry("role", "-ta")
                .doesNotContainKeys("phase", "constraint", "effectiveSize");
        // rounded to three decimals: 1.23456 -> 1.235, -7.0005 -> -7 (Math.round rounds half up), 1e-9 -> 0
        assertThat(XmlFiles.elements(doc, VIZ, "position")).extracting(
                p -> p.getAttribute("x") + "," + p.getAttribute("y") + "," + p.getAttribute("z"))
                .containsExactly("1.235,2,0", "-50,3.5,0", "0,-7,0", "0,100,0");
    }

    @Test
    void withoutPositionsPeopleStandOnACircle() throws Exception {
        Document doc = XmlFiles.parse(write(study, null, null, null));
        // n = 4: r = max(100, 20 * 4 / (2 pi) = 12.7) = 100; angles -90, 0, 90, 180 degrees
        assertThat(XmlFiles.elements(doc, VIZ, "position")).extracting(
                p -> p.getAttribute("x") + "," + p.getAttribute("y"))
                .containsExactly("0,-100", "100,0", "0,100", "-100,0");
    }

    @Test
    void aLargeCircleSpacesNeighboursTwentyUnitsApart() {
        Positions circle = Positions.circle(100);
        // r = 20 * 100 / (2 pi) = 318.31; the chord between neighbours is 2 r sin(pi / 100) = 19.9967
        double r = 2000 / (2 * Math.PI);
        assertThat(Math.hypot(circle.x(0), circle.y(0))).isCloseTo(r, org.assertj.core.data.Offset.offset(1e-9));
        double chord = Math.hypot(circle.x(1) - circle.x(0), circle.y(1) - circle.y(0));
        assertThat(chord).isCloseTo(19.9967, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void edgesAreTheTiesOfDOfEveryRelationAndWave() throws Exception {
        Document doc = XmlFiles.parse(write(study, HandStudy.adviceWave1(study), null, null));
        // advice wave 1 (1 -> 0, weight 1, is below tieMin 2), advice wave 2, collab wave 1
        assertThat(XmlFiles.elements(doc, NS, "edges").get(0).getAttribute("count")).isEqualTo("5");
        assertThat(XmlFiles.elements(doc, NS, "edge")).extracting(e -> e.getAttribute("id") + " "
                + e.getAttribute("source") + "->" + e.getAttribute("target") + " " + e.getAttribute("weight") + " "
                + XmlFiles.children(XmlFiles.children(e, "attvalues").get(0), "attvalue").stream()
                        .map(v -> v.getAttribute("for") + "=" + v.getAttribute("value")).toList())
                .containsExactly(
                        "e0 n0->n1 3 [relation=advice, wave=1]",
                        "e1 n1->n2 4 [relation=advice, wave=1]",
                        "e2 n2->n0 2 [relation=advice, wave=1]",
                        "e3 n0->n2 5 [relation=advice, wave=2]",
                        "e4 n2->n3 1 [relation=collab, wave=1]");
    }

    @Test
    void hostileTextIsEscaped() throws Exception {
        String text = new String(write(study, HandStudy.adviceWave1(study), null, null), StandardCharsets.UTF_8);
        assertThat(text).contains("label=\"Ann &lt;script&gt;alert(1)&lt;/script&gt;\"")
                .contains("label=\"Bob &quot;Bobby&quot; O&apos;Neil\"")
                .contains("label=\"=HYPERLINK(&quot;http://x.test&quot;,&quot;click&quot;)\"")
                .doesNotContain("<script>");
    }

    @Test
    void positionsMustFitTheRoster() {
        assertThatThrownBy(() -> write(study, null, new double[3], new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one coordinate per person (4)");
        assertThatThrownBy(() -> write(study, null, new double[4], null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> write(study, null, new double[] {0, 0, Double.NaN, 0}, new double[4]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("person 2");
    }

    @Test
    void readsBackThroughJGraphTsImporter() throws Exception {
        Graph<String, DefaultWeightedEdge> graph = GraphTypeBuilder.<String, DefaultWeightedEdge>directed()
                .weighted(true).allowingSelfLoops(false).allowingMultipleEdges(false)
                .edgeClass(DefaultWeightedEdge.class).buildGraph();
        SimpleGEXFImporter<String, DefaultWeightedEdge> importer = new SimpleGEXFImporter<>();
        // JGraphT's bundled GEXF 1.2draft schema lacks the viz module, so it would refuse viz:position
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> attributes = new HashMap<>();
        importer.addVertexAttributeConsumer((pair, attribute) -> attributes
                .computeIfAbsent(pair.getFirst(), v -> new HashMap<>()).put(pair.getSecond(), attribute.getValue()));
        String xml = new String(write(study, HandStudy.adviceWave1(study), null, null), StandardCharsets.UTF_8);
        importer.importGraph(graph, new StringReader(xml));

        assertThat(graph.vertexSet()).containsExactlyInAnyOrder("n0", "n1", "n2", "n3");
        // five edges over five distinct pairs: n0->n1, n1->n2, n2->n0, n0->n2, n2->n3
        assertThat(graph.edgeSet()).hasSize(5);
        assertThat(graph.getEdgeWeight(graph.getEdge("n0", "n1"))).isEqualTo(3.0);
        assertThat(attributes.get("n2")).containsEntry("label", HandStudy.ACCENT_NAME)
                .containsEntry("school", "Brockenhurst").containsEntry("brokerageTotal", "1");
    }

    @Test
    void sameInputSameBytes() throws Exception {
        assertThat(write(study, HandStudy.adviceWave1(study), null, null))
                .isEqualTo(write(HandStudy.study(), HandStudy.adviceWave1(HandStudy.study()), null, null));
    }
}
