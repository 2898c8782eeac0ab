package org.plnet.surveys.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.input.InputException;

/**
 * Issue 8, items 3 and 4 for XLSX: malformed or hostile workbooks are one-line input errors naming the file,
 * never an internal error or an OutOfMemoryError.
 */
class HostileXlsxTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String RELS = "xl/_rels/workbook.xml.rels";

    @TempDir
    Path dir;

    /** The sample workbook with one part's bytes changed by {@code change}. */
    private Path variant(String part, UnaryOperator<byte[]> change) throws IOException {
        Path out = dir.resolve("hostile.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Samples.file("google-forms-grid.xlsx")));
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals(part) ? change.apply(content) : content);
                zip.closeEntry();
            }
        }
        return out;
    }

    private static UnaryOperator<byte[]> replacing(String from, String to) {
        return b -> {
            String s = new String(b, StandardCharsets.ISO_8859_1);
            assertThat(s).contains(from);
            return s.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    private static void refused(Path file, String problem) {
        assertThatThrownBy(() -> RawTables.read(file)).isInstanceOf(InputException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).startsWith(file.toString()).contains(problem);
                    assertThat(e.getMessage().lines()).hasSize(1);
                });
    }

    @Test
    void aCellWithABytesThatIsNotUtf8() throws IOException {
        refused(variant(SHEET, replacing("<t>Timestamp</t>", "<t>Time\u00ffstamp</t>")),
                "is not a readable XLSX spreadsheet");
    }

    @Test
    void aRelationshipWithoutTarget() throws IOException {
        refused(variant(RELS, replacing(" Target=\"/xl/worksheets/sheet1.xml\"", "")),
                "is not a readable XLSX spreadsheet");
    }

    @Test
    void aCellReferenceBeyondAnySheet() throws IOException {
        refused(variant(SHEET, replacing("r=\"B1\"", "r=\"ZZZZZZZZ99999999999\"")),
                "is not a readable XLSX spreadsheet");
    }

    @Test
    void aCellReferenceWithALineBreakIsShownOnOneLine() throws IOException {
        // found by the fuzzer (xlsx, seed 8000489): the reference was echoed with the file's bytes
        refused(variant(SHEET, replacing("r=\"B1\"", "r=\"B\n\r1\"")), "has a cell reference 'B??1' outside");
    }

    @Test
    void aSheetThatInflatesBeyondTheLimitIsRefusedNamingTheLimit() throws IOException {
        // about 100 kB compressed, 106 MB inflated: spaces between two rows
        Path bomb = variant(SHEET, b -> {
            String s = new String(b, StandardCharsets.UTF_8);
            int at = s.indexOf("</row>") + "</row>".length();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(s.substring(0, at).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int k = 0; k < 101; k++) {
                out.writeBytes(spaces);
            }
            out.writeBytes(s.substring(at).getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        });
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        refused(bomb, "inflates to more than 100 MB");
    }

    @Test
    void aSheetWithMoreCellsThanTheLimitIsRefused() throws IOException {
        // 5,000,001 empty cells in one row: about 20 MB of XML, 60 kB compressed
        Path many = variant(SHEET, b -> {
            String s = new String(b, StandardCharsets.UTF_8);
            int at = s.indexOf("</sheetData>");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(s.substring(0, at).getBytes(StandardCharsets.UTF_8));
            out.writeBytes("<row r=\"12\">".getBytes(StandardCharsets.UTF_8));
            byte[] cell = "<c/>".getBytes(StandardCharsets.UTF_8);
            for (int k = 0; k <= 5_000_000; k++) {
                out.writeBytes(cell);
            }
            out.writeBytes("</row>".getBytes(StandardCharsets.UTF_8));
            out.writeBytes(s.substring(at).getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        });
        refused(many, "more than 5000000 cells");
    }
}
