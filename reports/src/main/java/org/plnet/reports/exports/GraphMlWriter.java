package org.plnet.reports.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.model.Study;

/**
 * Writes one relation in one wave as GraphML (graphml.graphdrawing.org), read by Gephi, yEd, Cytoscape,
 * igraph, NetworkX and JGraphT. One directed graph: a node {@code n<i>} per person of the roster (isolates
 * included) with the person's name under the key {@code label} (the attribute Gephi and igraph show as the
 * label) and the attributes of {@link NodeAttribute#of}; an edge {@code e<k>} per tie of the graph D with its
 * {@code weight}, ordered by source, then target, in roster order. Graph-level data name the study, the
 * relation and the wave. A value that is unknown or undefined is left out, as GraphML intends.
 */
public final class GraphMlWriter {

    private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String SCHEMA = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    private GraphMlWriter() {
    }

    /**
     * @param study the study
     * @param layer the relation and wave to export with its figures; {@code null} for the people alone
     * @param out   receives UTF-8 XML; flushed, not closed
     */
    public static void write(Study study, GraphAnalysis layer, OutputStream out) throws IOException {
        CompactGraph graph = NetworkExports.graphOf(study, layer);
        List<NodeAttribute> attributes = NodeAttribute.of(study, layer);
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        XmlWriter xml = new XmlWriter(text);
        xml.declaration();
        xml.open("graphml", "xmlns", NAMESPACE, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", SCHEMA);
        xml.empty("key", "id", "study", "for", "graph", "attr.name", "study", "attr.type", "string");
        xml.empty("key", "id", "relation", "for", "graph", "attr.name", "relation", "attr.type", "string");
        xml.empty("key", "id", "wave", "for", "graph", "attr.name", "wave", "attr.type", "string");
        xml.empty("key", "id", "label", "for", "node", "attr.name", "label", "attr.type", "string");
        for (int a = 0; a < attributes.size(); a++) {
            NodeAttribute attribute = attributes.get(a);
            xml.empty("key", "id", "v" + a, "for", "node", "attr.name", attribute.name(), "attr.type",
                    attribute.type().graphMl);
        }
        xml.empty("key", "id", "weight", "for", "edge", "attr.name", "weight", "attr.type", "double");
        xml.open("graph", "id", "G", "edgedefault", "directed");
        xml.element("data", study.name(), "key", "study");
        if (layer != null) {
            xml.element("data", layer.relation(), "key", "relation");
            xml.element("data", layer.wave(), "key", "wave");
        }
        for (int i = 0; i < study.size(); i++) {
            xml.open("node", "id", "n" + i);
            xml.element("data", study.people().get(i).name(), "key", "label");
            for (int a = 0; a < attributes.size(); a++) {
                String value = attributes.get(a).text(i);
                if (value != null) {
                    xml.element("data", value, "key", "v" + a);
                }
            }
            xml.close();
        }
        int[] offsets = graph.outOffsets();
        int[] targets = graph.outTargets();
        double[] weights = graph.outWeights();
        for (int v = 0; v < graph.vertexCount(); v++) {
            for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                xml.open("edge", "id", "e" + k, "source", "n" + v, "target", "n" + targets[k]);
                xml.element("data", NumberText.of(weights[k]), "key", "weight");
                xml.close();
            }
        }
        xml.close();
        xml.close();
        text.flush();
    }
}
