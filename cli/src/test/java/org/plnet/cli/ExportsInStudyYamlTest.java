package org.plnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code plnet analyze}, {@code report} and {@code validate} on a study folder whose study.yaml names its survey
 * exports (imports:), with people.csv as the roster and no ties.csv.
 */
class ExportsInStudyYamlTest {

    /** The shared samples, as the surveys module keeps them for its tests. */
    private static final Path SAMPLES = Path.of("..", "surveys", "src", "test", "resources", "imports", "samples");
    private static final String QUALTRICS = "qualtrics-roster-choice-text.csv";
    private static final String GOOGLE = "google-forms-grid.csv";
    /** The Qualtrics sample as the advice survey of wave 1, the Google Forms sample as wave 2. */
    private static final String TWO_WAVES = """
            # the autumn and spring advice surveys
            imports:
              - file: exports/qualtrics-roster-choice-text.csv
                relation: advice
                wave: 1
              - file: exports/google-forms-grid.csv
                relation: advice
                wave: 2
            """;

    @TempDir
    Path temp;

    /** {@code under/forest}: the samples' roster as people.csv, both samples in exports/, and this study.yaml. */
    private Path study(String under, String yaml) throws IOException {
        Path study = Files.createDirectories(temp.resolve(under).resolve("forest").resolve("exports"))
                .getParent();
        Files.copy(SAMPLES.resolve("roster.csv"), study.resolve("people.csv"));
        Files.copy(SAMPLES.resolve(QUALTRICS), study.resolve("exports").resolve(QUALTRICS));
        Files.copy(SAMPLES.resolve(GOOGLE), study.resolve("exports").resolve(GOOGLE));
        Files.writeString(study.resolve("study.yaml"), yaml);
        return study;
    }

    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.toList()) {
                files.put(folder.relativize(p).toString(), Files.isRegularFile(p)
                        ? new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1) : "(folder)");
            }
        }
        return files;
    }

    private static CliRun ok(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.status()).as(run.err()).isZero();
        return run;
    }

    @Test
    void analyzingTheExportsGivesTheMetricsOfImportingThemFirst() throws IOException {
        Path study = study("raw", TWO_WAVES);
        Map<String, String> before = snapshot(study);
        Path fromYaml = temp.resolve("from-yaml");
        ok("analyze", study.toString(), "--out", fromYaml.toString());

        // the same exports through plnet import, into a study folder of the same name, then analysed
        Path imported = temp.resolve("imported").resolve("forest");
        ok("import", study.resolve("exports").resolve(QUALTRICS).toString(), "--roster",
                study.resolve("people.csv").toString(), "--relation", "advice", "--wave", "1", "--out",
                imported.toString());
        ok("import", study.resolve("exports").resolve(GOOGLE).toString(), "--roster",
                study.resolve("people.csv").toString(), "--relation", "advice", "--wave", "2", "--out",
                imported.toString());
        Path fromImport = temp.resolve("from-import");
        ok("analyze", imported.toString(), "--out", fromImport.toString());

        for (String file : new String[] {"metrics.json", "people.csv", "schools.csv"}) {
            assertThat(Files.readAllBytes(fromYaml.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(fromImport.resolve(file)));
        }
        assertThat(Files.readString(fromYaml.resolve("metrics.json"))).contains("\"study\": \"forest\",");
        assertThat(Files.readString(fromYaml.resolve("import-report.txt")))
                .contains("Import 1: exports/qualtrics-roster-choice-text.csv")
                .contains("Import 2: exports/google-forms-grid.csv");
        assertThat(snapshot(study)).as("the study folder is never written").isEqualTo(before);
    }

    @Test
    void outputIsByteIdenticalOnASecondRun() throws IOException {
        Path study = study("raw", TWO_WAVES);
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        ok("analyze", study.toString(), "--out", first.toString());
        ok("analyze", study.toString(), "--out", second.toString());
        assertThat(snapshot(second)).isEqualTo(snapshot(first));
    }

    @Test
    void validatePrintsEachImportsSectionAndReportRunsFromTheExports() throws IOException {
        Path study = study("raw", TWO_WAVES);
        CliRun validate = ok("validate", study.toString());
        assertThat(validate.out())
                .contains("format qualtrics detected (confidence 1.00; give format: to override)")
                .contains("format google-forms detected (confidence 0.95; give format: to override)")
                .contains("  wave 1: 23 rows read, 23 ties kept")
                .contains("  wave 2: 23 rows read, 23 ties kept");
        Path out = temp.resolve("report");
        CliRun report = ok("report", study.toString(), "--out", out.toString());
        assertThat(report.out()).startsWith("Report on advice, wave 2 (compared with wave 1)");
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void anUnsettledNameStopsUnlessLenient() throws IOException {
        Path study = study("raw", "imports:\n  - file: exports/names.csv\n    relation: advice\n");
        Files.copy(SAMPLES.resolve("name-generator.csv"), study.resolve("exports").resolve("names.csv"));
        Path out = temp.resolve("out");
        CliRun strict = CliRun.of("analyze", study.toString(), "--out", out.toString());
        assertThat(strict.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(strict.err()).isEqualTo("plnet: error: exports/names.csv:10:3: 'Mr Nobody' (typed by p10) fits"
                + " no one on the roster (and 1 more of exports/names.csv): settle each name with a text,id row in an"
                + " aliases file and name that file with aliases: in import 1 (exports/names.csv) of study.yaml, or"
                + " give --lenient to leave them out" + System.lineSeparator());
        assertThat(out).doesNotExist();
        ok("analyze", study.toString(), "--out", out.toString(), "--lenient");
        assertThat(Files.readString(out.resolve("import-report.txt")))
                .contains("exports/names.csv:10:3: warning: 'Mr Nobody' (typed by p10) fits no one on the roster:"
                        + " left out (lenient mode)");
    }

    /** Every bad entry: one line with file, line and column, exit status 2, nothing written. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            imports:\\n  - file: exports/google-forms-grid.csv\\n    wave: 2\\n    sheet: 1\\n | study.yaml:4:5: unknown key 'sheet' in imports entry 1; allowed: file, format, respondent, relation, wave, scale, aliases
            imports:\\n  - file: exports/spring.csv\\n | study.yaml:2:11: imports entry 1 file 'exports/spring.csv': no such file in the study folder (paths are relative to the study folder)
            imports:\\n  - file: ../forest/exports/google-forms-grid.csv\\n | study.yaml:2:11: imports entry 1 file '../forest/exports/google-forms-grid.csv' leads outside the study folder: give a path relative to the study folder, without '..', and keep the file inside it
            imports:\\n  - file: /etc/hosts\\n | study.yaml:2:11: imports entry 1 file '/etc/hosts' is not inside the study folder: give a path relative to the study folder, without '..', and keep the file inside it
            imports:\\n  - file: exports/google-forms-grid.csv\\n    format: google-sheets\\n | study.yaml:3:13: imports entry 1 format 'google-sheets' is not a format plnet reads: qualtrics, google-forms, surveymonkey, roster-grid, name-generator, ucinet-dl, pajek, graphml, gexf, edge-list, sociogram-template
            """)
    void badEntryStopsWithItsLocation(String yaml, String message) throws IOException {
        Path study = study("raw", yaml.strip().replace("\\n", "\n"));
        Path out = temp.resolve("out");
        for (String command : new String[] {"analyze", "report"}) {
            CliRun run = CliRun.of(command, study.toString(), "--out", out.toString());
            assertThat(run.status()).as(command).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).as(command).isEqualTo("plnet: error: " + message + System.lineSeparator());
            assertThat(out).doesNotExist();
        }
        CliRun validate = CliRun.of("validate", study.toString());
        assertThat(validate.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(validate.out()).contains("Issues: 1 error, 0 warnings\n  " + message.replaceFirst(": ", ": error: "));
    }
}
