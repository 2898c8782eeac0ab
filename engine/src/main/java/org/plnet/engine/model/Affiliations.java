package org.plnet.engine.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Two-mode data (affiliations.md): the events of a study and who attended each, per wave, with the settings of
 * the co-attendance relation they project to. Immutable.
 */
public final class Affiliations {

    /** The projected relation's name when study.yaml gives none. */
    public static final String DEFAULT_RELATION = "co-attendance";

    private final String relation;
    private final int tieMin;
    private final Double strongTieMin;
    private final List<Event> events;
    private final SortedMap<String, List<Attendance>> byWave;

    /**
     * @param relation     the name of the projected relation
     * @param tieMin       the shared events needed for a tie, at least 1
     * @param strongTieMin the smallest weight of a strong tie, or {@code null} for the default of school-links.md
     * @param events       every event, in the order of events.csv (or of first appearance in attendance.csv)
     * @param attendances  the distinct (person, event, wave) rows, in file order
     * @throws IllegalArgumentException when tieMin is below 1, an event id repeats or a row repeats
     */
    public Affiliations(String relation, int tieMin, Double strongTieMin, List<Event> events,
                        List<Attendance> attendances) {
        this.relation = Objects.requireNonNull(relation, "relation");
        if (tieMin < 1) {
            throw new IllegalArgumentException("tieMin must be at least 1");
        }
        if (strongTieMin != null && !(strongTieMin > 0)) {
            throw new IllegalArgumentException("strongTieMin must be positive");
        }
        this.tieMin = tieMin;
        this.strongTieMin = strongTieMin;
        this.events = List.copyOf(events);
        if (events.stream().map(Event::id).distinct().count() != events.size()) {
            throw new IllegalArgumentException("repeated event id");
        }
        TreeMap<String, List<Attendance>> waves = new TreeMap<>(CodePointOrder.INSTANCE);
        LinkedHashSet<Attendance> distinct = new LinkedHashSet<>();
        for (Attendance a : attendances) {
            if (a.event() >= events.size()) {
                throw new IllegalArgumentException("attendance at an unknown event");
            }
            if (!distinct.add(a)) {
                throw new IllegalArgumentException("repeated attendance " + a);
            }
            waves.computeIfAbsent(a.wave(), w -> new ArrayList<>()).add(a);
        }
        waves.replaceAll((w, rows) -> List.copyOf(rows));
        this.byWave = java.util.Collections.unmodifiableSortedMap(waves);
    }

    public String relation() {
        return relation;
    }

    public int tieMin() {
        return tieMin;
    }

    public List<Event> events() {
        return events;
    }

    /** The waves with at least one attendance, in code point order. */
    public java.util.Set<String> waves() {
        return byWave.keySet();
    }

    /** The distinct attendances of a wave, in file order; empty for a wave without any. */
    public List<Attendance> attendances(String wave) {
        return byWave.getOrDefault(wave, List.of());
    }

    /**
     * The events in the order "new cross-school pairs" counts them (affiliations.md, section 3): by date, the
     * events without a date after the dated ones, then by their order in {@link #events()}.
     */
    public List<Integer> chronologicalOrder() {
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            order.add(e);
        }
        order.sort(Comparator.comparing((Integer e) -> events.get(e).date(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(order); // List.sort is stable: ties keep file order
    }

    /**
     * The settings of the projected relation (affiliations.md, section 2): flow mutual, {@code scaleMax} the
     * larger of the largest weight of any wave and tieMin, strongTieMin as set or the default of school-links.md.
     *
     * @param largestWeight the most events any two people shared in one wave (0 when nobody shared one)
     */
    public Relation relationSettings(int largestWeight) {
        double scaleMax = Math.max(largestWeight, tieMin);
        return new Relation(relation, null, Flow.MUTUAL, scaleMax, tieMin,
                strongTieMin != null ? strongTieMin : Relation.defaultStrongTieMin(scaleMax));
    }
}
