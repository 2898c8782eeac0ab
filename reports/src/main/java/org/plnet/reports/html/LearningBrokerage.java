package org.plnet.reports.html;

import org.plnet.engine.model.Flow;
import org.plnet.engine.scoring.brokerage.BrokerageCounts;

/**
 * One person's Gould–Fernandez brokerage named by the way learning moves (school-links.md, "Brokerage
 * language in reports"): along the arrows a gatekeeper brings learning into the broker's school and a
 * representative takes it out; against them the reverse; {@code mutual} counts both roles both ways.
 *
 * @param bringsIn brokerage that brings learning from other schools into the broker's own school
 * @param takesOut brokerage that carries learning from the broker's own school out to other schools
 */
record LearningBrokerage(long bringsIn, long takesOut) {

    static LearningBrokerage of(BrokerageCounts b, Flow flow) {
        return new LearningBrokerage(flow.carrying(b.gatekeeper(), b.representative(), 0),
                flow.carrying(b.representative(), b.gatekeeper(), 0));
    }
}
