package org.plnet.engine.scoring.change;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.plnet.engine.graph.CompactGraph;

/**
 * The ties kept, new and lost between two waves of one relation (statistics.md, section 4), counted only over
 * ordered pairs (a, b) whose source a answered in both waves: a tie cannot be lost by someone who did not
 * answer, nor be new from someone whose earlier answer is unknown.
 *
 * <p>With D1 and D2 the graphs of waves w1 and w2 on the same people and R the people who answered in both:
 * kept = |{(a, b) ∈ D1 ∩ D2 : a ∈ R}|, new = |{(a, b) ∈ D2 \ D1 : a ∈ R}|, lost = |{(a, b) ∈ D1 \ D2 : a ∈ R}|,
 * and the Jaccard stability kept / (kept + new + lost), {@code null} when that sum is 0. The same counts are
 * given per school of the source a. Cost O(n + m1 + m2): the sorted out-rows of a in D1 and D2 are merged.
 *
 * <p>Reference: the Jaccard index of the two waves' tie sets, as used for network stability in stochastic
 * actor-oriented models (T. A. B. Snijders, G. G. van de Bunt and C. E. G. Steglich (2010), "Introduction
 * to stochastic actor-based models for network dynamics", Social Networks 32(1):44–60).
 *
 * @param kept     ties in both waves
 * @param added    ties in w2 only ("new" in metrics.json)
 * @param lost     ties in w1 only
 * @param schools  per school index s: the same counts over the ties whose source is on s's staff
 */
public record TieTurnover(long kept, long added, long lost, List<SchoolTurnover> schools) {

    /**
     * The counts of the ties whose source is on one school's staff.
     *
     * @param kept  ties in both waves
     * @param added ties in w2 only
     * @param lost  ties in w1 only
     */
    public record SchoolTurnover(long kept, long added, long lost) {
    }

    public TieTurnover {
        schools = List.copyOf(schools);
    }

    /**
     * Counts the turnover.
     *
     * @param first        D1, as sorted out-rows ({@link org.plnet.engine.graph.CompactGraph})
     * @param second       D2 on the same people
     * @param answeredBoth R: who answered in both waves
     * @param school       each person's school index, -1 when unknown
     * @param schoolCount  the number of schools
     */
    public static TieTurnover count(CompactGraph first,
                                    CompactGraph second, BitSet answeredBoth, int[] school,
                                    int schoolCount) {
        int n = first.vertexCount();
        if (second.vertexCount() != n || school.length != n) {
            throw new IllegalArgumentException("both waves and the schools must cover the same " + n + " people");
        }
        long[][] bySchool = new long[schoolCount][3];
        long[] all = new long[3];
        for (int a = answeredBoth.nextSetBit(0); a >= 0 && a < n; a = answeredBoth.nextSetBit(a + 1)) {
            long[] counts = new long[3];
            merge(first.outTargets(), first.outOffsets()[a], first.outOffsets()[a + 1],
                    second.outTargets(), second.outOffsets()[a], second.outOffsets()[a + 1], counts);
            for (int k = 0; k < 3; k++) {
                all[k] += counts[k];
                if (school[a] >= 0) {
                    bySchool[school[a]][k] += counts[k];
                }
            }
        }
        List<SchoolTurnover> schools = new ArrayList<>(schoolCount);
        for (long[] c : bySchool) {
            schools.add(new SchoolTurnover(c[0], c[1], c[2]));
        }
        return new TieTurnover(all[0], all[1], all[2], schools);
    }

    /** kept / (kept + new + lost); {@code null} when no tie of a two-wave respondent exists in either wave. */
    public Double jaccard() {
        long all = kept + added + lost;
        return all == 0 ? null : (double) kept / all;
    }

    /** counts[0] += common, counts[1] += only in the second row, counts[2] += only in the first. */
    private static void merge(int[] x, int xFrom, int xTo, int[] y, int yFrom, int yTo, long[] counts) {
        int i = xFrom;
        int j = yFrom;
        while (i < xTo && j < yTo) {
            if (x[i] == y[j]) {
                counts[0]++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                counts[2]++;
                i++;
            } else {
                counts[1]++;
                j++;
            }
        }
        counts[2] += xTo - i;
        counts[1] += yTo - j;
    }
}
