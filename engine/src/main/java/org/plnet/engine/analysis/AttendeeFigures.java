package org.plnet.engine.analysis;

import java.util.Objects;
import org.plnet.engine.model.Person;

/**
 * The two-mode figures of one person in one wave (affiliations.md, section 3); the centralities are
 * {@code null} for a person who attended nothing, who is not a node of B.
 *
 * @param person           the person
 * @param events           the events of the wave they attended
 * @param degreeCentrality two-mode degree centrality on B, or null
 * @param betweenness      two-mode betweenness on B, or null
 * @param closeness        two-mode closeness on B, or null
 */
public record AttendeeFigures(Person person, int events, Double degreeCentrality, Double betweenness,
                              Double closeness) {

    public AttendeeFigures {
        Objects.requireNonNull(person, "person");
    }
}
