package org.plnet.reports.exports;

import java.util.List;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.model.Study;

/**
 * The graphs D of every relation and wave of a study, for the exports that hold them all in one file
 * (GraphML and GEXF: one edge per tie with its {@code relation}, {@code wave} and {@code weight}): in the
 * study's order of layers (relation, then wave, by code point), each D's arcs by source, then target.
 */
final class StudyLayers {

    private StudyLayers() {
    }

    static List<StudyGraph> of(Study study) {
        return study.layers().stream().map(layer -> StudyGraph.of(study, layer)).toList();
    }

    /** The number of arcs over all graphs. */
    static int arcCount(List<StudyGraph> graphs) {
        return graphs.stream().mapToInt(g -> g.compact().arcCount()).sum();
    }
}
