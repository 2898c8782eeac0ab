package org.plnet.reports.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.plnet.engine.output.CsvWriter;

/**
 * A table of the reports for spreadsheets and statistics packages, written as CSV (UTF-8, LF line ends, a
 * header row) by {@link CsvWriter} with {@link CsvWriter.Quoting#CAUTIOUS} quoting. Text cells are passed
 * through {@link SpreadsheetText#safe}; numbers and booleans are written as they are; {@code null} is an
 * empty cell.
 */
public final class SpreadsheetCsv {

    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public SpreadsheetCsv(String... columns) {
        this(List.of(columns));
    }

    public SpreadsheetCsv(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Adds a row; strings are neutralised against formula injection. */
    public SpreadsheetCsv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** Adds a row; strings are neutralised against formula injection. */
    public SpreadsheetCsv row(List<?> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("row of " + cells.size() + " cells for " + columns.size() + " columns");
        }
        List<Object> row = new ArrayList<>(cells);
        row.replaceAll(c -> c instanceof String s ? SpreadsheetText.safe(s) : c);
        rows.add(row);
        return this;
    }

    public void write(OutputStream out) throws IOException {
        CsvWriter csv = new CsvWriter(CsvWriter.Quoting.CAUTIOUS).row(columns);
        rows.forEach(csv::row);
        csv.writeTo(out);
    }
}
