package org.plnet.engine.scoring.affiliation;

import java.util.HashSet;
import java.util.Set;

/**
 * The cross-school contact each event makes (affiliations.md, section 3), taking the events in the order
 * they were held. For an event with attendees A:
 * <ul>
 * <li>cross-school pairs: the unordered pairs {a, b} of A whose schools are both known and differ,
 *     C(k, 2) - sum over schools g of C(k_g, 2), where k attendees have a known school, k_g of them school g;</li>
 * <li>new cross-school pairs: those of its cross-school pairs that no earlier event (in the order given) had
 *     both among its attendees.</li>
 * </ul>
 * An event without attendees has 0 of each. Computed eagerly, O(sum of |A|^2) time and memory.
 */
public final class CrossSchoolPairs {

    private final long[] pairs;
    private final long[] newPairs;

    private CrossSchoolPairs(long[] pairs, long[] newPairs) {
        this.pairs = pairs;
        this.newPairs = newPairs;
    }

    /**
     * @param attendees for each event, the distinct people (vertex indices) who attended it
     * @param order     the events in the order they were held (a permutation of the event indices)
     * @param school    each person's school index, -1 when unknown
     */
    public static CrossSchoolPairs compute(int[][] attendees, int[] order, int[] school) {
        long[] pairs = new long[attendees.length];
        long[] newPairs = new long[attendees.length];
        Set<Long> met = new HashSet<>();
        long n = school.length;
        for (int e : order) {
            int[] at = attendees[e];
            for (int i = 0; i < at.length; i++) {
                for (int j = i + 1; j < at.length; j++) {
                    int a = Math.min(at[i], at[j]);
                    int b = Math.max(at[i], at[j]);
                    boolean cross = school[a] >= 0 && school[b] >= 0 && school[a] != school[b];
                    boolean first = met.add(a * n + b);
                    if (cross) {
                        pairs[e]++;
                        newPairs[e] += first ? 1 : 0;
                    }
                }
            }
        }
        return new CrossSchoolPairs(pairs, newPairs);
    }

    /** Cross-school pairs among the attendees of event {@code e}. */
    public long pairs(int e) {
        return pairs[e];
    }

    /** Those of them that met at event {@code e} for the first time. */
    public long newPairs(int e) {
        return newPairs[e];
    }
}
