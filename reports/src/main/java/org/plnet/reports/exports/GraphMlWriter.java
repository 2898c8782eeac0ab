package org.plnet.reports.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.model.Study;

/**
 * Writes a study as GraphML (graphml.graphdrawing.org), read by Gephi, yEd, Cytoscape, igraph, NetworkX and
 * JGraphT. One directed graph: a node {@code n<i>} per person of the roster (isolates included) with the
 * person's name under the key {@code label} (the attribute Gephi and igraph show as the label) and the
 * attributes of {@link NodeAttribute#of} (the figures of the relation and wave the report shows); an edge
 * {@code e<k>} per tie of the graph D of <em>every</em> relation and wave ({@link StudyLayers}) with its
 * {@code relation}, {@code wave} and {@code weight}, so that two relations between the same people are two
 * parallel edges (NetworkX then reads a MultiDiGraph). Graph-level data name the study and, as
 * {@code figuresRelation} and {@code figuresWave}, the relation and wave whose figures the nodes carry. A
 * value that is unknown or undefined is left out, as GraphML intends.
 */
public final class GraphMlWriter {

    private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    private static final String SCHEMA = NAMESPACE + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    private GraphMlWriter() {
    }

    /**
     * @param study the study
     * @param layer the relation and wave whose figures the nodes carry; {@code null} for no figures
     * @param out   receives UTF-8 XML; flushed, not closed
     */
    public static void write(Study study, GraphAnalysis layer, OutputStream out) throws IOException {
        NetworkExports.graphOf(study, layer);
        List<NodeAttribute> attributes = NodeAttribute.of(study, layer);
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        XmlWriter xml = new XmlWriter(text);
        xml.declaration();
        xml.open("graphml", "xmlns", NAMESPACE, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", SCHEMA);
        xml.empty("key", "id", "study", "for", "graph", "attr.name", "study", "attr.type", "string");
        xml.empty("key", "id", "figuresRelation", "for", "graph", "attr.name", "figuresRelation", "attr.type",
                "string");
        xml.empty("key", "id", "figuresWave", "for", "graph", "attr.name", "figuresWave", "attr.type", "string");
        xml.empty("key", "id", "label", "for", "node", "attr.name", "label", "attr.type", "string");
        for (int a = 0; a < attributes.size(); a++) {
            NodeAttribute attribute = attributes.get(a);
            xml.empty("key", "id", "v" + a, "for", "node", "attr.name", attribute.name(), "attr.type",
                    attribute.type().graphMl);
        }
        xml.empty("key", "id", "relation", "for", "edge", "attr.name", "relation", "attr.type", "string");
        xml.empty("key", "id", "wave", "for", "edge", "attr.name", "wave", "attr.type", "string");
        xml.empty("key", "id", "weight", "for", "edge", "attr.name", "weight", "attr.type", "double");
        xml.open("graph", "id", "G", "edgedefault", "directed");
        xml.element("data", study.name(), "key", "study");
        if (layer != null) {
            xml.element("data", layer.relation(), "key", "figuresRelation");
            xml.element("data", layer.wave(), "key", "figuresWave");
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
        int id = 0;
        for (StudyGraph d : StudyLayers.of(study)) {
            CompactGraph graph = d.compact();
            int[] offsets = graph.outOffsets();
            int[] targets = graph.outTargets();
            double[] weights = graph.outWeights();
            for (int v = 0; v < graph.vertexCount(); v++) {
                for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                    xml.open("edge", "id", "e" + id++, "source", "n" + v, "target", "n" + targets[k]);
                    xml.element("data", d.relation().name(), "key", "relation");
                    xml.element("data", d.wave(), "key", "wave");
                    xml.element("data", NumberText.of(weights[k]), "key", "weight");
                    xml.close();
                }
            }
        }
        xml.close();
        xml.close();
        text.flush();
    }
}
