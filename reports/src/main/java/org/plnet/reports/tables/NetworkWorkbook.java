package org.plnet.reports.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.model.Study;
import org.plnet.reports.csv.AnalysisTables;

/**
 * {@code network.xlsx}: the tables of people.csv, schools.csv and ties.csv as the sheets People, Schools and
 * Ties of one workbook (Office Open XML, written with fastexcel, the writer of the project whose reader the
 * survey imports use).
 * <ul>
 *   <li>text cells are string cells with the Text number format ({@code @}), so that a spreadsheet never
 *       evaluates them, not even after the cell is edited; their content is neutralised against formula
 *       injection as in the CSV files ({@link org.plnet.reports.csv.SpreadsheetText});
 *   <li>numbers are numeric cells and booleans boolean cells; undefined values are empty cells;
 *   <li>each sheet has a bold header row, frozen, with an auto-filter;
 *   <li>the bytes depend only on the tables ({@link ReproducibleZip}).
 * </ul>
 * Rows are streamed to the output, so memory stays small whatever the number of ties. Characters that
 * XML 1.0 cannot hold (control characters other than tab and line breaks) are left out of text cells, and
 * a text longer than a cell can hold (32,767 characters) is cut to that length.
 */
public final class NetworkWorkbook {

    /** The text columns of people.csv. */
    static final Set<String> PEOPLE_TEXT = Set.of("relation", "wave", "id", "name", "school", "role");
    /** The text columns of schools.csv. */
    static final Set<String> SCHOOLS_TEXT = Set.of("relation", "wave", "school");

    /** Rows (header included) and columns a worksheet holds. */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    /** Characters a cell holds. */
    static final int MAX_TEXT = 32_767;

    private static final int ROWS_PER_FLUSH = 1_000;

    private NetworkWorkbook() {
    }

    /** Writes the People, Schools and Ties sheets of a study and its analysis. */
    public static void write(Study study, StudyAnalysis analysis, OutputStream out) throws IOException {
        write(List.of(
                CsvSheet.of("People", AnalysisTables.people(analysis), PEOPLE_TEXT),
                CsvSheet.of("Schools", AnalysisTables.schools(analysis), SCHOOLS_TEXT),
                CsvSheet.of("Ties", TieTable.of(study), Set.copyOf(TieTable.TEXT_COLUMNS))), out);
    }

    /**
     * Writes the sheets, in order, as one workbook.
     *
     * @throws IllegalArgumentException when a sheet has more rows or columns than a worksheet can hold
     */
    public static void write(List<SheetTable> sheets, OutputStream out) throws IOException {
        for (SheetTable table : sheets) {
            if (table.rows().size() + 1 > MAX_ROWS || table.columns().size() > MAX_COLUMNS) {
                throw new IllegalArgumentException("sheet " + table.name() + " has more rows or columns than a "
                        + "worksheet can hold");
            }
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(xlsx, "plnet", null);
        for (SheetTable table : sheets) {
            fill(workbook.newWorksheet(table.name()), table);
        }
        workbook.finish();
        ReproducibleZip.write(xlsx.toByteArray(), out);
    }

    private static void fill(Worksheet sheet, SheetTable table) throws IOException {
        int width = table.columns().size();
        for (int c = 0; c < width; c++) {
            sheet.value(0, c, table.columns().get(c));
            sheet.style(0, c).bold().format("@").set();
        }
        if (width > 0) {
            sheet.freezePane(0, 1);
            sheet.setAutoFilter(0, 0, width - 1);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> cells = table.rows().get(r);
            for (int c = 0; c < width; c++) {
                Object value = cells.get(c);
                if (value instanceof String s) {
                    sheet.value(r + 1, c, fit(s));
                    sheet.style(r + 1, c).format("@").set();
                } else if (value instanceof Double d && Double.isFinite(d)) {
                    sheet.value(r + 1, c, d);
                } else if (value instanceof Boolean b) {
                    sheet.value(r + 1, c, b);
                }
            }
            if ((r + 1) % ROWS_PER_FLUSH == 0) {
                sheet.flush();
            }
        }
        sheet.finish();
    }

    private static String fit(String s) {
        if (s.length() <= MAX_TEXT) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return s.substring(0, end);
    }
}
