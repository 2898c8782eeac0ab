package org.plnet.surveys.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

/**
 * Reads a CSV file or the first sheet of an XLSX workbook into a {@link RawTable}.
 *
 * <p>CSV: UTF-8 with or without a BOM (UTF-16 with a BOM too), RFC 4180 quoting, LF or CRLF; the line of each
 * row is the line where it starts, also after quoted cells that span lines. A file whose every row is one cell
 * and whose first row holds a semicolon or a tab was written with another delimiter: that is an
 * {@link InputException}, not a one-column table. XLSX: see {@link XlsxSheets}.
 */
public final class RawTables {

    private static final CsvFactory CSV = new CsvFactory();

    private RawTables() {
    }

    /** Reads {@code file}, naming it in messages as given. */
    public static RawTable read(Path file) {
        return read(SurveyFile.of(file));
    }

    /** Reads {@code file}, naming it {@code label} in messages. */
    public static RawTable read(Path file, String label) {
        return read(SurveyFile.of(file, label));
    }

    /** Reads a survey file: its first sheet when it is a workbook, else its text as CSV. */
    public static RawTable read(SurveyFile file) {
        if (file.isSpreadsheet() || file.isOle2()) {
            return XlsxSheets.firstSheet(file);
        }
        return csv(file.text(), file.label());
    }

    /** Parses CSV text (already decoded, without a BOM) from a file named {@code label}. */
    public static RawTable csv(String text, String label) {
        RawTable.Builder table = RawTable.builder(label, false);
        try (CsvParser p = CSV.createParser(text)) {
            p.setSchema(CsvSchema.emptySchema());
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> cells = new ArrayList<>();
            int line = 1;
            int depth = 0;
            // WRAP_AS_ARRAY: one outer array around the file, one inner array per row
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    depth++;
                    if (depth == 2) {
                        line = Math.max(1, p.currentLocation().getLineNr());
                        cells.clear();
                    }
                } else if (t == JsonToken.END_ARRAY) {
                    if (depth == 2) {
                        table.row(line, cells);
                    }
                    depth--;
                } else if (t.isScalarValue()) {
                    cells.add(p.getText());
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new InputException(new SourceLocation(label, line, 0),
                    "is not valid CSV: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RawTable read = table.build();
        requireCommaDelimited(read);
        return read;
    }

    private static void requireCommaDelimited(RawTable table) {
        if (table.rowCount() == 0 || table.maxWidth() > 1) {
            return;
        }
        String first = table.cell(0, 0);
        String delimiter = first.indexOf(';') >= 0 ? "semicolons (;)" : first.indexOf('\t') >= 0 ? "tabs" : null;
        if (delimiter != null) {
            throw new InputException(table.location(0, 0), "every row is a single cell and the first row holds "
                    + delimiter + ": the file uses another delimiter; save it as comma-separated \"CSV UTF-8\"");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
