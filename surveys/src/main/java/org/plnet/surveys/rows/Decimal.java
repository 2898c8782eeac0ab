package org.plnet.surveys.rows;

import java.math.BigDecimal;

/** Numbers in messages as people write them: 4, 2.5 (no "4.0"). */
public final class Decimal {

    private Decimal() {
    }

    /** {@code value} as people write it. */
    public static String text(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
