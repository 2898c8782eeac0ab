package org.plnet.engine.graph;

import java.util.Objects;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;
import org.plnet.engine.model.KeptTies;

/**
 * The graph D of one relation and wave (metrics.md, "Graphs used"): every person of the roster is a
 * vertex (isolates included; vertex i is {@code study.people().get(i)}), and a kept tie is an arc when
 * its weight is at least the relation's {@code tieMin}. Held once in compact form for the kernels and
 * offered as a JGraphT {@link org.jgrapht.Graph} through {@link #jgrapht()}.
 *
 * @param relation the relation's settings
 * @param wave     the wave
 * @param compact  D in compressed sparse row form, with the reported weights
 * @param jgrapht  a read-only JGraphT view of the same graph
 */
public record StudyGraph(Relation relation, String wave, CompactGraph compact, SparseDirectedGraph jgrapht) {

    public StudyGraph {
        Objects.requireNonNull(relation);
        Objects.requireNonNull(wave);
        Objects.requireNonNull(compact);
        Objects.requireNonNull(jgrapht);
    }

    /** Builds D from the kept ties of one (relation, wave) of the study. */
    public static StudyGraph of(Study study, KeptTies layer) {
        Relation relation = study.relation(layer.relation());
        int m = 0;
        for (int k = 0; k < layer.size(); k++) {
            if (relation.isTie(layer.weight(k))) {
                m++;
            }
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
        CompactGraph compact = CompactGraph.of(study.size(), sources, targets, weights);
        return new StudyGraph(relation, layer.wave(), compact, new SparseDirectedGraph(compact));
    }
}
