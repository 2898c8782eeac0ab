package org.plnet.surveys.imports.grid;

import java.util.List;
import java.util.Objects;
import org.plnet.surveys.imports.RawTable;

/**
 * How a wide export is laid out: its header rows, what each column is, and the columns that carry a response's
 * status, completion and end date (-1 when the export has none).
 *
 * @param table          the whole table, header rows included
 * @param headerRows     how many rows at the top are headers
 * @param columns        every column, in order
 * @param statusColumn   the response type (preview, test, spam), or -1
 * @param finishedColumn whether the response was finished, or -1
 * @param endDateColumn  when the response was submitted (used to keep the latest of duplicates), or -1
 */
public record GridLayout(RawTable table, int headerRows, List<GridColumn> columns, int statusColumn,
                         int finishedColumn, int endDateColumn) {

    public GridLayout {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
    }

    /** The 0-based index of the first data row. */
    public int firstDataRow() {
        return headerRows;
    }

    public GridColumn column(int index) {
        return columns.get(index);
    }
}
