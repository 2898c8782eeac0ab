package org.plnet.reports.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The median of the defined values: the middle one, or the mean of the two middle ones; null when none. */
final class Median {

    private Median() {
    }

    /**
     * The range of the middle half of the values, lower to upper quartile by nearest rank (so that both
     * ends are values that occur, never half a person); {@code null} when there are fewer than 4 values.
     */
    static double[] middleHalf(Collection<Double> values) {
        List<Double> defined = new ArrayList<>();
        for (Double v : values) {
            if (v != null && !v.isNaN()) {
                defined.add(v);
            }
        }
        int n = defined.size();
        if (n < 4) {
            return null;
        }
        defined.sort(null);
        return new double[] {defined.get((int) Math.ceil(0.25 * n) - 1), defined.get((int) Math.ceil(0.75 * n) - 1)};
    }

    static Double of(Collection<Double> values) {
        List<Double> defined = new ArrayList<>();
        for (Double v : values) {
            if (v != null && !v.isNaN()) {
                defined.add(v);
            }
        }
        if (defined.isEmpty()) {
            return null;
        }
        defined.sort(null);
        int n = defined.size();
        return n % 2 == 1 ? defined.get(n / 2) : (defined.get(n / 2 - 1) + defined.get(n / 2)) / 2;
    }
}
