package org.plnet.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.junit.jupiter.api.Test;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;

class StudyGraphTest {

    @Test
    void keepsTiesFromTieMinAndOffersAJgraphtViewOnRequest() {
        Study.Builder b = Study.builder("s");
        b.addPerson(new Person("a", "S", false));
        b.addPerson(new Person("b", "S", false));
        b.addPerson(new Person("c", "S", false));
        b.relation(new Relation("advice", null, Flow.SEEK, 4, 2, 3));
        b.layer(new KeptTies("advice", "1", new int[] {0, 1}, new int[] {1, 2}, new double[] {3, 1}));
        Study study = b.build();
        StudyGraph graph = StudyGraph.of(study, study.layers().get(0));

        assertThat(graph.compact().arcCount()).isEqualTo(1); // 1 -> 2 has weight 1, below tieMin 2
        SparseDirectedGraph view = graph.jgrapht();
        assertThat(view.compact()).isSameAs(graph.compact());
        assertThat(view.getEdgeWeight(view.getEdge(0, 1))).isEqualTo(3.0);
        assertThat(new ConnectivityInspector<>(view).connectedSets()).hasSize(2);
    }
}
