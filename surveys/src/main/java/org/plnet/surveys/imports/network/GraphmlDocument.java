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
 * other yEd graphics keys are drawing, not data. Nested graphs, hyperedges and ports are refused.
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

    private GraphmlDocument(String file) {
        this.file = file;
    }

    static NetworkData parse(byte[] content, String file) {
        GraphmlDocument d = new GraphmlDocument(file);
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
                if (!name.equals("graphml")) {
                    throw new InputException(XmlInput.at(r, file), "not a GraphML file: the root element is <" + name + ">");
                }
                root = false;
                continue;
            }
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
    }

    private void key(XMLStreamReader r) throws XMLStreamException {
        SourceLocation where = XmlInput.at(r, file);
        String id = XmlInput.required(r, "id", file);
        String domain = XmlInput.attribute(r, "for");
        String name = XmlInput.attribute(r, "attr.name");
        String yfiles = XmlInput.attribute(r, "yfiles.type");
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
        while (r.next() != XMLStreamConstants.END_ELEMENT) {
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "data" -> data(r, data, drawn);
                case "graph" -> throw new InputException(XmlInput.at(r, file), "nested graphs are not supported");
                case "port" -> throw new InputException(XmlInput.at(r, file), "GraphML ports are not supported");
                default -> XmlInput.skip(r);
            }
        }
        nodes.put(id, new Node(id, where, data, drawn[0]));
    }

    private void edge(XMLStreamReader r) throws XMLStreamException {
        SourceLocation where = XmlInput.at(r, file);
        String source = XmlInput.required(r, "source", file);
        String target = XmlInput.required(r, "target", file);
        String directed = XmlInput.attribute(r, "directed");
        Boolean isDirected = directed == null ? null : Boolean.valueOf(directed.strip().equalsIgnoreCase("true"));
        Map<String, String> data = new LinkedHashMap<>();
        while (r.next() != XMLStreamConstants.END_ELEMENT) {
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (r.getLocalName().equals("data")) {
                data(r, data, null);
            } else {
                XmlInput.skip(r);
            }
        }
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

    private Key nodeKeyNamed(String name) {
        for (Key k : keys.values()) {
            if (k.forNodes() && !k.isDrawing() && k.name != null && k.name.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    private Key edgeKeyNamed(String name) {
        for (Key k : keys.values()) {
            if (k.forEdges() && !k.isDrawing() && k.name != null && k.name.equalsIgnoreCase(name)) {
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
        NetworkData.Builder data = new NetworkData.Builder();
        Key label = nodeKeyNamed("label");
        if (label == null) {
            label = nodeKeyNamed("name");
        }
        List<Key> columns = new ArrayList<>();
        for (Key k : keys.values()) {
            if (k.forNodes() && !k.isDrawing() && k != label) {
                columns.add(k);
            }
        }
        Map<String, Integer> index = new HashMap<>();
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
            index.put(n.id, data.node(n.id, text.strip(), true, n.where, attributes));
        }
        Key weight = edgeKeyNamed("weight");
        Key relation = edgeKeyNamed("relation");
        int undirected = 0;
        for (Edge e : edges) {
            Integer s = index.get(e.source);
            Integer t = index.get(e.target);
            if (s == null || t == null) {
                throw new InputException(e.where, "the edge refers to the node '" + (s == null ? e.source : e.target)
                        + "', which the graph does not declare");
            }
            String w = value(weight, e.data);
            double strength = 1;
            if (w != null && !w.isBlank()) {
                strength = TextLines.strength(w.strip(), e.where, "the edge weight");
            }
            String r = value(relation, e.data);
            int layer = data.layer(r == null || r.isBlank() ? null : r.strip());
            boolean mutual = e.directed == null ? !directedByDefault : !e.directed;
            if (mutual) {
                undirected++;
            }
            if (strength != 0) {
                data.arc(s, t, strength, layer, null, mutual, e.where);
            }
        }
        StringBuilder summary = new StringBuilder("GraphML, ").append(nodes.size()).append(" nodes, ")
                .append(edges.size()).append(" edges (").append(undirected == 0 ? "directed"
                        : undirected == edges.size() ? "undirected" : undirected + " undirected").append(")");
        summary.append(label == null ? ", nodes named by their id" : ", nodes named by '" + label.column() + "'");
        if (!columns.isEmpty()) {
            summary.append(", people columns: ").append(String.join(", ", columns.stream().map(Key::column).toList()));
        }
        summary.append(weight == null ? ", no weight (each tie 1)" : ", weight from '" + weight.column() + "'");
        return data.build(summary.toString());
    }
}
