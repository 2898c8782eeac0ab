package org.plnet.surveys.imports.network;

import java.util.HashMap;
import java.util.Map;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

/**
 * Collects the {@link NetworkData} of an XML network file (GraphML, GEXF), whose nodes have ids and whose edges
 * name their ends by those ids, and counts what it was given for the report.
 */
final class KeyedNetwork {

    private final NetworkData.Builder data = new NetworkData.Builder();
    private final Map<String, Integer> index = new HashMap<>();
    private int edges;
    private int undirected;

    /** Adds a declared node. */
    void node(String id, String label, SourceLocation where, Map<String, String> attributes) {
        index.put(id, data.node(id, label, true, where, attributes));
    }

    /** Refuses an edge with an end that is not a node added before. */
    void requireEnds(String source, String target, SourceLocation where) {
        if (!index.containsKey(source) || !index.containsKey(target)) {
            throw new InputException(where, "the edge refers to the node '" + (index.containsKey(source) ? target
                    : source) + "', which the graph does not declare");
        }
    }

    /**
     * Adds an edge between two nodes added before.
     *
     * @param weight   the text of its weight: a strength (see {@link TextLines#strength}), 1 when absent or
     *                 blank; an edge of weight 0 is counted but makes no tie
     * @param relation the relation it belongs to, {@code null} or blank when unnamed
     * @param mutual   whether it is undirected
     */
    void edge(String source, String target, String weight, String relation, boolean mutual, SourceLocation where) {
        requireEnds(source, target, where);
        edges++;
        if (mutual) {
            undirected++;
        }
        double strength = 1;
        if (weight != null && !weight.isBlank()) {
            strength = TextLines.strength(weight.strip(), where, "the edge weight");
        }
        int layer = data.layer(relation == null || relation.isBlank() ? null : relation.strip());
        if (strength != 0) {
            data.arc(index.get(source), index.get(target), strength, layer, null, mutual, where);
        }
    }

    /** The start of the report's summary: "GEXF, 12 nodes, 30 edges (directed)". */
    String counts(String format) {
        return format + ", " + index.size() + " nodes, " + edges + " edges (" + (undirected == 0 ? "directed"
                : undirected == edges ? "undirected" : undirected + " undirected") + ")";
    }

    NetworkData build(String summary) {
        return data.build(summary);
    }
}
