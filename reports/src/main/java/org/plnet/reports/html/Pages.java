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
                waves.previous() == null ? null : waves.previous().wave(), flow.arrowMeaning());
    }
}
