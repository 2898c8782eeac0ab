package org.plnet.examples.newforest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Who answered the survey in each wave. Every network member answered (they were surveyed at a network
 * meeting); among the other staff each school misses exactly as many as its target response rate
 * leaves out. Missing the survey persists: a first-wave non-respondent misses the second wave too with
 * probability {@value #STILL_MISSING}.
 */
final class Responses {

    static final double STILL_MISSING = 0.6;

    private final boolean[][] answered;

    private Responses(boolean[][] answered) {
        this.answered = answered;
    }

    /** Draws the respondents of both waves. */
    static Responses draw(List<StaffMember> staff, Random random) {
        Map<School, List<Integer>> colleaguesBySchool = new LinkedHashMap<>();
        for (int i = 0; i < staff.size(); i++) {
            StaffMember person = staff.get(i);
            List<Integer> colleagues = colleaguesBySchool.computeIfAbsent(person.school(), s -> new ArrayList<>());
            if (!person.member()) {
                colleagues.add(i);
            }
        }
        boolean[][] answered = new boolean[Wave.values().length][staff.size()];
        for (boolean[] wave : answered) {
            Arrays.fill(wave, true);
        }
        for (Map.Entry<School, List<Integer>> entry : colleaguesBySchool.entrySet()) {
            School school = entry.getKey();
            List<Integer> colleagues = entry.getValue();
            List<Integer> first = missing(colleagues, List.of(), count(school, Wave.FIRST), random);
            first.forEach(i -> answered[Wave.FIRST.ordinal()][i] = false);
            List<Integer> second = missing(colleagues, first, count(school, Wave.SECOND), random);
            second.forEach(i -> answered[Wave.SECOND.ordinal()][i] = false);
        }
        return new Responses(answered);
    }

    /** Whether person {@code i} (roster index) answered in the wave. */
    boolean answered(Wave wave, int i) {
        return answered[wave.ordinal()][i];
    }

    private static int count(School school, Wave wave) {
        return school.staff() - (int) Math.round(school.staff() * school.response(wave));
    }

    /** Chooses {@code count} non-respondents, keeping some of the previous wave's. */
    private static List<Integer> missing(List<Integer> colleagues, List<Integer> before, int count, Random random) {
        List<Integer> stay = new ArrayList<>();
        for (int i : before) {
            if (random.nextDouble() < STILL_MISSING) {
                stay.add(i);
            }
        }
        Collections.shuffle(stay, random);
        List<Integer> chosen = new ArrayList<>(stay.subList(0, Math.min(count, stay.size())));
        List<Integer> fresh = new ArrayList<>(colleagues);
        fresh.removeAll(before);
        Collections.shuffle(fresh, random);
        chosen.addAll(fresh.subList(0, count - chosen.size()));
        Collections.sort(chosen);
        return chosen;
    }
}
