package org.plnet.surveys.imports.write;

import java.util.List;

/**
 * Writes CSV text the way every file of a study folder is written: UTF-8 (by the caller), comma separated,
 * LF line ends, a cell quoted (RFC 4180) only when it holds a comma, a quote, a line break or surrounding
 * spaces.
 */
final class CsvLines {

    private final StringBuilder out = new StringBuilder();

    CsvLines row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i) == null ? "" : cells.get(i)));
        }
        out.append('\n');
        return this;
    }

    CsvLines row(String... cells) {
        return row(List.of(cells));
    }

    static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || (!cell.isEmpty() && (Character.isWhitespace(cell.charAt(0))
                || Character.isWhitespace(cell.charAt(cell.length() - 1))));
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
