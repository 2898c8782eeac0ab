package org.plnet.surveys.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

class FrequencyScaleTest {

    @TempDir
    Path dir;

    private FrequencyScale read(String text) throws IOException {
        return FrequencyScale.read(SurveyFile.of(Files.writeString(dir.resolve("scale.csv"), text), "scale.csv"));
    }

    @Test
    void sampleScaleFileIgnoresCaseAndSpaces() {
        FrequencyScale s = FrequencyScale.read(SurveyFile.of(Samples.file("expected-scale.csv"), "expected-scale.csv"));
        assertThat(s.code("A few times a year").getAsDouble()).isEqualTo(1.0);
        assertThat(s.code("  a FEW times  a year ").getAsDouble()).isEqualTo(1.0);
        assertThat(s.code("afewtimesayear").getAsDouble()).isEqualTo(1.0);
        assertThat(s.code("Daily").getAsDouble()).isEqualTo(4.0);
        assertThat(s.code("Hourly")).isEmpty();
        assertThat(s.max()).isEqualTo(4.0);
        assertThat(s.describe()).isEqualTo("Never=0, A few times a year=1, Monthly=2, Weekly=3, Daily=4");
    }

    @Test
    void unknownLabelNamesWhereAndWhat() {
        FrequencyScale s = FrequencyScale.builtIn().get(0);
        assertThatThrownBy(() -> s.code("Fortnightly", new SourceLocation("export.csv", 7, 12)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("export.csv:7:12: unknown answer 'Fortnightly': the scale built-in (Never, "
                        + "A few times a year, Monthly, Weekly, Daily) has Never, A few times a year, Monthly, Weekly, Daily");
    }

    @Test
    void fileWithoutHeaderAndDecimalCodes() throws IOException {
        FrequencyScale s = read("Never,0\nSometimes,0.5\nOften,1\n");
        assertThat(s.labels()).containsExactly("Never", "Sometimes", "Often");
        assertThat(s.code("sometimes").getAsDouble()).isEqualTo(0.5);
    }

    @Test
    void badRowsNameTheirRowAndColumn() throws IOException {
        assertThatThrownBy(() -> read("label,code\nNever,0\nOften,lots\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("scale.csv:3:2: the code of 'Often' must be a number at least 0, not 'lots'");
        assertThatThrownBy(() -> read("label,code\nNever,0\nOften,-1\n"))
                .hasMessage("scale.csv:3:2: the code of 'Often' must be a number at least 0, not '-1'");
        assertThatThrownBy(() -> read("label,code\nNever,0\nOften,\n"))
                .hasMessage("scale.csv:3:2: no code for label 'Often'");
        assertThatThrownBy(() -> read("label,code\nNever,0\n NEVER ,1\n"))
                .hasMessage("scale.csv:3:1: label 'NEVER' is given two codes (0 and 1)");
        assertThatThrownBy(() -> read("label,code\n"))
                .hasMessage("scale.csv: the scale file has no label,code row");
    }

    @Test
    void builtInScalesThatKnowEveryLabel() {
        assertThat(FrequencyScale.builtInsKnowingAll(List.of("Never", "A few times a year", "Daily")))
                .extracting(FrequencyScale::name)
                .containsExactly("built-in (Never, A few times a year, Monthly, Weekly, Daily)");
        // "Never" and "Daily" are on three scales, as 4, 5 and 6: they do not agree
        List<FrequencyScale> three = FrequencyScale.builtInsKnowingAll(List.of("never", "daily"));
        assertThat(three).hasSize(3);
        assertThat(three.get(0).agreesWith(three.get(1), List.of("never", "daily"))).isFalse();
        assertThat(three.get(0).agreesWith(three.get(1), List.of("never"))).isTrue();
    }
}
