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
 * Writes one relation in one wave as GEXF 1.3 (gexf.net), Gephi's own format: one static directed graph, a
 * node {@code n<i>} per person of the roster labelled with the person's name, with the attributes of
 * {@link NodeAttribute#of} and a {@code viz:position} (the report's layout, so that Gephi opens on the same
 * picture); an edge {@code e<k>} per tie of the graph D with its weight, ordered by source, then target.
 * Unknown or undefined values are left out. No modification date is written, so that equal input gives
 * equal bytes.
 */
public final class GexfWriter {

    /** The GEXF version both of plnet's GEXF files are written in: one place to change it. */
    static final String NAMESPACE = "http://gexf.net/1.3";
    static final String VERSION = "1.3";

    private GexfWriter() {
    }

    /**
     * @param study the study
     * @param layer the relation and wave to export with its figures; {@code null} for the people alone
     * @param layout where each person stands, or {@code null} for people on a circle
     * @param out   receives UTF-8 XML; flushed, not closed
     * @throws IllegalArgumentException when the figures or the positions do not fit the roster
     */
    public static void write(Study study, GraphAnalysis layer, Positions layout, OutputStream out)
            throws IOException {
        CompactGraph graph = NetworkExports.graphOf(study, layer);
        Positions positions = layout == null ? Positions.circle(study.size()) : layout.checkSize(study.size());
        List<NodeAttribute> attributes = NodeAttribute.of(study, layer);
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        XmlWriter xml = new XmlWriter(text);
        xml.declaration();
        xml.open("gexf", "xmlns", NAMESPACE, "xmlns:viz", NAMESPACE + "/viz",
                "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", NAMESPACE + " " + NAMESPACE + "/gexf.xsd", "version", VERSION);
        xml.open("meta");
        xml.element("creator", "plnet");
        xml.element("description", description(study, layer));
        xml.close();
        xml.open("graph", "mode", "static", "defaultedgetype", "directed");
        xml.open("attributes", "class", "node", "mode", "static");
        for (int a = 0; a < attributes.size(); a++) {
            xml.empty("attribute", "id", Integer.toString(a), "title", attributes.get(a).name(),
                    "type", attributes.get(a).type().gexf);
        }
        xml.close();
        xml.open("nodes", "count", Integer.toString(study.size()));
        for (int i = 0; i < study.size(); i++) {
            xml.open("node", "id", "n" + i, "label", study.people().get(i).name());
            xml.open("attvalues");
            for (int a = 0; a < attributes.size(); a++) {
                String value = attributes.get(a).text(i);
                if (value != null) {
                    xml.empty("attvalue", "for", Integer.toString(a), "value", value);
                }
            }
            xml.close();
            xml.empty("viz:position", "x", Positions.text(positions.x(i)), "y", Positions.text(positions.y(i)),
                    "z", "0");
            xml.close();
        }
        xml.close();
        xml.open("edges", "count", Integer.toString(graph.arcCount()));
        int[] offsets = graph.outOffsets();
        int[] targets = graph.outTargets();
        double[] weights = graph.outWeights();
        for (int v = 0; v < graph.vertexCount(); v++) {
            for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                xml.empty("edge", "id", "e" + k, "source", "n" + v, "target", "n" + targets[k],
                        "weight", NumberText.of(weights[k]));
            }
        }
        xml.close();
        xml.close();
        xml.close();
        text.flush();
    }

    private static String description(Study study, GraphAnalysis layer) {
        return layer == null ? study.name() : study.name() + ": relation " + layer.relation() + ", wave "
                + layer.wave();
    }
}
