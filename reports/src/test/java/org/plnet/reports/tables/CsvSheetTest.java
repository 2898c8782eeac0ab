package org.plnet.reports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plnet.reports.csv.SpreadsheetCsv;

class CsvSheetTest {

    @Test
    void textColumnsStayTextAndOtherCellsGetTheirTypes() throws Exception {
        SpreadsheetCsv table = new SpreadsheetCsv("wave", "name", "score", "flag", "note");
        table.row("01", "=cmd", 0.1, true, "01");
        table.row("2", "Ann, \"A\"\nSmith", 1.0E-5, false, "NaN");
        table.row("3", null, 42L, null, "");
        SheetTable sheet = CsvSheet.of("S", table, Set.of("wave", "name"));

        assertThat(sheet.columns()).containsExactly("wave", "name", "score", "flag", "note");
        // "01" outside a text column is not a decimal number (leading zero), so it stays text too
        assertThat(sheet.rows().get(0)).containsExactly("01", "'=cmd", 0.1, true, "01");
        assertThat(sheet.rows().get(1)).containsExactly("2", "Ann, \"A\"\nSmith", 1.0E-5, false, "NaN");
        assertThat(sheet.rows().get(2)).containsExactly("3", null, 42.0, null, null);
    }

    @Test
    void cellTyping() {
        assertThat(CsvSheet.cell("-0.5", false)).isEqualTo(-0.5);
        assertThat(CsvSheet.cell("1e3", false)).isEqualTo(1000.0);
        assertThat(CsvSheet.cell("1e3", true)).isEqualTo("1e3");
        assertThat(CsvSheet.cell("0x10", false)).isEqualTo("0x10");
        assertThat(CsvSheet.cell("1d", false)).isEqualTo("1d");
        assertThat(CsvSheet.cell("Infinity", false)).isEqualTo("Infinity");
        assertThat(CsvSheet.cell("TRUE", false)).isEqualTo("TRUE");
        assertThat(Arrays.asList(CsvSheet.cell("", false), CsvSheet.cell("", true))).containsOnlyNulls();
    }
}
