package org.plnet.surveys.imports.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

/**
 * Parses a GraphML file (Brandes, Eiglsperger, Lerner and Pich, "Graph Markup Language (GraphML)", in
 * Tamassia (ed.), Handbook of Graph Drawing and Visualization, 2013; http://graphml.graphdrawing.org) into
 * {@link NetworkData}.
 *
 * <p>One {@code <graph>}; its {@code edgedefault} (directed when absent) and each edge's {@code directed}
 * attribute say whether a tie goes one way or both. {@code <key>}s declare the data: a node key whose
 * {@code attr.name} is {@code label} (else {@code name}) names the person, every other node key becomes a
 * people column named by its {@code attr.name}; an edge key {@code weight} gives the tie's strength (1 when
 * absent) and an edge key {@code relation} its relation. A key's {@code <default>} applies where a node or
 * edge has no {@code <data>}. A yEd node label ({@code y:NodeLabel}) names a node that has no label key;
 * other yEd graphics keys are drawing, not data. Nested graphs and hyperedges are refused; ports
 * ({@code <port>}, {@code sourceport}, {@code targetport}) are ignored, as NetworkX and igraph ignore them, and
 * counted in the summary.
 */
final class GraphmlDocument {

    private record Key(String id, String domain, String name, String defaultValue, String yfilesType) {

        boolean forNodes() {
            return domain.equals("node") || domain.equals("all");
        }

        boolean forEdges() {
            return domain.equals("edge") || domain.equals("all");
        }

        boolean isDrawing() {
            return yfilesType != null;
        }

        String column() {
            return name != null ? name : id;
        }
    }

    private record Node(String id, SourceLocation where, Map<String, String> data, String drawnLabel) {
    }

    private record Edge(String source, String target, Boolean directed, SourceLocation where, Map<String, String> data) {
    }

    private final String file;
    private final Map<String, Key> keys = new LinkedHashMap<>();
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private boolean directedByDefault = true;
    private int graphs;

    private int ports;

    private GraphmlDocument(String file) {
        this.file = file;
    }

    static NetworkData parse(byte[] content, String file) {
        GraphmlDocument d = new GraphmlDocument(file);
        XmlInput.document(content, file, "graphml", "GraphML", d::element);
        return d.build();
    }

    private void element(XMLStreamReader r, String name) throws XMLStreamException {
        switch (name) {
            case "key" -> key(r);
            case "graph" -> graph(r);
            case "node" -> node(r);
            case "edge" -> edge(r);
            case "hyperedge" -> throw new InputException(XmlInput.at(r, file),
                    "GraphML hyperedges are not supported: a tie joins two people");
            default -> XmlInput.skip(r);
        }
    }

    private void key(XMLStreamReader r) throws XMLStreamException {
        SourceLocation where = XmlInput.at(r, file);
        String id = XmlInput.required(r, "id", file);
        String domain = XmlInput.attribute(r, "for");
        String name = XmlInput.attribute(r, "attr.name");
        String yfiles = XmlInput.attribute(r, "yfiles.type");
        String defaultValue = XmlInput.defaultValue(r);
        if (keys.containsKey(id)) {
            throw new InputException(where, "the key '" + id + "' is declared twice");
        }
        keys.put(id, new Key(id, domain == null ? "all" : domain.strip().toLowerCase(Locale.ROOT),
                name == null || name.isBlank() ? null : name.strip(), defaultValue, yfiles));
    }

    private void graph(XMLStreamReader r) {
        graphs++;
        if (graphs > 1) {
            throw new InputException(XmlInput.at(r, file), "the file holds more than one <graph>; plnet reads one network"
                    + " per file");
        }
        String edgedefault = XmlInput.attribute(r, "edgedefault");
        directedByDefault = edgedefault == null || !edgedefault.strip().equalsIgnoreCase("undirected");
    }

    private void node(XMLStreamReader r) throws XMLStreamException {
        SourceLocation where = XmlInput.at(r, file);
        String id = XmlInput.required(r, "id", file);
        if (nodes.containsKey(id)) {
            throw new InputException(where, "the node '" + id + "' is declared twice (also at " + nodes.get(id).where + ")");
        }
        Map<String, String> data = new LinkedHashMap<>();
        String[] drawn = new String[1];
        XmlInput.children(r, (child, name) -> {
            switch (name) {
                case "data" -> data(child, data, drawn);
                case "graph" -> throw new InputException(XmlInput.at(child, file), "nested graphs are not supported");
                case "port" -> {
                    // yFiles writes ports (where an edge meets a node): drawing, not data, as NetworkX and
                    // igraph also ignore them; an edge's sourceport and targetport attributes likewise
                    ports++;
                    XmlInput.skip(child);
                }
                default -> XmlInput.skip(child);
            }
        });
        nodes.put(id, new Node(id, where, data, drawn[0]));
    }

