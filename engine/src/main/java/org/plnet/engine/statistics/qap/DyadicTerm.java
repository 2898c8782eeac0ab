package org.plnet.engine.statistics.qap;

import java.util.Objects;
import org.plnet.engine.graph.CompactGraph;

/**
 * A dyadic variable of QAP (statistics.md, section 3): an n x n matrix Z over the people of the study, its
 * diagonal excluded, held in sparse form so that no n x n matrix is ever made. Sums run over the
 * N = n(n - 1) off-diagonal cells.
 */
public sealed interface DyadicTerm {

    /** The term as echoed in qap.json, e.g. {@code advice@2020}, {@code same:school}, {@code (intercept)}. */
    String label();

    /** n, the number of people (rows). */
    int size();

    /** sum of Z over the off-diagonal cells. */
    double total();

    /** sum of Z^2 over the off-diagonal cells, the cross-product of Z with itself (invariant under permutation). */
    double sumOfSquares();

    /**
     * {@code REL@WAVE}: Z[u][v] = 1 (or the weight, when weighted) for an arc u -> v of D, else 0.
     *
     * @param d        the graph D of the relation and wave
     * @param weighted whether a tie counts its weight rather than 1
     */
    record Ties(String label, CompactGraph d, boolean weighted) implements DyadicTerm {

        public Ties {
            Objects.requireNonNull(label);
            Objects.requireNonNull(d);
        }

        @Override
        public int size() {
            return d.vertexCount();
        }

        /** The value of arc k of the out-adjacency arrays. */
        double value(int k) {
            return weighted ? d.outWeights()[k] : 1.0;
        }

        /** Z[u][v]: a binary search in u's out-row. */
        double at(int u, int v) {
            if (!weighted) {
                return d.hasArc(u, v) ? 1.0 : 0.0;
            }
            return d.arcWeight(u, v);
        }

        @Override
        public double total() {
            double sum = 0;
            for (int k = 0; k < d.arcCount(); k++) {
                sum += value(k);
            }
            return sum;
        }

        @Override
        public double sumOfSquares() {
            double sum = 0;
            for (int k = 0; k < d.arcCount(); k++) {
                sum += value(k) * value(k);
            }
            return sum;
        }
    }

    /**
     * {@code same:ATTR}: Z[u][v] = 1 when u and v have the same non-empty value, else 0.
     *
     * @param group  each person's value as an index {@code 0..groups-1}, -1 when empty
     * @param groups the number of distinct non-empty values
     */
    record SameGroup(String label, int[] group, int groups) implements DyadicTerm {

        public SameGroup {
            Objects.requireNonNull(label);
            group = group.clone();
            for (int g : group) {
                if (g < -1 || g >= groups) {
                    throw new IllegalArgumentException("group index " + g + " outside -1.." + (groups - 1));
                }
            }
        }

        @Override
        public int size() {
            return group.length;
        }

        /** sum over the groups of n_g (n_g - 1): the ordered pairs of distinct people in one group. */
        @Override
        public double total() {
            long[] sizes = new long[groups];
            for (int g : group) {
                if (g >= 0) {
                    sizes[g]++;
                }
            }
            long pairs = 0;
            for (long s : sizes) {
                pairs += s * (s - 1);
            }
            return pairs;
        }

        @Override
        public double sumOfSquares() {
            return total();
        }
    }

    /** The intercept J: 1 in every off-diagonal cell. */
    record Intercept(int size) implements DyadicTerm {

        /** The term name of the intercept in qap.json. */
        public static final String LABEL = "(intercept)";

        @Override
        public String label() {
            return LABEL;
        }

        @Override
        public double total() {
            return (double) size * (size - 1);
        }

        @Override
        public double sumOfSquares() {
            return total();
        }
    }
}
