package org.plnet.engine.statistics.qap;

import java.util.Arrays;

/**
 * The cross-product of a node-permuted term with an unpermuted one,
 * &lt;A^pi, B&gt; = sum over u != v of A[pi(u)][pi(v)] B[u][v], computed from tie lists and group labels:
 * <ul>
 *   <li>either side the intercept J: the other side's total (a permutation moves cells, it keeps their sum);
 *   <li>B ties: a pass over B's arcs (u, v), looking A up at (pi(u), pi(v)) (a binary search when A is ties,
 *       a comparison of labels when A is a group term): O(m log d);
 *   <li>A ties, B groups: a pass over A's arcs (a, b), comparing B's labels at (pi^-1(a), pi^-1(b)): O(m);
 *   <li>both groups: with the contingency table C[g][h] = #{u : A's group of pi(u) is g, B's group of u is h},
 *       the sum is sum over g, h of C[g][h] (C[g][h] - 1): O(n + groups^2).
 * </ul>
 * One instance holds the scratch space of one thread.
 */
final class PermutedCrossProduct {

    private long[] table = new long[0];

    /**
     * &lt;A^pi, B&gt;.
     *
     * @param pi      the permutation, {@code pi[u]} the person whose row u takes
     * @param inverse its inverse
     */
    double of(DyadicTerm a, DyadicTerm b, int[] pi, int[] inverse) {
        if (a instanceof DyadicTerm.Intercept) {
            return b.total();
        }
        if (b instanceof DyadicTerm.Intercept) {
            return a.total();
        }
        if (b instanceof DyadicTerm.Ties tb) {
            int[] offsets = tb.d().outOffsets();
            int[] targets = tb.d().outTargets();
            double sum = 0;
            if (a instanceof DyadicTerm.Ties ta) {
                for (int u = 0; u < offsets.length - 1; u++) {
                    int pu = pi[u];
                    for (int k = offsets[u]; k < offsets[u + 1]; k++) {
                        sum += tb.value(k) * ta.at(pu, pi[targets[k]]);
                    }
                }
            } else {
                int[] ga = ((DyadicTerm.SameGroup) a).group();
                for (int u = 0; u < offsets.length - 1; u++) {
                    int g = ga[pi[u]];
                    if (g < 0) {
                        continue;
                    }
                    for (int k = offsets[u]; k < offsets[u + 1]; k++) {
                        sum += g == ga[pi[targets[k]]] ? tb.value(k) : 0;
                    }
                }
            }
            return sum;
        }
        DyadicTerm.SameGroup gb = (DyadicTerm.SameGroup) b;
        int[] hb = gb.group();
        if (a instanceof DyadicTerm.Ties ta) {
            int[] offsets = ta.d().outOffsets();
            int[] targets = ta.d().outTargets();
            double sum = 0;
            for (int x = 0; x < offsets.length - 1; x++) {
                int h = hb[inverse[x]];
                if (h < 0) {
                    continue;
                }
                for (int k = offsets[x]; k < offsets[x + 1]; k++) {
                    sum += h == hb[inverse[targets[k]]] ? ta.value(k) : 0;
                }
            }
            return sum;
        }
        DyadicTerm.SameGroup ga = (DyadicTerm.SameGroup) a;
        int[] g = ga.group();
        int width = gb.groups();
        int cells = ga.groups() * width;
        if (table.length < cells) {
            table = new long[cells];
        }
        Arrays.fill(table, 0, cells, 0);
        for (int u = 0; u < hb.length; u++) {
            int gu = g[pi[u]];
            if (gu >= 0 && hb[u] >= 0) {
                table[gu * width + hb[u]]++;
            }
        }
        long pairs = 0;
        for (int c = 0; c < cells; c++) {
            pairs += table[c] * (table[c] - 1);
        }
        return pairs;
    }
}
