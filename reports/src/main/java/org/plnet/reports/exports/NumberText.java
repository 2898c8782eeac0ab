package org.plnet.reports.exports;

/**
 * Numbers as text for the export formats: whole numbers without a decimal point ({@code 3}, not
 * {@code 3.0}), other values as {@link Double#toString(double)} (shortest text that reads back to the same
 * double; valid as an XML Schema {@code double} and for Pajek and UCINET).
 */
final class NumberText {

    /** Below 2^53 every whole double is an exact long. */
    private static final double EXACT_LONG = 9.007199254740992E15;

    private NumberText() {
    }

    static String of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
