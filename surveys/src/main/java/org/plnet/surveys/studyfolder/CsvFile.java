package org.plnet.surveys.studyfolder;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.plnet.engine.input.SourceLocation;
import org.plnet.surveys.report.ImportReport;

/**
 * A CSV file of the study folder (RFC 4180 through Jackson's CSV parser), read as a stream of rows: the header
 * first, with column names matched case-insensitively, then each data row with the line of every cell, so that
 * a cell after a quoted line break is still located right. Blank lines are skipped; a row with more or fewer
 * cells than the header is reported and not passed on. Rows are not kept, so memory stays small on large
 * files.
 */
final class CsvFile {

    private static final CsvFactory FACTORY = new CsvFactory();
    /** What {@link #next()} returns after reporting a syntax error. */
    private static final Row NOT_CSV = new Row(0, new String[0], null);

    /**
     * One data row.
     *
     * @param line  the line the row starts on
     * @param cells the cells, as written (not trimmed)
     * @param lines the line of each cell, or {@code null} when the row lies on one line
     */
    record Row(int line, String[] cells, int[] lines) {

        String cell(int column) {
            return cells[column];
        }

        int lineOf(int column) {
            return lines == null ? line : lines[column];
        }
    }

    private final String text;
    private final String label;
    private final ImportReport.Builder report;
    private final CsvParser parser;
    /** The rows when they come from a spreadsheet rather than from text; {@code null} for CSV text. */
    private final Iterator<Row> given;
    private int headerLine;
    private List<String> columns = List.of();
    private final Map<String, Integer> index = new HashMap<>();
    private int dataRows;
    private final List<String> cells = new ArrayList<>();
    private int[] cellLines = new int[8];

    private CsvFile(String text, String label, ImportReport.Builder report, CsvParser parser, Iterator<Row> given) {
        this.text = text;
        this.label = label;
        this.report = report;
        this.parser = parser;
        this.given = given;
    }

    /**
     * Reads the header of {@code text}; returns {@code null} after reporting a file that is not CSV, has no
     * row, or names a column twice.
     */
    static CsvFile open(String text, String label, ImportReport.Builder report) {
        CsvParser parser;
        try {
            parser = FACTORY.createParser(text);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string", e);
        }
        parser.setSchema(CsvSchema.emptySchema());
        parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvFile table = new CsvFile(text, label, report, parser, null);
        return table.readHeader() ? table : null;
    }

