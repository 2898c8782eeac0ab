package org.plnet.reports.tables;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.plnet.reports.csv.SpreadsheetCsv;

/**
 * A CSV table as a sheet, read from the very text the CSV file gets, so that the workbook cannot drift from
 * people.csv, schools.csv and ties.csv: text cells stay exactly as the CSV has them (already neutralised
 * against formula injection); in the other columns, {@code true} and {@code false} become boolean cells and
 * a decimal number becomes a numeric cell (the CSV writes doubles in their shortest round-trip form, so the
 * value is the same double); an empty CSV cell is an empty cell.
 */
public final class CsvSheet {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private CsvSheet() {
    }

    /**
     * @param name        the sheet's name
     * @param table       the table as written to its CSV file
     * @param textColumns the columns that hold text whatever they look like (ids, names, waves such as
     *                    {@code 01})
     */
    public static SheetTable of(String name, SpreadsheetCsv table, Set<String> textColumns) throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        table.write(csv);
        List<String[]> lines = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(csv.toByteArray())) {
            while (it.hasNext()) {
                lines.add(it.next());
            }
        }
        List<String> columns = Arrays.asList(lines.get(0));
        boolean[] text = new boolean[columns.size()];
        for (int c = 0; c < text.length; c++) {
            text[c] = textColumns.contains(columns.get(c));
        }
        List<List<Object>> rows = new ArrayList<>(lines.size() - 1);
        for (String[] line : lines.subList(1, lines.size())) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                row.add(cell(c < line.length ? line[c] : "", text[c]));
            }
            rows.add(row);
        }
        return new SheetTable(name, columns, rows);
    }

    static Object cell(String csv, boolean text) {
        if (csv.isEmpty()) {
            return null;
        }
        if (text) {
            return csv;
        }
        if (csv.equals("true") || csv.equals("false")) {
            return Boolean.valueOf(csv);
        }
        return DECIMAL.matcher(csv).matches() ? Double.valueOf(csv) : csv;
    }
}
