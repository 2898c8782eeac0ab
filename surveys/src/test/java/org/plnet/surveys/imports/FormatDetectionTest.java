package org.plnet.surveys.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectionTest {

    @TempDir
    Path dir;

    private static ImportSettings settings() {
        return ImportSettings.builder(Samples.roster()).build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "qualtrics-roster-choice-text.csv, qualtrics",
            "qualtrics-roster-choice-text.xlsx, qualtrics",
            "qualtrics-roster-numeric.csv, qualtrics",
            "google-forms-grid.csv, google-forms",
            "google-forms-grid.xlsx, google-forms",
            "surveymonkey-matrix.csv, surveymonkey",
            "name-generator.csv, name-generator",
            "ucinet-fullmatrix.dl, ucinet-dl",
            "ucinet-edgelist1.dl, ucinet-dl",
            "pajek.net, pajek"})
    void everySampleIsRecognised(String sample, String format) {
        FormatDetection.Detected d = FormatDetection.detect(SurveyFile.of(Samples.file(sample), sample), settings(),
                SurveyReaders.all());
        assertThat(d.reader().format().cliName()).isEqualTo(format);
    }

    @Test
    void rosterGridIsRecognisedByItsHeaders() throws IOException {
        Path grid = Files.writeString(dir.resolve("grid.csv"), "id,p01,p02,p03\np01,,2,1\np02,3,,\n");
        FormatDetection.Detected d = FormatDetection.detect(SurveyFile.of(grid, "grid.csv"), settings(), SurveyReaders.all());
        assertThat(d.reader().format()).isEqualTo(SurveyFormat.ROSTER_GRID);
    }

    @Test
    void aFileNoReaderKnowsAsksForTheFormat() throws IOException {
        Path other = Files.writeString(dir.resolve("other.csv"), "colour,size\nred,3\n");
        assertThatThrownBy(() -> FormatDetection.detect(SurveyFile.of(other, "other.csv"), settings(), SurveyReaders.all()))
                .hasMessageStartingWith("other.csv: cannot tell the format of this file")
                .hasMessageContaining("give --format");
    }

    @Test
    void aBinaryFileSaysSo() throws IOException {
        Path binary = Files.write(dir.resolve("photo.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        assertThatThrownBy(() -> FormatDetection.detect(SurveyFile.of(binary, "photo.csv"), settings(), SurveyReaders.all()))
                .hasMessage("photo.csv:1: is a binary file, not text (it holds NUL bytes): save it as CSV UTF-8");
    }

    @Test
    void cliNamesRoundTrip() {
        for (SurveyFormat f : SurveyFormat.values()) {
            assertThat(SurveyFormat.fromCliName(" " + f.cliName().toUpperCase(java.util.Locale.ROOT) + " ")).contains(f);
        }
        assertThat(SurveyFormat.fromCliName("excel")).isEmpty();
    }
}
