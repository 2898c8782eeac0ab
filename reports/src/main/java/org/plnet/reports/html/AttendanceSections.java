package org.plnet.reports.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plnet.engine.analysis.EventFigures;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.WaveAffiliations;
import org.plnet.engine.model.Affiliations;
import org.plnet.engine.model.Attendance;
import org.plnet.engine.model.Event;
import org.plnet.engine.model.Study;
import org.plnet.reports.layout.SchoolStyle;

/**
 * Builds the events sections of the HTML reports from the two-mode figures of the report's wave
 * (affiliations.md, sections 3 and 4): the overview's table and picture, and each school's events.
 */
final class AttendanceSections {

    private static final double SIZE = 600;
    private static final double CENTRE = SIZE / 2;
    private static final double PEOPLE_RADIUS = 270;
    private static final double EVENT_RADIUS = 120;

    private AttendanceSections() {
    }

    /** The sections of the overview, or an empty scope when the wave has no attendance. */
    static AttendanceScope overview(Study study, StudyAnalysis analysis, String wave, NameMode mode) {
        return new AttendanceScope(ofWave(analysis, wave).map(w -> overview(study, w, mode)).orElse(null), null);
    }

    /** The sections of a school's page, or an empty scope when the wave has no attendance. */
    static AttendanceScope school(Study study, StudyAnalysis analysis, String wave, NameMode mode, String school) {
        return new AttendanceScope(null, ofWave(analysis, wave).map(w -> school(study, w, mode, school)).orElse(null));
    }

    private static Optional<WaveAffiliations> ofWave(StudyAnalysis analysis, String wave) {
        return analysis.affiliations().stream().filter(w -> w.wave().equals(wave)).findFirst();
    }

    private static EventsOverview overview(Study study, WaveAffiliations wave, NameMode mode) {
        List<EventsOverview.EventRow> rows = new ArrayList<>();
        long newPairs = 0;
        for (EventFigures e : wave.eventFigures()) {
            rows.add(new EventsOverview.EventRow(e.event().name(), date(e.event()), orEmpty(e.event().type()),
                    Cell.count(e.size()), Cell.count(e.schools()), Cell.count(e.crossSchoolPairs()),
                    Cell.count(e.newCrossSchoolPairs())));
            newPairs += e.newCrossSchoolPairs();
        }
        String summary = plural(wave.events(), "event") + " with " + plural(wave.attendances(), "attendance")
                + " in the survey period " + wave.wave() + "; together they brought " + plural(newPairs, "pair")
                + " of people from different schools together for the first time.";
        return new EventsOverview(wave.wave(), summary, rows, picture(study, wave, mode));
    }

    /** Events on an inner ring in the order held, attendees on an outer ring grouped by school. */
    private static EventsOverview.Picture picture(Study study, WaveAffiliations wave, NameMode mode) {
        Affiliations affiliations = study.affiliations().orElseThrow();
        Map<String, Integer> eventAt = new HashMap<>();
        List<EventsOverview.Mark> events = new ArrayList<>();
        int count = wave.eventFigures().size();
        double[][] eventXy = new double[count][];
        for (int k = 0; k < count; k++) {
            EventFigures e = wave.eventFigures().get(k);
            eventAt.put(e.event().id(), k);
            eventXy[k] = ring(k, count, count == 1 ? 0 : EVENT_RADIUS);
            events.add(new EventsOverview.Mark(num(eventXy[k][0]), num(eventXy[k][1]), "", num(eventXy[k][0] - 7),
                    num(eventXy[k][1] - 7), "#333333", e.event().name() + (e.event().date() == null ? ""
                    : " (" + e.event().date() + ")") + ": " + plural(e.size(), "person", "people")));
        }
        int[] school = study.schoolIndex();
        List<Integer> attendees = new ArrayList<>();
        for (int v = 0; v < study.size(); v++) {
            if (wave.peopleFigures().get(v).events() > 0) {
                attendees.add(v);
            }
        }
        // by school (unknown last), then roster order: a school's staff sit together on the ring
        attendees.sort((a, b) -> Integer.compare(school[a] < 0 ? Integer.MAX_VALUE : school[a],
                school[b] < 0 ? Integer.MAX_VALUE : school[b]));
        PersonLabels labels = PersonLabels.forOverview(study, mode);
        Map<Integer, double[]> personXy = new HashMap<>();
        List<EventsOverview.Mark> people = new ArrayList<>();
        for (int k = 0; k < attendees.size(); k++) {
            int v = attendees.get(k);
            double[] xy = ring(k, attendees.size(), PEOPLE_RADIUS);
            personXy.put(v, xy);
            people.add(new EventsOverview.Mark(num(xy[0]), num(xy[1]), "5", "", "", SchoolStyle.of(school[v]).fill(),
                    labels.title(v)));
        }
        List<EventsOverview.Line> lines = new ArrayList<>();
        for (Attendance a : affiliations.attendances(wave.wave())) {
            double[] p = personXy.get(a.person());
            double[] e = eventXy[eventAt.get(affiliations.events().get(a.event()).id())];
            lines.add(new EventsOverview.Line(num(p[0]), num(p[1]), num(e[0]), num(e[1])));
        }
        String description = "Each circle is a person who attended at least one event, in their school's colour,"
                + " with colleagues of one school next to each other around the edge; each dark square is an event;"
                + " a line joins a person to each event they attended. " + plural(attendees.size(), "person", "people")
                + " and " + plural(count, "event") + ".";
        return new EventsOverview.Picture("0 0 " + num(SIZE) + " " + num(SIZE), description, lines, people, events);
    }

