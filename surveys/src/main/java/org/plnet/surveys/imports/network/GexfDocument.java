package org.plnet.surveys.imports.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

/**
 * Parses a GEXF file (GEXF Working Group, "GEXF 1.3 Primer", https://gexf.net) into {@link NetworkData}.
 *
 * <p>One static {@code <graph>}; its {@code defaultedgetype} (undirected when absent, as the GEXF schema says)
 * and each edge's {@code type} ({@code directed}, {@code undirected}, {@code mutual}) say whether a tie goes
 * one way or both. A node's {@code label} names the person (its {@code id} when there is none); its
 * {@code <attvalues>} become people columns named by the {@code title} of the node {@code <attribute>}s
 * (with their {@code <default>}s). An edge's {@code weight} is its strength (1 when absent); its {@code kind}
 * (or an edge attribute titled {@code relation}) its relation. Visualisation elements ({@code viz:}) are
 * drawing, not data. Dynamic graphs and nested nodes are refused.
 */
final class GexfDocument {

    private record Attribute(String id, String title, String defaultValue) {
    }

    private record Node(String id, String label, SourceLocation where, Map<String, String> values) {
    }

    private record Edge(String source, String target, String type, String weight, String kind, SourceLocation where,
                        Map<String, String> values) {
    }

    private final String file;
    private final Map<String, Attribute> nodeAttributes = new LinkedHashMap<>();
    private final Map<String, Attribute> edgeAttributes = new LinkedHashMap<>();
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private String defaultType = "undirected";
    private int graphs;

    private GexfDocument(String file) {
        this.file = file;
    }

    static NetworkData parse(byte[] content, String file) {
        GexfDocument d = new GexfDocument(file);
        XMLStreamReader r = XmlInput.open(content, file);
        try {
            d.read(r);
        } catch (XMLStreamException e) {
            throw XmlInput.malformed(e, file);
        }
        return d.build();
    }

