package org.plnet.engine.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.change.TieTurnover;
import org.plnet.engine.scoring.links.SchoolLinks;

/**
 * The changes between consecutive waves of each relation (statistics.md, section 4): for every relation with
 * two or more analyses, one {@link WaveChange} per pair of adjacent waves of that relation's analyses, in the
 * analyses' order (relation, then wave, by code point).
 */
final class WaveChanges {

    private WaveChanges() {
    }

    /** @param analyses the study's analyses in contract order */
    static List<WaveChange> of(Study study, List<GraphAnalysis> analyses) {
        List<WaveChange> changes = new ArrayList<>();
        for (int k = 1; k < analyses.size(); k++) {
            GraphAnalysis before = analyses.get(k - 1);
            GraphAnalysis after = analyses.get(k);
            if (before.relation().equals(after.relation())) {
                changes.add(between(study, before, after));
            }
        }
        return changes;
    }

    private static WaveChange between(Study study, GraphAnalysis w1, GraphAnalysis w2) {
        BitSet both = (BitSet) study.respondents(w1.relation(), w1.wave()).clone();
        both.and(study.respondents(w2.relation(), w2.wave()));
        TieTurnover ties = TieTurnover.count(w1.graph().compact(), w2.graph().compact(), both,
                study.schoolIndex(), study.schools().size());
        List<WaveChange.PersonChange> people = new ArrayList<>(study.size());
        for (int v = 0; v < study.size(); v++) {
            PersonFigures a = w1.people().get(v);
            PersonFigures b = w2.people().get(v);
            people.add(new WaveChange.PersonChange(a.person().id(), b.inDegree() - a.inDegree(),
                    both.get(v) ? b.outDegree() - a.outDegree() : null, b.betweenness() - a.betweenness(),
                    b.brokerage().total() - a.brokerage().total()));
        }
        List<WaveChange.SchoolChange> schools = new ArrayList<>(w1.schools().size());
        for (int s = 0; s < w1.schools().size(); s++) {
            SchoolFigures a = w1.schools().get(s);
            SchoolFigures b = w2.schools().get(s);
            SchoolLinks la = a.links();
            SchoolLinks lb = b.links();
            schools.add(new WaveChange.SchoolChange(a.school(), difference(la.reach(), lb.reach()),
                    difference(la.tieStrength(), lb.tieStrength()), lb.twoWayLinks() - la.twoWayLinks(),
                    la.twoWayLinked(), lb.twoWayLinked(), b.respondents() - a.respondents(),
                    ties.schools().get(s)));
        }
        return new WaveChange(w1.relation(), w1.wave(), w2.wave(), ties, people, schools);
    }

    /** after - before; null when either is null. */
    private static Double difference(Double before, Double after) {
        return before == null || after == null ? null : after - before;
    }
}
