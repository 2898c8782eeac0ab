package org.plnet.reports.exports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plnet.engine.analysis.AttendeeFigures;
import org.plnet.engine.analysis.EventFigures;
import org.plnet.engine.analysis.WaveAffiliations;
import org.plnet.engine.model.Affiliations;
import org.plnet.engine.model.Attendance;
import org.plnet.engine.model.Study;

/**
 * The bipartite graph B of one wave (affiliations.md, section 3) for the exports: the people who attended at
 * least one event, in roster order, then the events with attendance in the order they were held, and an edge per
 * attendance, ordered by person, then event.
 *
 * @param wave   the wave with its figures
 * @param people the attendees: roster indices
 * @param events the events' figures, in the order held
 * @param edges  pairs {index into people, index into events}
 */
record TwoModeNodes(WaveAffiliations wave, List<Integer> people, List<EventFigures> events, List<int[]> edges) {

    static TwoModeNodes of(Study study, WaveAffiliations wave) {
        Affiliations affiliations = study.affiliations().orElseThrow();
        List<Integer> people = new ArrayList<>();
        Map<Integer, Integer> personAt = new HashMap<>();
        for (int v = 0; v < study.size(); v++) {
            if (wave.peopleFigures().get(v).events() > 0) {
                personAt.put(v, people.size());
                people.add(v);
            }
        }
        Map<String, Integer> eventAt = new HashMap<>();
        for (EventFigures e : wave.eventFigures()) {
            eventAt.put(e.event().id(), eventAt.size());
        }
        List<int[]> edges = new ArrayList<>();
        for (Attendance a : affiliations.attendances(wave.wave())) {
            edges.add(new int[] {personAt.get(a.person()), eventAt.get(affiliations.events().get(a.event()).id())});
        }
        edges.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        return new TwoModeNodes(wave, people, wave.eventFigures(), edges);
    }

    AttendeeFigures person(int k) {
        return wave.peopleFigures().get(people.get(k));
    }
}
