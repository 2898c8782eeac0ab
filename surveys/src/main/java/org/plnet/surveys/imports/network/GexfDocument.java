package org.plnet.surveys.imports.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        XmlInput.document(content, file, "gexf", "GEXF", d::element);
        return d.build();
    }

    private void element(XMLStreamReader r, String name) throws XMLStreamException {
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
        XmlInput.children(r, (attribute, name) -> {
            if (!name.equals("attribute")) {
                XmlInput.skip(attribute);
                return;
            }
            String id = XmlInput.required(attribute, "id", file);
            String title = XmlInput.attribute(attribute, "title");
            String defaultValue = XmlInput.defaultValue(attribute);
            into.put(id, new Attribute(id, title == null || title.isBlank() ? id : title.strip(), defaultValue));
        });
    }

    private Map<String, String> attvalues(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> values = new LinkedHashMap<>();
        XmlInput.children(r, (child, name) -> {
            switch (name) {
                case "attvalues" -> XmlInput.children(child, (attvalue, inner) -> {
                    if (inner.equals("attvalue")) {
                        String id = XmlInput.attribute(attvalue, "for");
                        if (id == null) {
                            id = XmlInput.required(attvalue, "id", file);
                        }
                        String value = XmlInput.attribute(attvalue, "value");
                        values.put(id, value == null ? "" : value.strip());
                    }
                    XmlInput.skip(attvalue);
                });
                case "nodes" -> throw new InputException(XmlInput.at(child, file), "nested nodes are not supported");
                default -> XmlInput.skip(child);
            }
        });
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
        KeyedNetwork network = new KeyedNetwork();
        for (Node n : nodes.values()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (Attribute a : nodeAttributes.values()) {
                String v = n.values.containsKey(a.id) ? n.values.get(a.id) : a.defaultValue;
                if (v != null) {
                    attributes.put(a.title, v);
                }
            }
            String label = n.label == null || n.label.isBlank() ? n.id : n.label.strip();
            network.node(n.id, label, n.where, attributes);
        }
        Attribute relation = null;
        for (Attribute a : edgeAttributes.values()) {
            if (a.title.equalsIgnoreCase("relation")) {
                relation = a;
            }
        }
        for (Edge e : edges) {
            network.requireEnds(e.source, e.target, e.where);
            String type = e.type == null ? defaultType : e.type.strip().toLowerCase(Locale.ROOT);
            boolean mutual = switch (type) {
                case "directed" -> false;
                case "undirected", "mutual" -> true;
                default -> throw new InputException(e.where, "the edge type '" + type
                        + "' is not directed, undirected or mutual");
            };
            String r = e.kind;
            if ((r == null || r.isBlank()) && relation != null) {
                r = e.values.containsKey(relation.id) ? e.values.get(relation.id) : relation.defaultValue;
            }
            network.edge(e.source, e.target, e.weight, r, mutual, e.where);
        }
        StringBuilder summary = new StringBuilder(network.counts("GEXF"));
        if (!nodeAttributes.isEmpty()) {
            summary.append(", people columns: ").append(String.join(", ",
                    nodeAttributes.values().stream().map(Attribute::title).toList()));
        }
        return network.build(summary.toString());
    }
}
