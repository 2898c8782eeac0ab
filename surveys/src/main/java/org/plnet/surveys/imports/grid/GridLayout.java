package org.plnet.surveys.imports.grid;

import java.util.List;
import java.util.Objects;
import org.plnet.surveys.imports.RawTable;
import org.plnet.surveys.imports.responses.ResponseColumns;

/**
 * How a wide export is laid out: its header rows, what each column is, and the columns that describe each
 * response.
 *
 * @param table          the whole table, header rows included
 * @param headerRows     how many rows at the top are headers
 * @param columns        every column, in order
 * @param responses      its status, finished and end-date columns
 */
public record GridLayout(RawTable table, int headerRows, List<GridColumn> columns, ResponseColumns responses) {

    public GridLayout {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        Objects.requireNonNull(responses, "responses");
    }

    /** The 0-based index of the first data row. */
    public int firstDataRow() {
        return headerRows;
    }

    public GridColumn column(int index) {
        return columns.get(index);
    }
}
