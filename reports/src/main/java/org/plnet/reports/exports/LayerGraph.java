package org.plnet.reports.exports;

import org.plnet.engine.analysis.LayerAnalysis;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.model.Study;

/** The graph D of the layer an export shows: the ties that every figure of that layer counts. */
final class LayerGraph {

    private LayerGraph() {
    }

    /** D of {@code layer}; without a layer (a study with no ties), the people and no arcs. */
    static CompactGraph of(Study study, LayerAnalysis layer) {
        if (layer == null) {
            return CompactGraph.of(study.size(), new int[0], new int[0], new double[0]);
        }
        return of(study, layer.relation(), layer.wave());
    }

    /** D of one relation in one wave; no arcs when the study has no kept tie there. */
    static CompactGraph of(Study study, String relation, String wave) {
        return study.layer(relation, wave)
                .map(l -> StudyGraph.of(study, l).compact())
                .orElseGet(() -> CompactGraph.of(study.size(), new int[0], new int[0], new double[0]));
    }

    /** Checks that the figures belong to this study: one entry per person, in roster order. */
    static void checkAligned(Study study, LayerAnalysis layer) {
        if (layer == null) {
            return;
        }
        if (layer.people().size() != study.size()) {
            throw new IllegalArgumentException("the analysis of " + layer.relation() + "/" + layer.wave()
                    + " has " + layer.people().size() + " people, the study " + study.size());
        }
        for (int i = 0; i < study.size(); i++) {
            if (!layer.people().get(i).person().id().equals(study.people().get(i).id())) {
                throw new IllegalArgumentException("the analysis lists person " + i + " as "
                        + layer.people().get(i).person().id() + ", the study as " + study.people().get(i).id());
            }
        }
    }
}
