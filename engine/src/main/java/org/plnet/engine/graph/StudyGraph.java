package org.plnet.engine.graph;

import java.util.Objects;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;

/**
 * The graph D of one relation and wave (metrics.md, "Graphs used"): every person of the roster is a
 * vertex (isolates included; vertex i is {@code study.people().get(i)}), and a kept tie is an arc when
 * its weight is at least the relation's {@code tieMin}. Held once in compact form for the kernels; a
 * JGraphT {@link org.jgrapht.Graph} is made only on request ({@link #jgrapht()}), as plnet itself never
 * reads one.
 *
 * @param relation the relation's settings
 * @param wave     the wave
 * @param compact  D in compressed sparse row form, with the reported weights
 */
public record StudyGraph(Relation relation, String wave, CompactGraph compact) {

    public StudyGraph {
        Objects.requireNonNull(relation);
        Objects.requireNonNull(wave);
        Objects.requireNonNull(compact);
    }

    /**
     * Builds D from the kept ties of one (relation, wave) of the study. When every kept tie is at least
     * {@code tieMin} (the usual case), D's out-adjacency is the layer's own arrays rather than a copy.
     */
    public static StudyGraph of(Study study, KeptTies layer) {
        Relation relation = study.relation(layer.relation());
        int m = 0;
        for (int k = 0; k < layer.size(); k++) {
            if (relation.isTie(layer.weight(k))) {
                m++;
            }
        }
        if (m == layer.size()) {
            return new StudyGraph(relation, layer.wave(),
                    CompactGraph.ofSorted(study.size(), layer.sources(), layer.targets(), layer.weights()));
        }
        int[] sources = new int[m];
        int[] targets = new int[m];
        double[] weights = new double[m];
        int at = 0;
        for (int k = 0; k < layer.size(); k++) {
            if (relation.isTie(layer.weight(k))) {
                sources[at] = layer.source(k);
                targets[at] = layer.target(k);
                weights[at] = layer.weight(k);
                at++;
            }
        }
        return new StudyGraph(relation, layer.wave(), CompactGraph.ofSorted(study.size(), sources, targets, weights));
    }

    /**
     * A read-only JGraphT view of D, for running JGraphT's algorithms on it; made anew on each call (two int
     * arrays of length m), so that analyses that do not need it never pay for it.
     */
    public SparseDirectedGraph jgrapht() {
        return new SparseDirectedGraph(compact);
    }
}
