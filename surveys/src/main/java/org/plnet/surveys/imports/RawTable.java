package org.plnet.surveys.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.plnet.engine.input.SourceLocation;

/**
 * The cells of one CSV file or one XLSX sheet as strings, row by row, exactly as read (not trimmed), with where
 * each row came from. Rows may be ragged: a missing cell reads as {@code ""}. Blank rows are not kept.
 *
 * <p>Locations: for CSV, {@code line} is the 1-based line of the file where the row starts (a quoted cell may
 * span several lines) and {@code column} the 1-based field number. For XLSX, {@code line} is the sheet's row
 * number and {@code column} the column number (A = 1); {@link #cellName(int, int)} gives the spreadsheet's own
 * name of the cell ({@code C7}) for messages. The file part is the file as the user named it.
 */
public final class RawTable {

    private final String file;
    private final boolean spreadsheet;
    private final List<String[]> rows;
    private final int[] lines;
    private final List<String> notes;

    private RawTable(String file, boolean spreadsheet, List<String[]> rows, int[] lines, List<String> notes) {
        this.file = file;
        this.spreadsheet = spreadsheet;
        this.rows = rows;
        this.lines = lines;
        this.notes = notes;
    }

    /**
     * This table with {@code header} as a new first row, for a file whose first row is already data: the new
     * row has line 0 (it is not in the file), every other row keeps its line.
     */
    public RawTable withHeader(List<String> header, String note) {
        List<String[]> all = new ArrayList<>(rows.size() + 1);
        all.add(header.toArray(new String[0]));
        all.addAll(rows);
        int[] allLines = new int[lines.length + 1];
        System.arraycopy(lines, 0, allLines, 1, lines.length);
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.add(note);
        return new RawTable(file, spreadsheet, List.copyOf(all), allLines, List.copyOf(allNotes));
    }

    /** A table read from a CSV file ({@code spreadsheet = false}) or an XLSX sheet. */
    public static Builder builder(String file, boolean spreadsheet) {
        return new Builder(file, spreadsheet);
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** Whether the cells came from an XLSX sheet (rows may then be shorter than the header). */
    public boolean isSpreadsheet() {
        return spreadsheet;
    }

    /** What reading the file involved that the report should say (e.g. which sheet of a workbook was read). */
    public List<String> notes() {
        return notes;
    }

    public int rowCount() {
        return rows.size();
    }

    /** The cells of row {@code index} (0-based over the kept rows), unmodifiable. */
    public List<String> row(int index) {
        return List.of(rows.get(index));
    }

    /** How many cells row {@code index} has. */
    public int width(int index) {
        return rows.get(index).length;
    }

    /** The widest row's width. */
    public int maxWidth() {
        int max = 0;
        for (String[] r : rows) {
            max = Math.max(max, r.length);
        }
        return max;
    }

    /** The cell at 0-based {@code row} and {@code column}; {@code ""} past the end of a short row. */
    public String cell(int row, int column) {
        String[] r = rows.get(row);
        return column < r.length ? r[column] : "";
    }

    /** The 1-based line (CSV) or sheet row number (XLSX) of row {@code index}. */
    public int line(int index) {
        return lines[index];
    }

    /** Where the cell at 0-based {@code row} and {@code column} is: file, 1-based line, 1-based column. */
    public SourceLocation location(int row, int column) {
        return new SourceLocation(file, lines[row], column + 1);
    }

    /** Where row {@code index} is, without a column. */
    public SourceLocation location(int row) {
        return new SourceLocation(file, lines[row], 0);
    }

    /** Where the whole table is. */
    public SourceLocation location() {
        return SourceLocation.ofFile(file);
    }

    /** The spreadsheet name of a cell: column letters and row number, e.g. {@code C7}. */
    public String cellName(int row, int column) {
        return columnLetters(column + 1) + lines[row];
    }

    /** Spreadsheet column letters of a 1-based column number: 1 = A, 27 = AA. */
    public static String columnLetters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    /** The rows from {@code from} (inclusive) on, as a new table of the same file. */
    public RawTable rowsFrom(int from) {
        return new RawTable(file, spreadsheet, rows.subList(from, rows.size()),
                Arrays.copyOfRange(lines, from, lines.length), notes);
    }

    /** Collects rows in file order. */
    public static final class Builder {
        private final String file;
        private final boolean spreadsheet;
        private final List<String[]> rows = new ArrayList<>();
        private int[] lines = new int[16];
        private final List<String> notes = new ArrayList<>();

        private Builder(String file, boolean spreadsheet) {
            this.file = Objects.requireNonNull(file, "file");
            this.spreadsheet = spreadsheet;
        }

        /** Adds a row that starts at {@code line}; a row whose cells are all empty is not kept. */
        public Builder row(int line, List<String> cells) {
            boolean blank = true;
            for (String c : cells) {
                if (c != null && !c.isEmpty()) {
                    blank = false;
                    break;
                }
            }
            if (blank) {
                return this;
            }
            String[] copy = new String[cells.size()];
            for (int i = 0; i < copy.length; i++) {
                String c = cells.get(i);
                copy[i] = c == null ? "" : c;
            }
            if (rows.size() == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[rows.size()] = line;
            rows.add(copy);
            return this;
        }

        /** Adds a statement for the report. */
        public Builder note(String note) {
            notes.add(Objects.requireNonNull(note, "note"));
            return this;
        }

        public RawTable build() {
            return new RawTable(file, spreadsheet, List.copyOf(rows), Arrays.copyOf(lines, rows.size()),
                    List.copyOf(notes));
        }
    }
}
