package org.plnet.surveys.imports.network;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.plnet.engine.input.SourceLocation;

/**
 * One node of a network file, before it is matched to the roster.
 *
 * @param key        the file's own identifier of the node (a GraphML or GEXF {@code id}), or {@code null}
 * @param label      the text that names the person: a label, a name, or the key when there is nothing else
 * @param listed     whether the file declares the node (a label list, a vertex line, a node element); else it
 *                   only appears in tie lines (a number, an embedded label, an edge-list name)
 * @param where      where the node is listed or first used
 * @param attributes the node's other attributes, in file order (people columns)
 */
record NetworkNode(String key, String label, boolean listed, SourceLocation where, Map<String, String> attributes) {

    NetworkNode {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(where, "where");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
