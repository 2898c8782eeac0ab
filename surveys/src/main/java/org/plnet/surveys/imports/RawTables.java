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
 * row is the line where it starts, also after quoted cells that span lines. The delimiter is the comma, the
 * semicolon or the tab, whichever the first line uses most ({@link #delimiter}). A file whose every row is one
 * cell and whose first row still holds a semicolon or a tab is an {@link InputException}, not a one-column
 * table. XLSX: see {@link XlsxSheets}.
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

    /**
     * Parses CSV text (already decoded, without a BOM) from a file named {@code label}, with the delimiter its
     * first line uses ({@link #delimiter}); a delimiter other than the comma is stated in the table's notes.
     */
    public static RawTable csv(String text, String label) {
        char delimiter = delimiter(text);
        RawTable.Builder table = RawTable.builder(label, false);
        if (delimiter != ',') {
            table.note("delimiter: " + (delimiter == ';' ? "';' (semicolon-separated CSV, as Excel saves it in"
                    + " locales whose decimal mark is a comma)" : "tab (tab-separated text)"));
        }
        try (CsvParser p = CSV.createParser(text)) {
            p.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter));
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

    /**
     * The delimiter of CSV text: of comma, semicolon and tab, the one found most often outside double quotes
     * in the first line (the header); the comma when none is found or on a tie with it. Excel writes
     * semicolon-separated "CSV" in Spanish, French, German and other locales.
     */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
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
