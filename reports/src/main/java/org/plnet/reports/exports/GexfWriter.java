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
 * Writes a study as GEXF 1.2draft (gexf.net), Gephi's own format in the version that Gephi, NetworkX (which
 * reads only 1.1draft and 1.2draft) and JGraphT all read: one static directed graph, a node {@code n<i>} per
 * person of the roster labelled with the person's name, with the attributes of {@link NodeAttribute#of} (the
 * figures of the relation and wave the report shows) and a {@code viz:position} (the report's layout, so that
 * Gephi opens on the same picture); an edge {@code e<k>} per tie of the graph D of <em>every</em> relation and
 * wave ({@link StudyLayers}) with its {@code weight} and the edge attributes {@code relation} and
 * {@code wave}, so that two relations between the same people are two parallel edges (NetworkX reads a
 * MultiDiGraph then; Gephi's filter on {@code relation} shows one). Unknown or undefined values are left out.
 * No modification date is written, so that equal input gives equal bytes.
 */
public final class GexfWriter {

    /** The GEXF version both of plnet's GEXF files are written in (1.2draft: the newest NetworkX reads). */
    static final String NAMESPACE = "http://www.gexf.net/1.2draft";
    static final String VERSION = "1.2";

    /** The ids of the edge attributes, after the node attributes' ids {@code 0..}. */
    private static final String EDGE_RELATION = "relation";
    private static final String EDGE_WAVE = "wave";

    private GexfWriter() {
    }

    /**
     * @param study the study
     * @param layer the relation and wave whose figures the nodes carry; {@code null} for no figures
     * @param layout where each person stands, or {@code null} for people on a circle
     * @param out   receives UTF-8 XML; flushed, not closed
     * @throws IllegalArgumentException when the figures or the positions do not fit the roster
     */
    public static void write(Study study, GraphAnalysis layer, Positions layout, OutputStream out)
            throws IOException {
        NetworkExports.graphOf(study, layer);
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
        xml.open("attributes", "class", "edge", "mode", "static");
        xml.empty("attribute", "id", EDGE_RELATION, "title", "relation", "type", "string");
        xml.empty("attribute", "id", EDGE_WAVE, "title", "wave", "type", "string");
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
        List<StudyGraph> graphs = StudyLayers.of(study);
        xml.open("edges", "count", Integer.toString(StudyLayers.arcCount(graphs)));
        int id = 0;
        for (StudyGraph d : graphs) {
            CompactGraph graph = d.compact();
            int[] offsets = graph.outOffsets();
            int[] targets = graph.outTargets();
            double[] weights = graph.outWeights();
            for (int v = 0; v < graph.vertexCount(); v++) {
                for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                    xml.open("edge", "id", "e" + id++, "source", "n" + v, "target", "n" + targets[k],
                            "weight", NumberText.of(weights[k]));
                    xml.open("attvalues");
                    xml.empty("attvalue", "for", EDGE_RELATION, "value", d.relation().name());
                    xml.empty("attvalue", "for", EDGE_WAVE, "value", d.wave());
                    xml.close();
                    xml.close();
                }
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
