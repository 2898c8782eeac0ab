package org.plnet.reports.html;

import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;

/** What every page of the reports shares. */
final class Pages {

    private Pages() {
    }

    static PageHeading heading(Study study, ComparedWaves waves, FlowWording flow) {
        GraphAnalysis now = waves.current();
        Relation relation = study.relation(now.relation());
        return new PageHeading(study.name(), relation.name(), relation.question(), now.wave(),
                waves.previous() == null ? null : waves.previous().wave(), flow.arrowMeaning(), scaleNote(relation));
    }

    /** "Answers ran from 1 to 4; an answer of 3 or more counts as frequent." */
    static String scaleNote(Relation relation) {
        return "Answers ran up to " + FigureText.round(relation.scaleMax(), 0) + " (the most often); an answer of "
                + FigureText.round(relation.strongTieMin(), 0) + " or more counts as a frequent link, and tie"
                + " strength runs from 0 (not in touch) to 1 (the top answer).";
    }
}
