package org.plnet.surveys.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

class RawTablesTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void lineNumbersCountQuotedNewlinesAndCrlf() throws IOException {
        Path file = write("t.csv", "a,b\r\n\"x\r\ny\",2\r\n\r\nlast,3\r\n");
        RawTable t = RawTables.read(file, "t.csv");
        // rows: header (line 1), a cell spanning lines 2-3, a blank line 4 (not kept), line 5
        assertThat(t.rowCount()).isEqualTo(3);
        assertThat(t.row(1)).containsExactly("x\r\ny", "2");
        assertThat(t.line(0)).isEqualTo(1);
        assertThat(t.line(1)).isEqualTo(2);
        assertThat(t.line(2)).isEqualTo(5);
        assertThat(t.location(2, 1)).isEqualTo(new SourceLocation("t.csv", 5, 2));
    }

    @Test
    void byteOrderMarkIsDropped() throws IOException {
        Path file = write("bom.csv", "\uFEFFid,name\np01,Zoë\n");
        RawTable t = RawTables.read(file, "bom.csv");
        assertThat(t.cell(0, 0)).isEqualTo("id");
        assertThat(t.cell(1, 1)).isEqualTo("Zoë");
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws IOException {
        byte[] utf16 = "\uFEFFid,name\np01,Zoë\n".getBytes(StandardCharsets.UTF_16LE);
        RawTable t = RawTables.read(write("u16.csv", utf16), "u16.csv");
        assertThat(t.row(1)).containsExactly("p01", "Zoë");
    }

    @Test
    void raggedRowsAreKeptAsRead() throws IOException {
        RawTable t = RawTables.read(write("r.csv", "a,b,c\n1,2\n1,2,3,4\n"), "r.csv");
        assertThat(t.width(1)).isEqualTo(2);
        assertThat(t.cell(1, 2)).isEmpty();
        assertThat(t.width(2)).isEqualTo(4);
        assertThat(t.maxWidth()).isEqualTo(4);
    }

    @Test
    void aSemicolonDelimitedFileIsReadAndSaysSo() throws IOException {
        // issue 9, item 10: the delimiter the header uses most; a decimal comma inside a quoted cell stays
        Path file = write("semi.csv", "id;name;weight\np01;\"Jane; Doe\";1,5\n");
        RawTable t = RawTables.read(file, "semi.csv");
        assertThat(t.row(0)).containsExactly("id", "name", "weight");
        assertThat(t.row(1)).containsExactly("p01", "Jane; Doe", "1,5");
        assertThat(t.notes()).containsExactly("delimiter: ';' (semicolon-separated CSV, as Excel saves it in locales"
                + " whose decimal mark is a comma)");
    }

    @Test
    void aTabDelimitedFileIsRead() throws IOException {
        RawTable t = RawTables.read(write("tab.csv", "id\tname\np01\tJane\n"), "tab.csv");
        assertThat(t.row(1)).containsExactly("p01", "Jane");
        assertThat(t.notes()).containsExactly("delimiter: tab (tab-separated text)");
    }

    @Test
    void aCommaHeaderWithSemicolonsInQuotesStaysCommaSeparated() throws IOException {
        RawTable t = RawTables.read(write("c.csv", "\"a;b;c\",d\n1,2\n"), "c.csv");
        assertThat(t.row(0)).containsExactly("a;b;c", "d");
        assertThat(t.notes()).isEmpty();
    }

    @Test
    void binaryFileIsRefusedWithItsLine() throws IOException {
        Path file = write("bin.csv", new byte[] {'a', ',', 'b', '\n', 1, 0, 2, 3});
        assertThatThrownBy(() -> RawTables.read(file, "bin.csv"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("bin.csv:2: is a binary file");
    }

    @Test
    void latin1FileIsRefusedAsNotUtf8() throws IOException {
        Path file = write("latin.csv", "id,name\np05,Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> RawTables.read(file, "latin.csv"))
                .isInstanceOf(InputException.class)
                .hasMessage("latin.csv:2: is not UTF-8 text (byte 0xEB cannot start or continue a UTF-8 character): save it as"
                        + " CSV UTF-8");
    }

    @Test
    void unclosedQuoteIsInvalidCsv() throws IOException {
        Path file = write("q.csv", "a,b\n\"open,2\n");
        assertThatThrownBy(() -> RawTables.read(file, "q.csv"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("q.csv:")
                .hasMessageContaining("is not valid CSV");
    }

    @Test
    void missingFileIsInputError() {
        assertThatThrownBy(() -> RawTables.read(dir.resolve("none.csv"), "none.csv"))
                .isInstanceOf(InputException.class)
                .hasMessage("none.csv: file not found");
    }

    @Test
    void xlsxThatIsNotASpreadsheetIsRefused() throws IOException {
        Path file = write("fake.xlsx", "id,name\np01,Jane\n");
        assertThatThrownBy(() -> RawTables.read(file, "fake.xlsx"))
                .isInstanceOf(InputException.class)
                .hasMessage("fake.xlsx: is named .xlsx but is not an XLSX spreadsheet (it is not an Office Open XML file)");
    }

    @Test
    void zipThatIsNotAWorkbookIsRefused() throws IOException {
        Path file = dir.resolve("archive.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("hi".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> RawTables.read(file, "archive.xlsx"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("archive.xlsx: is not a readable XLSX spreadsheet");
    }

    @Test
    void oldExcelFileIsRefused() throws IOException {
        Path file = write("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertThatThrownBy(() -> RawTables.read(file, "old.xls"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("Excel 97-2003 (.xls)");
    }

    @Test
    void xlsxSampleReadsAsTheCsvDoes() throws Exception {
        Path xlsx = Path.of(getClass().getResource("/imports/samples/google-forms-grid.xlsx").toURI());
        Path csv = Path.of(getClass().getResource("/imports/samples/google-forms-grid.csv").toURI());
        RawTable fromXlsx = RawTables.read(xlsx, "g.xlsx");
        RawTable fromCsv = RawTables.read(csv, "g.csv");
        assertThat(fromXlsx.isSpreadsheet()).isTrue();
        assertThat(fromXlsx.rowCount()).isEqualTo(fromCsv.rowCount());
        for (int r = 0; r < fromCsv.rowCount(); r++) {
            for (int c = 0; c < fromCsv.width(r); c++) {
                assertThat(fromXlsx.cell(r, c)).as("row %d column %d", r, c).isEqualTo(fromCsv.cell(r, c));
            }
        }
        // XLSX locations: sheet row number and column number; E2 = row 2, column 5
        assertThat(fromXlsx.location(1, 4)).isEqualTo(new SourceLocation("g.xlsx", 2, 5));
        assertThat(fromXlsx.cellName(1, 4)).isEqualTo("E2");
    }

    @Test
    void columnLettersFollowSpreadsheetNaming() {
        assertThat(List.of(RawTable.columnLetters(1), RawTable.columnLetters(26), RawTable.columnLetters(27),
                RawTable.columnLetters(52), RawTable.columnLetters(703)))
                .containsExactly("A", "Z", "AA", "AZ", "AAA");
    }
}
