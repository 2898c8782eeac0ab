package org.plnet.reports.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The median of the defined values: the middle one, or the mean of the two middle ones; null when none. */
final class Median {

    private Median() {
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
