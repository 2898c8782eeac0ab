package org.plnet.engine.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plnet.engine.model.Affiliations;
import org.plnet.engine.model.Attendance;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.affiliation.CrossSchoolPairs;
import org.plnet.engine.scoring.affiliation.TwoModeCentrality;

/**
 * Computes the two-mode figures of every wave with attendance (affiliations.md, section 3) on B, the bipartite
 * graph of the wave: the people who attended at least one of its events and those events.
 */
public final class AffiliationAnalyzer {

    private AffiliationAnalyzer() {
    }

    /** One entry per wave with attendance, in code point order; none when the study has no attendance. */
    public static List<WaveAffiliations> analyze(Study study) {
        if (study.affiliations().isEmpty()) {
            return List.of();
        }
        Affiliations affiliations = study.affiliations().get();
        List<WaveAffiliations> waves = new ArrayList<>();
        for (String wave : affiliations.waves()) {
            waves.add(wave(study, affiliations, wave));
        }
        return waves;
    }

    private static WaveAffiliations wave(Study study, Affiliations affiliations, String wave) {
        int eventCount = affiliations.events().size();
        List<Attendance> rows = affiliations.attendances(wave);
        int[] personNode = new int[study.size()];
        int[] eventNode = new int[eventCount];
        java.util.Arrays.fill(personNode, -1);
        java.util.Arrays.fill(eventNode, -1);
        List<List<Integer>> attendeesOf = new ArrayList<>();
        for (int e = 0; e < eventCount; e++) {
            attendeesOf.add(new ArrayList<>());
        }
        for (Attendance a : rows) {
            attendeesOf.get(a.event()).add(a.person());
        }
        // nodes of B: people in roster order, events in the order they were held
        List<Integer> heldOrder = affiliations.chronologicalOrder().stream()
                .filter(e -> !attendeesOf.get(e).isEmpty()).toList();
        for (int k = 0; k < heldOrder.size(); k++) {
            eventNode[heldOrder.get(k)] = k;
        }
        int people = 0;
        int[] eventsAttended = new int[study.size()];
        for (Attendance a : rows) {
            eventsAttended[a.person()]++;
        }
        for (int v = 0; v < study.size(); v++) {
            if (eventsAttended[v] > 0) {
                personNode[v] = people++;
            }
        }
        int[][] attendance = new int[people][];
        int[] filled = new int[people];
        for (int v = 0; v < study.size(); v++) {
            if (personNode[v] >= 0) {
                attendance[personNode[v]] = new int[eventsAttended[v]];
            }
        }
        for (Attendance a : rows) {
            int p = personNode[a.person()];
            attendance[p][filled[p]++] = eventNode[a.event()];
        }
        TwoModeCentrality centrality = TwoModeCentrality.compute(people, heldOrder.size(), attendance);

        int[][] attendees = new int[heldOrder.size()][];
        int[] order = new int[heldOrder.size()];
        for (int k = 0; k < heldOrder.size(); k++) {
            attendees[k] = attendeesOf.get(heldOrder.get(k)).stream().mapToInt(Integer::intValue).toArray();
            order[k] = k;
        }
        int[] school = study.schoolIndex();
        CrossSchoolPairs pairs = CrossSchoolPairs.compute(attendees, order, school);
        List<EventFigures> events = new ArrayList<>();
        for (int k = 0; k < heldOrder.size(); k++) {
            Set<Integer> schools = new HashSet<>();
            int members = 0;
            for (int v : attendees[k]) {
                if (school[v] >= 0) {
                    schools.add(school[v]);
                }
                members += study.people().get(v).member() ? 1 : 0;
            }
            events.add(new EventFigures(affiliations.events().get(heldOrder.get(k)), attendees[k].length,
                    schools.size(), members, pairs.pairs(k), pairs.newPairs(k), centrality.eventDegree(k),
                    centrality.eventBetweenness(k), centrality.eventCloseness(k)));
        }
        List<AttendeeFigures> attendeeFigures = new ArrayList<>();
        for (int v = 0; v < study.size(); v++) {
            Person person = study.people().get(v);
            int p = personNode[v];
            attendeeFigures.add(p < 0 ? new AttendeeFigures(person, 0, null, null, null)
                    : new AttendeeFigures(person, eventsAttended[v], centrality.personDegree(p),
                    centrality.personBetweenness(p), centrality.personCloseness(p)));
        }
        return new WaveAffiliations(wave, heldOrder.size(), rows.size(), events, attendeeFigures);
    }
}
