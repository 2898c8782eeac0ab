package org.plnet.examples.newforest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The network's events and who attended them (affiliations.md): two conferences, two research champions'
 * workshops and three enquiry groups over the two years, drawn from the one seeded random number generator after
 * the survey answers, so that adding them changed none of the other files. Network members attend most events;
 * head teachers and senior leaders who are not members come to the conferences now and then; other staff rarely.
 * events.csv lists them by kind, not by date, as an organiser's list would.
 */
final class NetworkEvents {

    /**
     * One event of events.csv.
     *
     * @param id      its id
     * @param name    its name
     * @param date    ISO 8601
     * @param type    conference, workshop or enquiry group
     * @param wave    the survey year it belongs to
     * @param member  the chance that a network member attends
     * @param leader  the chance that a head teacher or senior leader who is not a member attends
     * @param other   the chance that anyone else attends
     * @param phase   the phase of school it is for, or null for all
     */
    record Event(String id, String name, String date, String type, Wave wave, double member, double leader,
                 double other, Phase phase) {
    }

    /**
     * One row of attendance.csv.
     *
     * @param person the index of the person in people.csv
     * @param event  the event
     */
    record Attendance(int person, Event event) {
    }

    static final List<Event> EVENTS = List.of(
            new Event("conf-2019", "Network launch conference", "2019-09-19", "conference", Wave.FIRST, 0.9, 0.3,
                    0.02, null),
            new Event("conf-2020", "Knowledge mobilisation conference", "2020-03-05", "conference", Wave.SECOND,
                    0.85, 0.35, 0.04, null),
            new Event("ws-2019", "Research champions workshop: reading the evidence", "2019-10-15", "workshop",
                    Wave.FIRST, 0.6, 0.05, 0, null),
            new Event("ws-2020", "Research champions workshop: designing an enquiry", "2020-01-21", "workshop",
                    Wave.SECOND, 0.65, 0.05, 0, null),
            new Event("enq-literacy", "Enquiry group: early literacy", "2019-11-20", "enquiry group", Wave.FIRST,
                    0.5, 0.1, 0.03, Phase.PRIMARY),
            new Event("enq-maths", "Enquiry group: maths mastery", "2019-12-04", "enquiry group", Wave.FIRST, 0.45,
                    0.1, 0.03, Phase.SECONDARY),
            new Event("enq-online", "Online enquiry meeting", "2020-06-10", "enquiry group", Wave.SECOND, 0.55,
                    0.05, 0.01, null));

    private NetworkEvents() {
    }

    /** Who attended each event, event by event in {@link #EVENTS} order, people in roster order. */
    static List<Attendance> draw(List<StaffMember> staff, Random random) {
        List<Attendance> rows = new ArrayList<>();
        for (Event event : EVENTS) {
            for (int i = 0; i < staff.size(); i++) {
                StaffMember p = staff.get(i);
                double chance = p.member() ? event.member()
                        : p.role() == Role.HEAD_TEACHER || p.role() == Role.SENIOR_LEADER ? event.leader()
                        : event.other();
                boolean forThem = event.phase() == null || event.phase() == p.school().phase();
                // draw for everyone, so that one event's rule never shifts another's draws
                if (random.nextDouble() < chance && forThem) {
                    rows.add(new Attendance(i, event));
                }
            }
        }
        return rows;
    }
}
