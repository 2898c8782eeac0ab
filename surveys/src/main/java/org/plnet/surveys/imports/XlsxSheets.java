package org.plnet.surveys.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.plnet.engine.input.InputException;

/**
 * Reads the first sheet of an XLSX workbook (fastexcel-reader) into a {@link RawTable}: the line of a row is its
 * sheet row number, a cell's column its column number (A = 1). Cells become the text a CSV export of the same
 * data would hold: whole numbers without a decimal point, other numbers in plain notation, dates as
 * {@code yyyy-MM-dd HH:mm:ss}, booleans as {@code TRUE}/{@code FALSE}, formulas as their cached value.
 */
final class XlsxSheets {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private XlsxSheets() {
    }

    static RawTable firstSheet(SurveyFile file) {
        if (file.isOle2()) {
            throw new InputException(file.location(), "is an Excel 97-2003 (.xls) or password-protected workbook, "
                    + "not an XLSX spreadsheet; save it as .xlsx (without a password) or as CSV UTF-8");
        }
        if (!file.isZip()) {
            throw new InputException(file.location(), "is named ." + file.extension()
                    + " but is not an XLSX spreadsheet (it is not an Office Open XML file)");
        }
        // every exception a malformed workbook can cause inside the libraries stops here, as one line
        try {
            XlsxLimits.check(file);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException input) {
                throw input;
            }
            throw new InputException(file.location(), "is not a readable XLSX spreadsheet (" + reason(e) + ")");
        }
        try {
            return read(file, new ReadingOptions(true, false));
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a workbook without a styles part (valid, and written by some tools) cannot be read with formats
            try {
                return read(file, ReadingOptions.DEFAULT_READING_OPTIONS);
            } catch (InputException again) {
                throw again;
            } catch (IOException | RuntimeException again) {
                throw new InputException(file.location(), "is not a readable XLSX spreadsheet (" + reason(again) + ")");
            }
        }
    }

    private static RawTable read(SurveyFile file, ReadingOptions options) throws IOException {
        RawTable.Builder table = RawTable.builder(file.label(), true);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.bytes()), options)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            if (sheets.isEmpty()) {
                throw new InputException(file.location(), "is an XLSX workbook without a sheet");
            }
            Sheet sheet = sheets.get(0);
            if (sheets.size() > 1) {
                table.note("read sheet '" + sheet.getName() + "', the first of the " + sheets.size()
                        + " sheets of " + file.label() + "; the others were not read");
            }
            try (Stream<Row> rows = sheet.openStream()) {
                for (Iterator<Row> it = rows.iterator(); it.hasNext(); ) {
                    Row row = it.next();
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(text(row.getCell(c), options.isWithCellFormat()));
                    }
                    table.row(row.getRowNum(), cells);
                }
            }
        }
        return table.build();
    }

    private static String text(Cell cell, boolean formats) {
        if (cell == null) {
            return "";
        }
        switch (cell.getType()) {
            case NUMBER:
                return formats && isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())
                        ? date(cell.asDate()) : number(cell.asNumber());
            case STRING:
                return cell.asString();
            case BOOLEAN:
                return Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
            case FORMULA:
            case ERROR:
                return cell.getRawValue() == null ? "" : cell.getRawValue();
            default:
                return "";
        }
    }

    private static String number(BigDecimal n) {
        if (n == null) {
            return "";
        }
        BigDecimal plain = n.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    }

    private static String date(LocalDateTime t) {
        if (t == null) {
            return "";
        }
        return t.toLocalTime().toSecondOfDay() == 0 ? t.format(DATE) : t.format(DATE_TIME);
    }

    /** Excel's built-in date formats (ids 14-22, 45-47) or a custom format with date letters outside quotes. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        if (format == null || format.isEmpty() || format.equalsIgnoreCase("general")) {
            return false;
        }
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '[') {
                bracket = true;
            } else if (ch == ']') {
                bracket = false;
            } else if (ch == '\\') {
                i++;
            } else if (!quoted && !bracket && "dmyhsDMYHS".indexOf(ch) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
