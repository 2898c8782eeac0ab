package org.plnet.engine.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes CSV text as RFC 4180 has it: comma separated, LF line ends (each row, the last included, ends
 * with one), a quoted cell wrapped in {@code "} with every {@code "} in it doubled; UTF-8 when written to a
 * stream. Which text cells get quoted is the {@link Quoting} chosen, so that each kind of file keeps the
 * bytes it has always had. A cell is text ({@link String}), a number ({@link Integer}, {@link Long},
 * {@link Double}, written by {@code toString}, never quoted), a {@link Boolean} ({@code true},
 * {@code false}) or {@code null} (an empty cell).
 */
public final class CsvWriter {

    /** Which text cells are quoted; a cell that holds a comma, quote or line break always is. */
    public enum Quoting {
        /**
         * Only a cell that holds a comma, a quote, CR or LF, or starts or ends with whitespace: the files of
         * a study folder, which people also read and edit by hand.
         */
        WHEN_NEEDED,
        /**
         * Also every cell longer than {@value #CAUTIOUS_LENGTH} characters or holding a character below
         * {@code '-'} (space and most ASCII punctuation) or a backslash: Jackson's default CSV quoting, with
         * which the reports' tables have always been written.
         */
        CAUTIOUS;

        /** The longest text cell that {@link #CAUTIOUS} may leave unquoted. */
        public static final int CAUTIOUS_LENGTH = 24;

        boolean quotes(String cell) {
            if (cell.isEmpty()) {
                return false;
            }
            return switch (this) {
                case WHEN_NEEDED -> holdsAny(cell, ",\"\r\n") || Character.isWhitespace(cell.charAt(0))
                        || Character.isWhitespace(cell.charAt(cell.length() - 1));
                case CAUTIOUS -> cell.length() > CAUTIOUS_LENGTH || cell.chars().anyMatch(c -> c < '-' || c == '\\');
            };
        }

        private static boolean holdsAny(String cell, String chars) {
            return chars.chars().anyMatch(c -> cell.indexOf(c) >= 0);
        }
    }

    private final Quoting quoting;
    private final StringBuilder text = new StringBuilder();

    public CsvWriter(Quoting quoting) {
        this.quoting = Objects.requireNonNull(quoting);
    }

    /** Adds one row. */
    public CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append('\n');
        return this;
    }

    /** Adds one row. */
    public CsvWriter row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** One cell as written. */
    public String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return quoting.quotes(s) ? '"' + s.replace("\"", "\"\"") + '"' : s;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Double || value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException("a CSV cell of type " + value.getClass().getName());
    }

    /** The rows so far. */
    public String text() {
        return text.toString();
    }

    /** Writes the rows so far as UTF-8; flushes, does not close. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(text().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public String toString() {
        return text();
    }
}
