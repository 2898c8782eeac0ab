package org.plnet.reports.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.plnet.engine.analysis.AttendeeFigures;
import org.plnet.engine.analysis.EventFigures;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;

/**
 * Writes the bipartite graph of one wave (people and the events they attended) as GraphML: one undirected
 * graph, a node {@code p<i>} per attendee (i their roster index) and {@code e<k>} per event, each with
 * {@code kind} = {@code person} or {@code event} (the attribute Gephi's and NetworkX's bipartite tools split
 * the modes by), a {@code label}, and the two-mode figures of affiliations.md; an edge per attendance. A value
 * that does not apply to a node's kind is left out.
 */
public final class TwoModeGraphMlWriter {

    private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    private TwoModeGraphMlWriter() {
    }

    static void write(Study study, TwoModeNodes b, OutputStream out) throws IOException {
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        XmlWriter xml = new XmlWriter(text);
        xml.declaration();
        xml.open("graphml", "xmlns", NAMESPACE, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", NAMESPACE + " " + NAMESPACE + "/1.0/graphml.xsd");
        xml.empty("key", "id", "study", "for", "graph", "attr.name", "study", "attr.type", "string");
        xml.empty("key", "id", "wave", "for", "graph", "attr.name", "wave", "attr.type", "string");
        String[][] keys = {{"kind", "string"}, {"label", "string"}, {"school", "string"}, {"member", "boolean"},
            {"date", "string"}, {"type", "string"}, {"events", "int"}, {"size", "int"}, {"schools", "int"},
            {"crossSchoolPairs", "long"}, {"newCrossSchoolPairs", "long"}, {"degreeCentrality", "double"},
            {"betweenness", "double"}, {"closeness", "double"}};
        for (String[] key : keys) {
            xml.empty("key", "id", key[0], "for", "node", "attr.name", key[0], "attr.type", key[1]);
        }
        xml.open("graph", "id", "B", "edgedefault", "undirected");
        xml.element("data", study.name(), "key", "study");
        xml.element("data", b.wave().wave(), "key", "wave");
        for (int k = 0; k < b.people().size(); k++) {
            Person p = study.people().get(b.people().get(k));
            AttendeeFigures f = b.person(k);
            xml.open("node", "id", "p" + b.people().get(k));
            data(xml, "kind", "person");
            data(xml, "label", p.name());
            data(xml, "school", p.school());
            data(xml, "member", Boolean.toString(p.member()));
            data(xml, "events", Integer.toString(f.events()));
            data(xml, "degreeCentrality", NumberText.of(f.degreeCentrality()));
            data(xml, "betweenness", NumberText.of(f.betweenness()));
            data(xml, "closeness", NumberText.of(f.closeness()));
            xml.close();
        }
        for (int k = 0; k < b.events().size(); k++) {
            EventFigures e = b.events().get(k);
            xml.open("node", "id", "e" + k);
            data(xml, "kind", "event");
            data(xml, "label", e.event().name());
            data(xml, "date", e.event().date() == null ? null : e.event().date().toString());
            data(xml, "type", e.event().type());
            data(xml, "size", Integer.toString(e.size()));
            data(xml, "schools", Integer.toString(e.schools()));
            data(xml, "crossSchoolPairs", Long.toString(e.crossSchoolPairs()));
            data(xml, "newCrossSchoolPairs", Long.toString(e.newCrossSchoolPairs()));
            data(xml, "degreeCentrality", NumberText.of(e.degreeCentrality()));
            data(xml, "betweenness", NumberText.of(e.betweenness()));
            data(xml, "closeness", NumberText.of(e.closeness()));
            xml.close();
        }
        int id = 0;
        for (int[] edge : b.edges()) {
            xml.empty("edge", "id", "a" + id++, "source", "p" + b.people().get(edge[0]), "target", "e" + edge[1]);
        }
        xml.close();
        xml.close();
        text.flush();
    }

    private static void data(XmlWriter xml, String key, String value) throws IOException {
        if (value != null) {
            xml.element("data", value, "key", key);
        }
    }
}
