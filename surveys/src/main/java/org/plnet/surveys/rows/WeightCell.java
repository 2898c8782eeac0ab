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

    /**
     * @param weight  the weight, when {@code problem} is null
     * @param problem why the cell is not a weight, or {@code null}
     */
    record Parsed(double weight, String problem) {
    }

    private WeightCell() {
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
        if (Double.isInfinite(w)) {
            return new Parsed(Double.NaN, "weight '" + s + "' is too large (infinite)");
        }
        if (w < 0) {
            return new Parsed(Double.NaN, "weight '" + s + "' is negative: a weight is 0 (no tie) or positive");
        }
        return new Parsed(w == 0 ? 0 : w, null); // -0 is 0
    }
}
