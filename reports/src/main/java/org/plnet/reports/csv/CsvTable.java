package org.plnet.reports.csv;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table written as RFC 4180 CSV (UTF-8, LF line ends, a header row) through Jackson's CSV dataformat.
 * Text cells are passed through {@link SpreadsheetText#safe}; numbers and booleans are written as they are;
 * {@code null} is an empty cell.
 */
public final class CsvTable {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public CsvTable(String... columns) {
        this.columns = List.of(columns);
    }

    /** Adds a row; strings are neutralised against formula injection. */
    public CsvTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row of " + cells.length + " cells for " + columns.size() + " columns");
        }
        List<Object> row = new ArrayList<>(Arrays.asList(cells));
        row.replaceAll(c -> c instanceof String s ? SpreadsheetText.safe(s) : c);
        rows.add(row);
        return this;
    }

    public void write(OutputStream out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        columns.forEach(schema::addColumn);
        try (SequenceWriter writer = MAPPER.writerFor(List.class).with(schema.build()).writeValues(out)) {
            for (List<Object> row : rows) {
                writer.write(row);
            }
        }
    }
}