    private void edge(XMLStreamReader r) throws XMLStreamException {
        SourceLocation where = XmlInput.at(r, file);
        String source = XmlInput.required(r, "source", file);
        String target = XmlInput.required(r, "target", file);
        String directed = XmlInput.attribute(r, "directed");
        Boolean isDirected = directed == null ? null : Boolean.valueOf(directed.strip().equalsIgnoreCase("true"));
        Map<String, String> data = new LinkedHashMap<>();
        XmlInput.children(r, (child, name) -> {
            if (name.equals("data")) {
                data(child, data, null);
            } else {
                XmlInput.skip(child);
            }
        });
        edges.add(new Edge(source, target, isDirected, where, data));
    }

    private void data(XMLStreamReader r, Map<String, String> into, String[] drawnLabel) throws XMLStreamException {
        String key = XmlInput.required(r, "key", file);
        SourceLocation where = XmlInput.at(r, file);
        Key k = keys.get(key);
        if (k == null) {
            throw new InputException(where, "<data key=\"" + key + "\"> refers to no <key>");
        }
        String[] inner = new String[1];
        String text = XmlInput.text(r, k.isDrawing() ? "NodeLabel" : null, inner);
        if (k.isDrawing()) {
            if (drawnLabel != null && drawnLabel[0] == null && inner[0] != null && !inner[0].isEmpty()) {
                drawnLabel[0] = inner[0];
            }
        } else {
            into.put(key, text.strip());
        }
    }

    /** The first data key (not a drawing key) for the domain whose attr.name is {@code name}, case ignored. */
    private Key keyNamed(String name, Predicate<Key> domain) {
        for (Key k : keys.values()) {
            if (domain.test(k) && !k.isDrawing() && k.name != null && k.name.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    private static String value(Key k, Map<String, String> data) {
        if (k == null) {
            return null;
        }
        String v = data.get(k.id);
        return v != null ? v : k.defaultValue;
    }

    private NetworkData build() {
        if (graphs == 0) {
            throw new InputException(SourceLocation.ofFile(file), "the GraphML file has no <graph>");
        }
        KeyedNetwork network = new KeyedNetwork();
        Key label = keyNamed("label", Key::forNodes);
        if (label == null) {
            label = keyNamed("name", Key::forNodes);
        }
        List<Key> columns = new ArrayList<>();
        for (Key k : keys.values()) {
            if (k.forNodes() && !k.isDrawing() && k != label) {
                columns.add(k);
            }
        }
        for (Node n : nodes.values()) {
            String text = value(label, n.data);
            if (text == null || text.isBlank()) {
                text = n.drawnLabel != null ? n.drawnLabel : n.id;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (Key k : columns) {
                String v = value(k, n.data);
                if (v != null) {
                    attributes.put(k.column(), v);
                }
            }
            network.node(n.id, text.strip(), n.where, attributes);
        }
        Key weight = keyNamed("weight", Key::forEdges);
        Key relation = keyNamed("relation", Key::forEdges);
        for (Edge e : edges) {
            boolean mutual = e.directed == null ? !directedByDefault : !e.directed;
            network.edge(e.source, e.target, value(weight, e.data), value(relation, e.data), mutual, e.where);
        }
        StringBuilder summary = new StringBuilder(network.counts("GraphML"));
        summary.append(label == null ? ", nodes named by their id" : ", nodes named by '" + label.column() + "'");
        if (!columns.isEmpty()) {
            summary.append(", people columns: ").append(String.join(", ", columns.stream().map(Key::column).toList()));
        }
        summary.append(weight == null ? ", no weight (each tie 1)" : ", weight from '" + weight.column() + "'");
        if (ports > 0) {
            summary.append(", ").append(ports).append(ports == 1 ? " port" : " ports").append(" ignored (drawing)");
        }
        return network.build(summary.toString());
    }
}
