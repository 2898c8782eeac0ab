package org.plnet.surveys.rows;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code weight} cell of ties.csv: a plain decimal number (1, 2.5, 1e2), 1 when empty. Java's own parser
 * would also take "NaN", "Infinity", hexadecimal and "1d"; those are not weights.
 */
final class WeightCell {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NOT_A_NUMBER = Pattern.compile("[+-]?nan");
    private static final Pattern INFINITE = Pattern.compile("[+-]?(inf|infinity|∞)");
    private static final Pattern NON_ZERO_DIGIT = Pattern.compile("[1-9]");
    /**
     * The largest weight: with at most 2^31 ties, sums of weights and of their squares stay far from
     * {@code Double.MAX_VALUE} (10^15 squared times 2^31 is about 2 x 10^39).
     */
    static final double MAX = 1e15;
    /** The smallest positive weight: below it a weight could round to 0 or its inverse overflow. */
    static final double MIN = 1e-15;

    /**
     * @param weight  the weight, when {@code problem} is null
     * @param problem why the cell is not a weight, or {@code null}
     */
    record Parsed(double weight, String problem) {
    }

    private WeightCell() {
    }

    /** The digits before the exponent. */
    private static String mantissa(String s) {
        int e = s.toLowerCase(Locale.ROOT).indexOf('e');
        return e < 0 ? s : s.substring(0, e);
    }

    static Parsed parse(String cell) {
        String s = cell.trim();
        if (s.isEmpty()) {
            return new Parsed(1, null);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (NOT_A_NUMBER.matcher(lower).matches()) {
            return new Parsed(Double.NaN, "weight '" + s + "' is not a number (NaN)");
        }
        if (INFINITE.matcher(lower).matches()) {
            return new Parsed(Double.NaN, "weight '" + s + "' is infinite");
        }
        if (!DECIMAL.matcher(s).matches()) {
            String hint = s.matches("[+-]?\\d+,\\d+") ? " (write a decimal point, not a comma)" : "";
            return new Parsed(Double.NaN, "weight '" + s + "' is not a number" + hint);
        }
        double w = Double.parseDouble(s);
        if (w < 0) {
            return new Parsed(Double.NaN, "weight '" + s + "' is negative: a weight is 0 (no tie) or positive");
        }
        if (Double.isInfinite(w) || w > MAX) {
            return new Parsed(Double.NaN, "weight '" + s + "' is too large: plnet takes weights up to 10^15, so"
                    + " that no sum or product of weights overflows");
        }
        if (w < MIN && (w != 0 || NON_ZERO_DIGIT.matcher(mantissa(s)).find())) {
            return new Parsed(Double.NaN, "weight '" + s + "' is too small: plnet takes positive weights from"
                    + " 10^-15, so that none is rounded to 0 (write 0 for no tie)");
        }
        return new Parsed(w == 0 ? 0 : w, null); // -0 is 0
    }
}