    /**
     * The same table read from the rows of a spreadsheet (header first), each with its row number. A sheet
     * leaves out empty cells at the end of a row: rows shorter than the header are padded with empty cells and
     * empty cells past the header's width are dropped, so that only a row with values beyond the header is
     * ragged. Returns {@code null} after reporting a sheet without rows or a header naming a column twice.
     */
    static CsvFile ofRows(List<List<String>> cells, List<Integer> lines, String label,
                           ImportReport.Builder report) {
        if (cells.size() != lines.size()) {
            throw new IllegalArgumentException("one line number per row");
        }
        int width = cells.isEmpty() ? 0 : lastValue(cells.get(0)) + 1;
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            String[] fitted = new String[Math.max(width, lastValue(row) + 1)];
            for (int c = 0; c < fitted.length; c++) {
                String cell = c < row.size() ? row.get(c) : null;
                fitted[c] = cell == null ? "" : cell;
            }
            if (lastValue(row) >= 0) {
                rows.add(new Row(lines.get(r), fitted, null));
            }
        }
        CsvFile table = new CsvFile("", label, report, null, rows.iterator());
        return table.readHeader() ? table : null;
    }

    /** The index of the last cell that is not empty, or -1. */
    private static int lastValue(List<String> row) {
        for (int c = row.size() - 1; c >= 0; c--) {
            if (row.get(c) != null && !row.get(c).isBlank()) {
                return c;
            }
        }
        return -1;
    }

    private boolean readHeader() {
        Row header = next();
        if (header == NOT_CSV) {
            return false;
        }
        if (header == null) {
            report.error(SourceLocation.ofFile(label), "is empty");
            return false;
        }
        headerLine = header.line();
        List<String> names = new ArrayList<>();
        boolean usable = true;
        for (int c = 0; c < header.cells().length; c++) {
            String name = header.cell(c).trim();
            names.add(name);
            if (name.isEmpty()) {
                continue;
            }
            Integer earlier = index.putIfAbsent(name.toLowerCase(Locale.ROOT), c);
            if (earlier != null) {
                report.error(new SourceLocation(label, header.lineOf(c), c + 1), "column '" + name
                        + "' appears twice in the header (also column " + (earlier + 1) + ", '"
                        + names.get(earlier) + "'; column names ignore case)");
                usable = false;
            }
        }
        columns = List.copyOf(names);
        return usable;
    }

    /**
     * Passes every data row with as many cells as the header to {@code action}, in file order, reporting the
     * others; returns false when the file turned out not to be valid CSV (reported).
     */
    boolean forEachRow(Consumer<Row> action) {
        try (parser) { // null for the rows of a spreadsheet
            for (Row row = next(); row != null; row = next()) {
                if (row == NOT_CSV) {
                    return false;
                }
                dataRows++;
                if (fits(row)) {
                    action.accept(row);
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("closing a parser of a string", e);
        }
    }

    private boolean fits(Row row) {
        if (row.cells().length != columns.size()) {
            // the column of the first cell too many, or of the first one missing (after the row's last)
            int n = row.cells().length;
            SourceLocation at = n > columns.size()
                    ? new SourceLocation(label, row.lineOf(columns.size()), columns.size() + 1)
                    : new SourceLocation(label, row.lineOf(n - 1), n + 1);
            report.error(at, "row has " + row.cells().length
                    + " cell" + (row.cells().length == 1 ? "" : "s") + " but the header has "
                    + columns.size() + " columns");
            return false;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).isEmpty() && !row.cell(c).isBlank()) {
                report.error(new SourceLocation(label, row.lineOf(c), c + 1),
                        "column " + (c + 1) + " has no name in the header but this row has a value in it");
                return false;
            }
        }
        return true;
    }

    /** The next non-blank row; {@code null} at the end; {@link #NOT_CSV} after reporting a syntax error. */
    private Row next() {
        if (given != null) {
            return given.hasNext() ? given.next() : null;
        }
        try {
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == JsonToken.START_ARRAY && parser.getParsingContext().getParent().inArray()) {
                    Row row = readRow();
                    if (row != null) {
                        return row;
                    }
                } else if (t == null || t == JsonToken.END_ARRAY) {
                    return null;
                }
            }
        } catch (JsonProcessingException e) {
            int line = cells.isEmpty()
                    ? (e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()))
                    : cellLines[0];
            report.error(new SourceLocation(label, line, cells.size() + 1), "is not valid CSV: " + reason(e));
            return NOT_CSV;
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string", e);
        }
    }

    /** Reads the cells of the row just started; {@code null} for a blank line. */
    private Row readRow() throws IOException {
        cells.clear();
        boolean blank = false;
        for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            String cell = parser.getText();
            JsonLocation at = parser.currentTokenLocation();
            int offset = (int) at.getCharOffset();
            // a blank line is one unquoted cell of nothing but spaces
            blank = cell.isBlank() && (offset >= text.length() || text.charAt(offset) != '"');
            if (cells.size() == cellLines.length) {
                cellLines = Arrays.copyOf(cellLines, cellLines.length * 2);
            }
            cellLines[cells.size()] = at.getLineNr();
            cells.add(cell);
        }
        if (cells.size() == 1 && blank) {
            return null;
        }
        int first = cellLines[0];
        boolean oneLine = true;
        for (int c = 1; c < cells.size(); c++) {
            oneLine &= cellLines[c] == first;
        }
        return new Row(first, cells.toArray(String[]::new),
                oneLine ? null : Arrays.copyOf(cellLines, cells.size()));
    }

    private static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (m.startsWith("Missing closing quote")) {
            return "a quoted cell has no closing quote";
        }
        if (m.contains("Expected column separator")) {
            return "a quoted cell is followed by other text before the next comma (write \"\" for a quote"
                    + " inside a quoted cell)";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /**
     * Reports every one of {@code required} (lower case) that the header lacks; true when none is missing.
     */
    boolean require(String... required) {
        boolean all = true;
        for (String name : required) {
            if (column(name) < 0) {
                report.error(new SourceLocation(label, headerLine, 0), "the header has no column '" + name
                        + "'" + delimiterHint());
                all = false;
            }
        }
        return all;
    }

    private String delimiterHint() {
        if (columns.size() == 1 && (columns.get(0).indexOf(';') >= 0 || columns.get(0).indexOf('\t') >= 0)) {
            return " (the header is one cell holding "
                    + (columns.get(0).indexOf(';') >= 0 ? "semicolons" : "tabs")
                    + ": save the file as comma-separated CSV UTF-8)";
        }
        return "";
    }

    /** The index of the column with this name (any case), or -1. */
    int column(String name) {
        return index.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
    }

    /** The column names as the header spells them (trimmed), in file order. */
    List<String> columns() {
        return columns;
    }

    /** Non-blank rows after the header that {@link #forEachRow} met, ragged ones included. */
    int dataRows() {
        return dataRows;
    }

    String label() {
        return label;
    }

    /** The CSV text the table is read from ("" for the rows of a spreadsheet), to read it again. */
    String text() {
        return text;
    }

    /** Where cell {@code column} (0-based) of {@code row} is. */
    SourceLocation at(Row row, int column) {
        return new SourceLocation(label, row.lineOf(column), column + 1);
    }

    /** Where column {@code column} (0-based) of the header is. */
    SourceLocation headerAt(int column) {
        return new SourceLocation(label, headerLine, column + 1);
    }

    /** Where {@code row} is, without a column. */
    SourceLocation at(Row row) {
        return new SourceLocation(label, row.line(), 0);
    }
}
