package org.plnet.surveys.imports.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.RawTable;
import org.plnet.surveys.imports.RawTables;
import org.plnet.surveys.imports.Samples;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyReader;
import org.plnet.surveys.imports.TinyXlsx;

/** Every grid sample of shared/samples imports to exactly expected-ties.csv (ties and weights). */
class GridSamplesTest {

    @TempDir
    Path dir;

    private static SurveyReader reader(String format) {
        return switch (format) {
            case "qualtrics" -> new QualtricsReader();
            case "google-forms" -> new GoogleFormsReader();
            case "surveymonkey" -> new SurveyMonkeyReader();
            default -> throw new IllegalArgumentException(format);
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "qualtrics-roster-choice-text.csv, qualtrics",
            "qualtrics-roster-choice-text.xlsx, qualtrics",
            "qualtrics-roster-numeric.csv, qualtrics",
            "google-forms-grid.csv, google-forms",
            "google-forms-grid.xlsx, google-forms",
            "surveymonkey-matrix.csv, surveymonkey"})
    void importsExactlyTheGroundTruth(String sample, String format) {
        ImportSettings settings = ImportSettings.builder(Samples.roster()).relation("advice").build();
        ImportedSurvey survey = reader(format).read(SurveyFile.of(Samples.file(sample), sample), settings);
        assertThat(Samples.lines(survey.ties())).containsExactlyElementsOf(Samples.expectedTies());
        // 10 respondents: everyone but p07 and p12, including p10 and p03/p09/p11 who named few
        assertThat(survey.respondents().get("1")).containsExactly(
                "p01", "p02", "p03", "p04", "p05", "p06", "p08", "p09", "p10", "p11");
        assertThat(survey.unmatched()).isEmpty();
    }

    /** Every CSV layout also comes as XLSX: the CSV samples saved as workbooks (whole numbers as numbers). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "qualtrics-roster-numeric.csv, qualtrics",
            "surveymonkey-matrix.csv, surveymonkey"})
    void csvSamplesSavedAsXlsxImportTheSame(String sample, String format) throws java.io.IOException {
        RawTable csv = RawTables.read(Samples.file(sample), sample);
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int r = 0; r < csv.rowCount(); r++) {
            rows.add(csv.row(r));
        }
        Path xlsx = TinyXlsx.write(dir.resolve(sample.replace(".csv", ".xlsx")), List.of(rows));
        ImportSettings settings = ImportSettings.builder(Samples.roster()).relation("advice").build();
        ImportedSurvey survey = reader(format).read(SurveyFile.of(xlsx, "export.xlsx"), settings);
        assertThat(Samples.lines(survey.ties())).containsExactlyElementsOf(Samples.expectedTies());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "qualtrics-roster-choice-text.csv, qualtrics",
            "google-forms-grid.csv, google-forms",
            "surveymonkey-matrix.csv, surveymonkey"})
    void detectsItsOwnFormatOnly(String sample, String format) {
        SurveyFile file = SurveyFile.of(Samples.file(sample), sample);
        for (String other : List.of("qualtrics", "google-forms", "surveymonkey")) {
            double confidence = reader(other).detect(file);
            if (other.equals(format)) {
                assertThat(confidence).as(other).isGreaterThanOrEqualTo(0.95);
            } else {
                assertThat(confidence).as(other).isZero();
            }
        }
    }
}
