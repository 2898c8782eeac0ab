package org.plnet.surveys.imports.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.plnet.engine.input.SourceLocation;

/**
 * What a parser read from a network file: nodes, relations ("layers") and ties by node index, nothing
 * matched to the roster yet. Immutable; built with {@link Builder}.
 */
final class NetworkData {

    private final String summary;
    private final List<NetworkNode> nodes;
    private final List<String> layers;
    private final List<NetworkArc> arcs;

    private NetworkData(Builder b, String summary) {
        this.summary = summary;
        this.nodes = List.copyOf(b.nodes);
        this.layers = Collections.unmodifiableList(new ArrayList<>(b.layers));
        this.arcs = List.copyOf(b.arcs);
    }

    /** A sentence for the report on what the file holds ("fullmatrix, 12 nodes, labels embedded"). */
    String summary() {
        return summary;
    }

    List<NetworkNode> nodes() {
        return nodes;
    }

    /** The relation names the file gives, by layer index; {@code null} where the file names none. */
    List<String> layers() {
        return layers;
    }

    List<NetworkArc> arcs() {
        return arcs;
    }

    /** Collects nodes, layers and ties in file order. */
    static final class Builder {
        private final List<NetworkNode> nodes = new ArrayList<>();
        private final List<String> layers = new ArrayList<>();
        private final List<NetworkArc> arcs = new ArrayList<>();

        /** Adds a node and returns its index. */
        int node(String key, String label, boolean listed, SourceLocation where, Map<String, String> attributes) {
            nodes.add(new NetworkNode(key, label, listed, where, attributes));
            return nodes.size() - 1;
        }

        NetworkNode node(int index) {
            return nodes.get(index);
        }

        /** The index of the layer called {@code name} ({@code null}: unnamed), added when new. */
        int layer(String name) {
            int i = layers.indexOf(name);
            if (i >= 0) {
                return i;
            }
            layers.add(name);
            return layers.size() - 1;
        }

        /** Gives the layer at {@code index} a name (a Pajek project's first network, once a second follows). */
        void renameLayer(int index, String name) {
            layers.set(index, name);
        }

        /** Adds (or replaces) an attribute of the node at {@code index} (a Pajek partition or vector). */
        void attribute(int index, String name, String value) {
            NetworkNode n = nodes.get(index);
            Map<String, String> attributes = new java.util.LinkedHashMap<>(n.attributes());
            attributes.put(name, value);
            nodes.set(index, new NetworkNode(n.key(), n.label(), n.listed(), n.where(), attributes));
        }

        /** Adds a new layer even if one of that name exists (several unnamed DL matrices). */
        int newLayer(String name) {
            layers.add(name);
            return layers.size() - 1;
        }

        void arc(int source, int target, double weight, int layer, String wave, boolean mutual, SourceLocation where) {
            arcs.add(new NetworkArc(source, target, weight, layer, wave, mutual, where));
        }

        NetworkData build(String summary) {
            if (layers.isEmpty()) {
                layers.add(null);
            }
            return new NetworkData(this, summary);
        }
    }
}
