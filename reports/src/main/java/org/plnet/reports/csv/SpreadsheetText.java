package org.plnet.reports.csv;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV/formula injection, OWASP): a cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets
 * show as text and do not display. Only text cells pass through here; numbers stay numbers.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The text as a safe cell; {@code null} stays {@code null} (an empty cell). */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return risky ? "'" + text : text;
    }
}
