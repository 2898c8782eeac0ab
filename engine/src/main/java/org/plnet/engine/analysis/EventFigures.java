package org.plnet.engine.analysis;

import java.util.Objects;
import org.plnet.engine.model.Event;

/**
 * The figures of one event in one wave (affiliations.md, section 3).
 *
 * @param event               the event
 * @param size                its attendees
 * @param schools             the distinct known schools among them
 * @param members             the attendees who are network members
 * @param crossSchoolPairs    the pairs of attendees of different known schools
 * @param newCrossSchoolPairs those pairs that no earlier event of the wave had both among its attendees
 * @param degreeCentrality    two-mode degree centrality on B
 * @param betweenness         two-mode betweenness on B
 * @param closeness           two-mode closeness on B
 */
public record EventFigures(Event event, int size, int schools, int members, long crossSchoolPairs,
                           long newCrossSchoolPairs, double degreeCentrality, double betweenness,
                           double closeness) {

    public EventFigures {
        Objects.requireNonNull(event, "event");
    }
}
