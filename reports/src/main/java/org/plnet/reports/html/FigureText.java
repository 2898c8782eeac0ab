package org.plnet.reports.html;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the reports write numbers for people to read: shares as whole percentages, tie strengths with two
 * decimals, counts as integers, undefined values as "n/a"; and, for machines (sorting, tests), the exact
 * value. Locale-free, so every machine writes the same bytes.
 */
public final class FigureText {

    /** The text of an undefined value (a share whose denominator is 0). */
    public static final String UNDEFINED = "n/a";

    /** The text of a change that rounds to 0. */
    public static final String NO_CHANGE = "no change";

    private FigureText() {
    }

    /** 0.4 -> "40%"; half-up rounding; null -> "n/a". */
    public static String percent(Double share) {
        if (share == null) {
            return UNDEFINED;
        }
        return round(share * 100, 0) + "%";
    }

    /** 0.4321 -> "0.43"; null -> "n/a". */
    public static String decimal(Double value) {
        return value == null ? UNDEFINED : round(value, 2);
    }

    /** 1234 -> "1234". */
    public static String count(long value) {
        return Long.toString(value);
    }

    /**
     * A count that may be undefined, or the median of counts: never half a person, so a median between two
     * whole numbers reads "3 or 4".
     */
    public static String count(Double value) {
        if (value == null) {
            return UNDEFINED;
        }
        if (value == Math.rint(value)) {
            return round(value, 0);
        }
        return round(Math.floor(value), 0) + " or " + round(Math.ceil(value), 0);
    }

    /** The exact value for a {@code data-value} attribute: "" when undefined. */
    public static String exact(Double value) {
        return value == null ? "" : Double.toString(value);
    }

    /** The exact value of a count. */
    public static String exact(long value) {
        return Long.toString(value);
    }

    /** The change between two shares in percentage points: "+7 points", "-3 points", "no change". */
    public static String percentChange(Double before, Double now) {
        if (before == null || now == null) {
            return UNDEFINED;
        }
        // the difference of the two displayed (rounded) percentages, so that "86% -> 90%" reads "+4 points"
        long shown = Long.parseLong(round(now * 100, 0)) - Long.parseLong(round(before * 100, 0));
        String text = Long.toString(shown);
        String signed = signed(text);
        if (signed.equals(NO_CHANGE)) {
            return signed;
        }
        return signed + (text.equals("1") || text.equals("-1") ? " point" : " points");
    }

    /** The change between two decimals: "+0.05", "-0.10", "no change". */
    public static String decimalChange(Double before, Double now) {
        if (before == null || now == null) {
            return UNDEFINED;
        }
        // the difference of the two displayed (rounded) decimals: "0.56 -> 0.54" reads "-0.02"
        BigDecimal shown = new BigDecimal(round(now, 2)).subtract(new BigDecimal(round(before, 2)));
        return signed(shown.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
    }

    /** The change between two counts: "+3", "-2", "no change". */
    public static String countChange(double before, double now) {
        return signed(round(now - before, now - before == Math.rint(now - before) ? 0 : 1));
    }

    private static String signed(String text) {
        if (text.matches("-?0(\\.0+)?")) {
            return NO_CHANGE;
        }
        return text.startsWith("-") ? "\u2212" + text.substring(1) : "+" + text;
    }

    /** Half-up rounding to a number of decimals; never "-0". */
    static String round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return UNDEFINED;
        }
        String text = new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return text.matches("-0(\\.0+)?") ? text.substring(1) : text;
    }
}
