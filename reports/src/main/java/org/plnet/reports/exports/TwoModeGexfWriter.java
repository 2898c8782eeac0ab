package org.plnet.reports.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.plnet.engine.analysis.AttendeeFigures;
import org.plnet.engine.analysis.EventFigures;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;

/**
 * Writes the bipartite graph of one wave as GEXF (the version of {@link GexfWriter}) for Gephi and NetworkX: one static undirected graph, nodes
 * {@code p<i>} (attendees, i their roster index) and {@code e<k>} (events, in the order held), with the node
 * attribute {@code kind} = {@code person} or {@code event} and the two-mode figures; an edge per attendance.
 * No modification date, so that equal input gives equal bytes.
 */
public final class TwoModeGexfWriter {

    private static final List<String[]> ATTRIBUTES = List.of(new String[] {"kind", "string"},
            new String[] {"school", "string"}, new String[] {"member", "boolean"}, new String[] {"date", "string"},
            new String[] {"type", "string"}, new String[] {"events", "integer"}, new String[] {"size", "integer"},
            new String[] {"newCrossSchoolPairs", "long"}, new String[] {"degreeCentrality", "double"},
            new String[] {"betweenness", "double"}, new String[] {"closeness", "double"});

    private TwoModeGexfWriter() {
    }

    static void write(Study study, TwoModeNodes b, OutputStream out) throws IOException {
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        XmlWriter xml = new XmlWriter(text);
        xml.declaration();
        String namespace = GexfWriter.NAMESPACE;
        xml.open("gexf", "xmlns", namespace, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", namespace + " " + namespace + "/gexf.xsd", "version", GexfWriter.VERSION);
        xml.open("meta");
        xml.element("creator", "plnet");
        xml.element("description", study.name() + ": people and the events they attended, wave " + b.wave().wave());
        xml.close();
        xml.open("graph", "mode", "static", "defaultedgetype", "undirected");
        xml.open("attributes", "class", "node", "mode", "static");
        for (int a = 0; a < ATTRIBUTES.size(); a++) {
            xml.empty("attribute", "id", Integer.toString(a), "title", ATTRIBUTES.get(a)[0], "type",
                    ATTRIBUTES.get(a)[1]);
        }
        xml.close();
        xml.open("nodes", "count", Integer.toString(b.people().size() + b.events().size()));
        for (int k = 0; k < b.people().size(); k++) {
            Person p = study.people().get(b.people().get(k));
            AttendeeFigures f = b.person(k);
            xml.open("node", "id", "p" + b.people().get(k), "label", p.name());
            values(xml, "person", p.school(), Boolean.toString(p.member()), null, null,
                    Integer.toString(f.events()), null, null, NumberText.of(f.degreeCentrality()),
                    NumberText.of(f.betweenness()), NumberText.of(f.closeness()));
            xml.close();
        }
        for (int k = 0; k < b.events().size(); k++) {
            EventFigures e = b.events().get(k);
            xml.open("node", "id", "e" + k, "label", e.event().name());
            values(xml, "event", null, null, e.event().date() == null ? null : e.event().date().toString(),
                    e.event().type(), null, Integer.toString(e.size()), Long.toString(e.newCrossSchoolPairs()),
                    NumberText.of(e.degreeCentrality()), NumberText.of(e.betweenness()),
                    NumberText.of(e.closeness()));
            xml.close();
        }
        xml.close();
        xml.open("edges", "count", Integer.toString(b.edges().size()));
        int id = 0;
        for (int[] edge : b.edges()) {
            xml.empty("edge", "id", "a" + id++, "source", "p" + b.people().get(edge[0]), "target", "e" + edge[1]);
        }
        xml.close();
        xml.close();
        xml.close();
        text.flush();
    }

    /** The attvalues of a node, one per attribute in {@link #ATTRIBUTES} order; a null value is left out. */
    private static void values(XmlWriter xml, String... values) throws IOException {
        xml.open("attvalues");
        for (int a = 0; a < values.length; a++) {
            if (values[a] != null) {
                xml.empty("attvalue", "for", Integer.toString(a), "value", values[a]);
            }
        }
        xml.close();
    }
}