    private static SchoolEvents school(Study study, WaveAffiliations wave, NameMode mode, String schoolName) {
        Affiliations affiliations = study.affiliations().orElseThrow();
        int[] school = study.schoolIndex();
        int own = study.schools().indexOf(schoolName);
        PersonLabels labels = PersonLabels.forSchool(study, mode, schoolName);
        Map<Integer, List<Integer>> attendeesOf = new HashMap<>();
        for (Attendance a : affiliations.attendances(wave.wave())) {
            attendeesOf.computeIfAbsent(a.event(), e -> new ArrayList<>()).add(a.person());
        }
        Map<String, Integer> eventIndex = new HashMap<>();
        for (int e = 0; e < affiliations.events().size(); e++) {
            eventIndex.put(affiliations.events().get(e).id(), e);
        }
        List<SchoolEvents.Row> rows = new ArrayList<>();
        Set<Integer> allMet = new LinkedHashSet<>();
        Set<Integer> staffWhoWent = new LinkedHashSet<>();
        for (EventFigures f : wave.eventFigures()) {
            List<Integer> at = attendeesOf.get(eventIndex.get(f.event().id()));
            List<String> who = new ArrayList<>();
            Set<Integer> met = new java.util.TreeSet<>();
            for (int v : at) {
                if (school[v] == own) {
                    who.add(labels.shortLabel(v));
                    staffWhoWent.add(v);
                } else if (school[v] >= 0) {
                    met.add(school[v]);
                }
            }
            if (who.isEmpty()) {
                continue;
            }
            allMet.addAll(met);
            List<String> names = met.stream().map(g -> study.schools().get(g)).toList();
            rows.add(new SchoolEvents.Row(f.event().name(), date(f.event()), Cell.count(who.size()),
                    String.join(", ", who), names.isEmpty() ? "none" : String.join(", ", names),
                    Cell.count(met.size())));
        }
        String summary = rows.isEmpty() ? "None of " + schoolName + "'s staff attended an event in the survey period "
                + wave.wave() + "."
                : plural(staffWhoWent.size(), "member of staff", "members of staff") + " attended "
                + plural(rows.size(), "event") + " in the survey period " + wave.wave() + ", where they met staff of "
                + plural(allMet.size(), "other school") + ".";
        return new SchoolEvents(wave.wave(), summary, rows);
    }

    private static double[] ring(int k, int n, double radius) {
        double angle = 2 * Math.PI * k / Math.max(1, n) - Math.PI / 2;
        return new double[] {CENTRE + radius * Math.cos(angle), CENTRE + radius * Math.sin(angle)};
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String date(Event e) {
        return e.date() == null ? "" : e.date().toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String plural(long n, String one) {
        return plural(n, one, one + "s");
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
