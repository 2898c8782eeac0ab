package org.plnet.engine.analysis;

import java.util.List;
import java.util.Objects;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.model.Study;

/**
 * The graph D of one relation in one wave together with every figure of it, so that reports and exports
 * read the very graph the figures were computed on instead of building it again.
 *
 * @param graph   D, with the relation's settings and the wave
 * @param network network-level figures
 * @param people  one entry per person of the roster, in roster order
 * @param schools one entry per non-empty school, in order of first appearance
 * @param programme the networks and breakdowns (programmes.md)
 * @param betweennessSampling how betweenness was sampled, or {@code null} when it is exact
 */
public record GraphAnalysis(StudyGraph graph, NetworkFigures network, List<PersonFigures> people,
                            List<SchoolFigures> schools, ProgrammeFigures programme,
                            org.plnet.engine.scoring.centrality.BetweennessSampling betweennessSampling) {

    /** An analysis with exact betweenness. */
    public GraphAnalysis(StudyGraph graph, NetworkFigures network, List<PersonFigures> people,
                         List<SchoolFigures> schools, ProgrammeFigures programme) {
        this(graph, network, people, schools, programme, null);
    }

    public GraphAnalysis {
        Objects.requireNonNull(graph);
        people = List.copyOf(people);
        schools = List.copyOf(schools);
        Objects.requireNonNull(programme);
    }

    /** The figures of a study without networks or breakdowns (for tests and tools). */
    public GraphAnalysis(StudyGraph graph, NetworkFigures network, List<PersonFigures> people,
                         List<SchoolFigures> schools) {
        this(graph, network, people, schools, ProgrammeFigures.none(people.size(), schools.size()));
    }

    /** The relation's name. */
    public String relation() {
        return graph.relation().name();
    }

    /**
     * Checks that these figures belong to the study: one entry per person, in roster order.
     *
     * @throws IllegalArgumentException when they do not
     */
    public void checkRosterOf(Study study) {
        if (people.size() != study.size()) {
            throw new IllegalArgumentException("the analysis of " + relation() + "/" + wave() + " has "
                    + people.size() + " people, the study " + study.size());
        }
        for (int i = 0; i < study.size(); i++) {
            if (!people.get(i).person().id().equals(study.people().get(i).id())) {
                throw new IllegalArgumentException("the analysis lists person " + i + " as "
                        + people.get(i).person().id() + ", the study as " + study.people().get(i).id());
            }
        }
    }

    /** The wave. */
    public String wave() {
        return graph.wave();
    }
}