    private void read(XMLStreamReader r) throws XMLStreamException {
        boolean root = true;
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            if (root) {
                if (!name.equals("gexf")) {
                    throw new InputException(XmlInput.at(r, file), "not a GEXF file: the root element is <" + name + ">");
                }
                root = false;
                continue;
            }
            switch (name) {
                case "graph" -> graph(r);
                case "attributes" -> attributes(r);
                case "node" -> node(r);
                case "edge" -> edge(r);
                case "nodes", "edges" -> {
                    // containers: their children are read as they come
                }
                default -> XmlInput.skip(r);
            }
        }
    }

    private void graph(XMLStreamReader r) {
        graphs++;
        if (graphs > 1) {
            throw new InputException(XmlInput.at(r, file), "the file holds more than one <graph>");
        }
        String mode = XmlInput.attribute(r, "mode");
        if (mode != null && mode.strip().equalsIgnoreCase("dynamic")) {
            throw new InputException(XmlInput.at(r, file), "dynamic GEXF graphs are not supported: export a static "
                    + "graph per wave and import each with --wave");
        }
        String type = XmlInput.attribute(r, "defaultedgetype");
        if (type != null) {
            defaultType = type.strip().toLowerCase(Locale.ROOT);
        }
    }

    private void attributes(XMLStreamReader r) throws XMLStreamException {
        String kind = XmlInput.attribute(r, "class");
        Map<String, Attribute> into = kind != null && kind.strip().equalsIgnoreCase("edge") ? edgeAttributes : nodeAttributes;
        while (r.next() != XMLStreamConstants.END_ELEMENT) {
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!r.getLocalName().equals("attribute")) {
                XmlInput.skip(r);
                continue;
            }
            String id = XmlInput.required(r, "id", file);
            String title = XmlInput.attribute(r, "title");
            String defaultValue = null;
            while (r.next() != XMLStreamConstants.END_ELEMENT) {
                if (r.getEventType() == XMLStreamConstants.START_ELEMENT) {
                    if (r.getLocalName().equals("default")) {
                        defaultValue = XmlInput.text(r, null, null).strip();
                    } else {
                        XmlInput.skip(r);
                    }
                }
            }
            into.put(id, new Attribute(id, title == null || title.isBlank() ? id : title.strip(), defaultValue));
        }
    }

    private Map<String, String> attvalues(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> values = new LinkedHashMap<>();
        while (r.next() != XMLStreamConstants.END_ELEMENT) {
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "attvalues" -> {
                    while (r.next() != XMLStreamConstants.END_ELEMENT) {
                        if (r.getEventType() == XMLStreamConstants.START_ELEMENT) {
                            if (r.getLocalName().equals("attvalue")) {
                                String id = XmlInput.attribute(r, "for");
                                if (id == null) {
                                    id = XmlInput.required(r, "id", file);
                                }
                                String value = XmlInput.attribute(r, "value");
                                values.put(id, value == null ? "" : value.strip());
                            }
                            XmlInput.skip(r);
                        }
                    }
                }
                case "nodes" -> throw new InputException(XmlInput.at(r, file), "nested nodes are not supported");
                default -> XmlInput.skip(r);
            }
        }
        return values;
    }

    private void node(XMLStreamReader r) throws XMLStreamException {
        SourceLocation where = XmlInput.at(r, file);
        String id = XmlInput.required(r, "id", file);
        String label = XmlInput.attribute(r, "label");
        if (nodes.containsKey(id)) {
            throw new InputException(where, "the node '" + id + "' is declared twice (also at " + nodes.get(id).where + ")");
        }
        nodes.put(id, new Node(id, label, where, attvalues(r)));
    }

    private void edge(XMLStreamReader r) throws XMLStreamException {
        SourceLocation where = XmlInput.at(r, file);
        String source = XmlInput.required(r, "source", file);
        String target = XmlInput.required(r, "target", file);
        String type = XmlInput.attribute(r, "type");
        String weight = XmlInput.attribute(r, "weight");
        String kind = XmlInput.attribute(r, "kind");
        edges.add(new Edge(source, target, type, weight, kind, where, attvalues(r)));
    }

    private NetworkData build() {
        if (graphs == 0) {
            throw new InputException(SourceLocation.ofFile(file), "the GEXF file has no <graph>");
        }
        NetworkData.Builder data = new NetworkData.Builder();
        Map<String, Integer> index = new HashMap<>();
        for (Node n : nodes.values()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (Attribute a : nodeAttributes.values()) {
                String v = n.values.containsKey(a.id) ? n.values.get(a.id) : a.defaultValue;
                if (v != null) {
                    attributes.put(a.title, v);
                }
            }
            String label = n.label == null || n.label.isBlank() ? n.id : n.label.strip();
            index.put(n.id, data.node(n.id, label, true, n.where, attributes));
        }
        Attribute relation = null;
        for (Attribute a : edgeAttributes.values()) {
            if (a.title.equalsIgnoreCase("relation")) {
                relation = a;
            }
        }
        int undirected = 0;
        for (Edge e : edges) {
            Integer s = index.get(e.source);
            Integer t = index.get(e.target);
            if (s == null || t == null) {
                throw new InputException(e.where, "the edge refers to the node '" + (s == null ? e.source : e.target)
                        + "', which the graph does not declare");
            }
            String type = e.type == null ? defaultType : e.type.strip().toLowerCase(Locale.ROOT);
            boolean mutual = switch (type) {
                case "directed" -> false;
                case "undirected", "mutual" -> true;
                default -> throw new InputException(e.where, "the edge type '" + type
                        + "' is not directed, undirected or mutual");
            };
            if (mutual) {
                undirected++;
            }
            double w = 1;
            if (e.weight != null && !e.weight.isBlank()) {
                w = TextLines.strength(e.weight.strip(), e.where, "the edge weight");
            }
            String r = e.kind;
            if ((r == null || r.isBlank()) && relation != null) {
                r = e.values.containsKey(relation.id) ? e.values.get(relation.id) : relation.defaultValue;
            }
            int layer = data.layer(r == null || r.isBlank() ? null : r.strip());
            if (w != 0) {
                data.arc(s, t, w, layer, null, mutual, e.where);
            }
        }
        StringBuilder summary = new StringBuilder("GEXF, ").append(nodes.size()).append(" nodes, ")
                .append(edges.size()).append(" edges (").append(undirected == 0 ? "directed"
                        : undirected == edges.size() ? "undirected" : undirected + " undirected").append(")");
        if (!nodeAttributes.isEmpty()) {
            summary.append(", people columns: ").append(String.join(", ",
                    nodeAttributes.values().stream().map(Attribute::title).toList()));
        }
        return data.build(summary.toString());
    }
}
