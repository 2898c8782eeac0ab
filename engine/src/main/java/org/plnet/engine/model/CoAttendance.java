package org.plnet.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The one-mode projection of two-mode data (affiliations.md, section 2; Breiger 1974, "The duality of persons
 * and groups", Social Forces 53(2)): for a wave, people a != b get w(a, b) = w(b, a) = the number of events of
 * that wave both attended. Both a -> b and b -> a are kept for every pair with w >= 1; the graph D leaves out
 * those below the relation's tieMin, as for any relation.
 */
public final class CoAttendance {

    private CoAttendance() {
    }

    /** The kept ties of the projection in one wave, sorted by (source, target); none when nobody met. */
    public static KeptTies project(Affiliations affiliations, int people, String wave) {
        TreeMap<Long, Integer> shared = sharedEvents(affiliations, wave, people);
        int n = 2 * shared.size();
        List<long[]> arcs = new ArrayList<>(n);
        shared.forEach((pair, w) -> {
            long a = pair / people;
            long b = pair % people;
            arcs.add(new long[] {a, b, w});
            arcs.add(new long[] {b, a, w});
        });
        arcs.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        int[] sources = new int[n];
        int[] targets = new int[n];
        double[] weights = new double[n];
        for (int k = 0; k < n; k++) {
            sources[k] = (int) arcs.get(k)[0];
            targets[k] = (int) arcs.get(k)[1];
            weights[k] = arcs.get(k)[2];
        }
        return new KeptTies(affiliations.relation(), wave, sources, targets, weights);
    }

    /** The most events two people shared in one wave, over every wave; 0 when nobody shared one. */
    public static int largestWeight(Affiliations affiliations, int people) {
        int largest = 0;
        for (String wave : affiliations.waves()) {
            for (int w : sharedEvents(affiliations, wave, people).values()) {
                largest = Math.max(largest, w);
            }
        }
        return largest;
    }

    /** Per unordered pair a < b (keyed a * people + b), the events of the wave both attended. */
    private static TreeMap<Long, Integer> sharedEvents(Affiliations affiliations, String wave, int people) {
        List<List<Integer>> attendees = new ArrayList<>();
        for (int e = 0; e < affiliations.events().size(); e++) {
            attendees.add(new ArrayList<>());
        }
        for (Attendance a : affiliations.attendances(wave)) {
            attendees.get(a.event()).add(a.person());
        }
        TreeMap<Long, Integer> shared = new TreeMap<>();
        for (List<Integer> at : attendees) {
            for (int i = 0; i < at.size(); i++) {
                for (int j = i + 1; j < at.size(); j++) {
                    int a = Math.min(at.get(i), at.get(j));
                    int b = Math.max(at.get(i), at.get(j));
                    shared.merge((long) a * people + b, 1, Integer::sum);
                }
            }
        }
        return shared;
    }
}
