package org.plnet.reports.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plnet.engine.model.Study;
import org.plnet.reports.exports.HandStudy;
import org.plnet.reports.exports.XmlFiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class NetworkWorkbookTest {

    private static byte[] xlsx;
    private static Map<String, List<Row>> sheets;

    @BeforeAll
    static void writeAndReadBack() throws Exception {
        xlsx = write();
        sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                sheets.put(sheet.getName(), sheet.read());
            }
        }
    }

    private static byte[] write() throws Exception {
        Study study = HandStudy.study();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkWorkbook.write(study, HandStudy.analysis(study), out);
        return out.toByteArray();
    }

    private static Cell cell(String sheet, int row, String column) {
        List<Row> rows = sheets.get(sheet);
        int c = 0;
        while (!rows.get(0).getCell(c).asString().equals(column)) {
            c++;
        }
        return rows.get(row).getCell(c);
    }

    private static byte[] entry(String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    /** The number format code of a cell, looked up in the sheet's XML and the workbook's styles. */
    private static String numberFormat(String sheet, String cellRef) throws Exception {
        Document cells = XmlFiles.parse(entry(sheet));
        Document styles = XmlFiles.parse(entry("xl/styles.xml"));
        String ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        Element cell = XmlFiles.elements(cells, ns, "c").stream().filter(c -> c.getAttribute("r").equals(cellRef))
                .findFirst().orElseThrow();
        assertThat(cell.getAttribute("t")).isEqualTo("s");
        Element cellXfs = XmlFiles.elements(styles, ns, "cellXfs").get(0);
        Element xf = XmlFiles.children(cellXfs, "xf").get(Integer.parseInt(cell.getAttribute("s")));
        String id = xf.getAttribute("numFmtId");
        if (id.equals("49")) {
            return "@";
        }
        return XmlFiles.elements(styles, ns, "numFmt").stream().filter(f -> f.getAttribute("numFmtId").equals(id))
                .map(f -> f.getAttribute("formatCode")).findFirst().orElse("builtin " + id);
    }

    @Test
    void holdsThePeopleSchoolsAndTiesTablesAsSheets() {
        assertThat(sheets.keySet()).containsExactly("People", "Schools", "Ties");
        // 2 analyses x 4 people, 2 x 3 schools, 6 kept ties; plus the header
        assertThat(sheets.get("People")).hasSize(9);
        assertThat(sheets.get("Schools")).hasSize(7);
        assertThat(sheets.get("Ties")).hasSize(7);
        assertThat(sheets.get("Ties").get(0).stream().map(Cell::asString).toList())
                .containsExactly("relation", "wave", "source", "target", "weight", "inGraph");
    }

    @Test
    void formulaLikeTextIsAStringCellStartingWithAnApostrophe() throws Exception {
        Cell name = cell("People", 4, "name");
        assertThat(name.getType()).isEqualTo(CellType.STRING);
        assertThat(name.asString()).isEqualTo("'=HYPERLINK(\"http://x.test\",\"click\")");
        // D5: the name of p4 in the People sheet
        assertThat(numberFormat("xl/worksheets/sheet1.xml", "D5")).isEqualTo("@");
        assertThat(cell("People", 4, "school").asString()).isEqualTo("'@Home");
        assertThat(cell("People", 4, "role").asString()).isEqualTo("'-ta");
        assertThat(cell("Schools", 3, "school").asString()).isEqualTo("'@Home");
        assertThat(cell("Ties", 6, "target").asString()).isEqualTo("p4");
        assertThat(cell("People", 1, "name").asString()).isEqualTo(HandStudy.SCRIPT_NAME);
        assertThat(cell("People", 3, "name").asString()).isEqualTo(HandStudy.ACCENT_NAME);
        for (List<Row> rows : sheets.values()) {
            for (Row row : rows) {
                row.forEach(c -> {
                    if (c != null) {
                        assertThat(c.getType()).isNotEqualTo(CellType.FORMULA);
                    }
                });
            }
        }
    }

    @Test
    void noSheetHoldsAFormulaElement() throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            List<String> sheetFiles = new ArrayList<>();
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().startsWith("xl/worksheets/")) {
                    sheetFiles.add(e.getName());
                    assertThat(content).doesNotContain("<f>").doesNotContain("<f ");
                }
            }
            assertThat(sheetFiles).hasSize(3);
        }
    }

    @Test
    void numbersAreNumbersAndTextThatLooksNumericStaysText() {
        Cell wave = cell("People", 1, "wave");
        assertThat(wave.getType()).isEqualTo(CellType.STRING);
        assertThat(wave.asString()).isEqualTo("1");
        Cell inDegree = cell("People", 1, "inDegree");
        assertThat(inDegree.getType()).isEqualTo(CellType.NUMBER);
        assertThat(inDegree.asNumber()).isEqualByComparingTo("1");
        // 20/63, the PageRank of p1, as the same double
        Cell pageRank = cell("People", 1, "pageRank");
        assertThat(pageRank.getType()).isEqualTo(CellType.NUMBER);
        assertThat(Double.parseDouble(pageRank.getRawValue())).isEqualTo(20.0 / 63);
        Cell member = cell("People", 1, "member");
        assertThat(member.getType()).isEqualTo(CellType.BOOLEAN);
        assertThat(member.asBoolean()).isTrue();
        assertThat(cell("Ties", 2, "weight").asNumber()).isEqualByComparingTo("1");
        assertThat(cell("Ties", 2, "inGraph").asBoolean()).isFalse();
    }

    @Test
    void undefinedValuesAreEmptyCells() {
        List<Row> people = sheets.get("People");
        int constraint = 0;
        while (!people.get(0).getCell(constraint).asString().equals("constraint")) {
            constraint++;
        }
        // p4 is an isolate: constraint undefined; the role of p2 is empty
        assertThat(people.get(4).getOptionalCell(constraint).map(Cell::getType).orElse(CellType.EMPTY))
                .isEqualTo(CellType.EMPTY);
        Cell p1Constraint = people.get(1).getCell(constraint);
        assertThat(p1Constraint.asNumber()).isEqualByComparingTo("1.125");
    }

    @Test
    void sameTablesSameBytesWithFixedDates() throws Exception {
        assertThat(write()).isEqualTo(xlsx);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).isEqualTo(ReproducibleZip.ENTRY_TIME);
                String content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("docProps/core.xml")) {
                    assertThat(content).contains(">" + ReproducibleZip.CREATED + "</dcterms:created>");
                }
            }
        }
        assertThat(names).first().isEqualTo("[Content_Types].xml");
        assertThat(names).isSorted().contains("docProps/core.xml", "xl/worksheets/sheet1.xml");
    }

    @Test
    void aSheetTooWideForAWorksheetIsRefused() {
        List<String> columns = new ArrayList<>();
        for (int c = 0; c <= NetworkWorkbook.MAX_COLUMNS; c++) {
            columns.add("c" + c);
        }
        SheetTable wide = new SheetTable("Wide", columns, List.of());
        assertThatThrownBy(() -> NetworkWorkbook.write(List.of(wide), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Wide");
    }

    @Test
    void longTextIsCutToWhatACellHolds() throws Exception {
        String longText = "a".repeat(NetworkWorkbook.MAX_TEXT - 1) + "\uD83D\uDE00" + "tail";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NetworkWorkbook.write(List.of(new SheetTable("T", List.of("text"), List.of(List.of(longText)))), out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            String read = workbook.getFirstSheet().read().get(1).getCell(0).asString();
            // the emoji would straddle the limit: the cut falls before it
            assertThat(read).isEqualTo("a".repeat(NetworkWorkbook.MAX_TEXT - 1));
        }
    }
}
