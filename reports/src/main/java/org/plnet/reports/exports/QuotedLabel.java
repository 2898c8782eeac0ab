package org.plnet.reports.exports;

/**
 * A label between double quotes for Pajek and UCINET DL. Neither format can escape a quote inside a quoted
 * label, so a double quote becomes an apostrophe; line breaks and tabs, which would end the label's line,
 * become spaces; other control characters are dropped. Everything else (commas, spaces, non-ASCII letters)
 * is kept as it is, the files being UTF-8.
 */
final class QuotedLabel {

    private QuotedLabel() {
    }

    static String of(String label) {
        StringBuilder b = new StringBuilder(label.length() + 2).append('"');
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == '"') {
                b.append('\'');
            } else if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else if (!Character.isISOControl(c)) {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
