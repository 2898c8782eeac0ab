package org.plnet.reports.tables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table as a spreadsheet sheet: a name, a header row, and rows of cells that are {@link String} (a text
 * cell), {@link Double} (a number), {@link Boolean} or {@code null} (an empty cell).
 *
 * @param name    the sheet's name (at most 31 characters, none of {@code : \ / ? * [ ]})
 * @param columns the header row
 * @param rows    the rows, each as long as the header
 */
public record SheetTable(String name, List<String> columns, List<List<Object>> rows) {

    public SheetTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("sheet " + name + ": a row of " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String) && !(cell instanceof Double)
                        && !(cell instanceof Boolean)) {
                    throw new IllegalArgumentException("sheet " + name + ": a cell of type " + cell.getClass());
                }
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }
}
