package org.plnet.surveys.imports.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

/**
 * The lines of a text network file (UCINET DL, Pajek) and the tokens of a line, each with where it is.
 * Lines end with LF, CRLF or CR.
 */
final class TextLines {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** One word of a line: its text (quotes removed) and 1-based column. */
    record Token(String text, int column, boolean quoted) {

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private final String file;
    private final String[] lines;

    TextLines(String text, String file) {
        this.file = file;
        this.lines = text.split("\r\n|\n|\r", -1);
    }

    String file() {
        return file;
    }

    int count() {
        return lines.length;
    }

    /** The text of line {@code index} (0-based). */
    String line(int index) {
        return lines[index];
    }

    /** Where 0-based line {@code index}, 1-based {@code column} is (column 0: the whole line). */
    SourceLocation at(int index, int column) {
        return new SourceLocation(file, index + 1, column);
    }

    SourceLocation at(int index, Token token) {
        return at(index, token.column());
    }

    /**
     * The tokens of {@code line} from {@code from} (0-based) on: runs of characters that are not in
     * {@code separators} or white space, or a text in double quotes (which may hold separators).
     */
    List<Token> tokens(int index, int from, String separators) {
        String line = lines[index];
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || separators.indexOf(c) >= 0) {
                i++;
            } else if (c == '"') {
                int end = line.indexOf('"', i + 1);
                if (end < 0) {
                    throw new InputException(at(index, i + 1), "a quoted label is not closed on its line");
                }
                tokens.add(new Token(line.substring(i + 1, end), i + 1, true));
                i = end + 1;
            } else {
                int start = i;
                while (i < line.length() && !Character.isWhitespace(line.charAt(i))
                        && separators.indexOf(line.charAt(i)) < 0 && line.charAt(i) != '"') {
                    i++;
                }
                tokens.add(new Token(line.substring(start, i), start + 1, false));
            }
        }
        return tokens;
    }

    /**
     * The labels on {@code line} from {@code from} on: when the text holds a comma outside quotes, the
     * comma-separated parts (trimmed, so "Jane Smith, Tom O'Neill" is two labels); else the {@link #tokens}
     * separated by white space. A label in double quotes may hold commas and spaces.
     */
    List<Token> labels(int index, int from) {
        String line = lines[index];
        boolean quoted = false;
        boolean comma = false;
        for (int i = from; i < line.length() && !comma; i++) {
            char c = line.charAt(i);
            quoted ^= c == '"';
            comma = c == ',' && !quoted;
        }
        if (!comma) {
            return tokens(index, from, "");
        }
        List<Token> labels = new ArrayList<>();
        int start = from;
        quoted = false;
        for (int i = from; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ',';
            quoted ^= c == '"';
            if (c == ',' && !quoted || i == line.length()) {
                String part = line.substring(start, Math.min(i, line.length()));
                int lead = 0;
                while (lead < part.length() && Character.isWhitespace(part.charAt(lead))) {
                    lead++;
                }
                String text = part.strip();
                boolean inQuotes = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"");
                if (inQuotes) {
                    text = text.substring(1, text.length() - 1);
                }
                if (!text.isEmpty()) {
                    labels.add(new Token(text, start + lead + 1, inQuotes));
                }
                start = i + 1;
            }
        }
        return labels;
    }

    /** Where the file ends: its last line that is not blank, without a column. */
    SourceLocation end() {
        int last = lines.length - 1;
        while (last > 0 && lines[last].isBlank()) {
            last--;
        }
        return new SourceLocation(file, last + 1, 0);
    }

    boolean isBlank(int index) {
        return lines[index].isBlank();
    }

    /**
     * A tie's value: a finite number at least 0.
     *
     * @throws InputException naming the line and column when it is not a number or is negative
     */
    double value(int index, Token token, String what) {
        return strength(token.text(), at(index, token), what);
    }

    /**
     * A tie's strength written as {@code text}: a finite decimal number at least 0.
     *
     * @throws InputException at {@code where} when it is not a number or is negative
     */
    static double strength(String text, SourceLocation where, String what) {
        if (!isNumber(text)) {
            throw new InputException(where, what + " '" + text + "' is not a number");
        }
        double v = Double.parseDouble(text);
        if (Double.isInfinite(v)) {
            throw new InputException(where, what + " '" + text + "' is too large");
        }
        if (v < 0) {
            throw new InputException(where, what + " " + text
                    + " is negative; a tie's strength must be 0 (no tie) or more");
        }
        return v;
    }

    /** Whether a text is a decimal number ("2", "-0.5", "1e3"; not "NaN", "0x1p3" or "2d"). */
    static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }
}
