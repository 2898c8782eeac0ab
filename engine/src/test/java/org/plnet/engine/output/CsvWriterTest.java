package org.plnet.engine.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.plnet.engine.output.CsvWriter.Quoting;

class CsvWriterTest {

    @Test
    void whenNeededQuotesOnlyWhatRfc4180AndSurroundingSpaceRequire() {
        CsvWriter csv = new CsvWriter(Quoting.WHEN_NEEDED);
        assertThat(csv.cell("Ann Smith")).isEqualTo("Ann Smith");
        assertThat(csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(csv.cell("cr\r")).isEqualTo("\"cr\r\"");
        assertThat(csv.cell(" lead")).isEqualTo("\" lead\"");
        assertThat(csv.cell("trail\t")).isEqualTo("\"trail\t\"");
        assertThat(csv.cell("a rather long cell without anything special in it")).doesNotStartWith("\"");
        assertThat(csv.cell("")).isEmpty();
    }

    @Test
    void cautiousAlsoQuotesSpacesPunctuationBackslashesAndLongCells() {
        CsvWriter csv = new CsvWriter(Quoting.CAUTIOUS);
        assertThat(csv.cell("Ann Smith")).isEqualTo("\"Ann Smith\"");
        assertThat(csv.cell("Ann")).isEqualTo("Ann");
        assertThat(csv.cell("a-b.c")).isEqualTo("a-b.c");
        assertThat(csv.cell("a\\b")).isEqualTo("\"a\\b\"");
        assertThat(csv.cell("x".repeat(24))).isEqualTo("x".repeat(24));
        assertThat(csv.cell("x".repeat(25))).isEqualTo("\"" + "x".repeat(25) + "\"");
        assertThat(csv.cell("")).isEmpty();
    }

    @Test
    void numbersBooleansAndNullAreWrittenPlainly() throws Exception {
        CsvWriter csv = new CsvWriter(Quoting.CAUTIOUS).row("id", "n", "x", "ok", "none")
                .row(Arrays.asList("é", 3, -0.5, true, null)).row(7L, 1e-7, false, Double.NaN, "");
        assertThat(csv.text()).isEqualTo("id,n,x,ok,none\né,3,-0.5,true,\n7,1.0E-7,false,NaN,\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.writeTo(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(csv.text());
    }

    @Test
    void otherCellTypesAreRefused() {
        assertThatThrownBy(() -> new CsvWriter(Quoting.WHEN_NEEDED).row(new Object()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
