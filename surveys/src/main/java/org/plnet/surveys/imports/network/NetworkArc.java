package org.plnet.surveys.imports.network;

import java.util.Objects;
import org.plnet.engine.input.SourceLocation;

/**
 * One tie of a network file between two of its nodes.
 *
 * @param source   index of the reporting node in {@link NetworkData#nodes()}
 * @param target   index of the node named
 * @param weight   the value, at least 0 (0 = no tie)
 * @param layer    index of the relation in {@link NetworkData#layers()}
 * @param wave     the wave the file gives the tie, or {@code null} for the import's wave
 * @param mutual   whether the tie is undirected (a Pajek edge, an undirected GraphML or GEXF edge): it
 *                 stands for a tie each way
 * @param where    the line and column of the tie (or of its value)
 */
record NetworkArc(int source, int target, double weight, int layer, String wave, boolean mutual, SourceLocation where) {

    NetworkArc {
        Objects.requireNonNull(where, "where");
    }
}
