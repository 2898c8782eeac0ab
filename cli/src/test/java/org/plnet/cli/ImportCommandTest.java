package org.plnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ImportCommandTest {

    /** The shared samples, as the surveys module keeps them for its tests. */
    private static final Path SAMPLES = Path.of("..", "surveys", "src", "test", "resources", "imports", "samples");

    @TempDir
    Path temp;

    /** {@code plnet import ...}: through plnet once it lists the command, else the command alone. */
    private static CliRun plnetImport(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine plnet = Plnet.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        int status;
        if (plnet.getSubcommands().containsKey("import")) {
            String[] all = new String[args.length + 1];
            all[0] = "import";
            System.arraycopy(args, 0, all, 1, args.length);
            status = plnet.execute(all);
        } else {
            CommandLine alone = new CommandLine(new ImportCommand());
            alone.setOut(new PrintWriter(out, true));
            alone.setErr(new PrintWriter(err, true));
            alone.setExecutionExceptionHandler(new Failures());
            alone.setParameterExceptionHandler(new Failures());
            status = alone.execute(args);
        }
        return new CliRun(status, out.toString(), err.toString());
    }

    private static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    private static List<String> sortedRows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(l -> l.replace("\r", "")).sorted().toList();
    }

    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void aNetworkImportCountsTheSourcesOfItsTiesAsRespondentsAsTheReportDoes() throws IOException {
        // issue 9, item 15: pajek.net's 23 ties come from 9 of the 12 people (the report's response table)
        Path study = temp.resolve("study");
        CliRun run = plnetImport(sample("pajek.net"), "--roster", sample("roster.csv"), "--relation", "advice",
                "--out", study.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("(pajek): 9 respondents (the sources of its ties: a network file lists no"
                + " respondents), 23 ties (relation advice, wave 1); 0 unmatched names; 0 repeated responses dropped");
        assertThat(java.nio.file.Files.readString(study.resolve("import-report.txt")))
                .contains("  all                     12            9          75.0%");
        assertThat(study.resolve("respondents.csv")).doesNotExist();
    }

    @Test
    void repeatedRespondentsWithoutEndDatesNeedTheOption() throws IOException {
        // issue 9, item 14: p01 answered twice and nothing dates the answers
        Path file = temp.resolve("ng.csv");
        java.nio.file.Files.writeString(file, "StaffID,Advice_1\np01,Jane Smith\np02,Mark Evans\np01,Li Wei\n");
        Path study = temp.resolve("study");
        CliRun refused = plnetImport(file.toString(), "--roster", sample("roster.csv"), "--out", study.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("ng.csv:4: 1 people responded more than once")
                .contains("--repeated latest");
        assertThat(study).doesNotExist();
        CliRun latest = plnetImport(file.toString(), "--roster", sample("roster.csv"), "--out", study.toString(),
                "--repeated", "latest");
        assertThat(latest.status()).as(latest.err()).isZero();
        assertThat(latest.out()).contains("2 respondents, 2 ties").contains("1 repeated responses dropped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qualtrics-roster-choice-text.csv", "qualtrics-roster-choice-text.xlsx",
        "qualtrics-roster-numeric.csv", "google-forms-grid.csv", "google-forms-grid.xlsx", "surveymonkey-matrix.csv"})
    void everySampleImportsToTheGroundTruthAndAnalyses(String name) throws IOException {
        Path study = temp.resolve("study");
        CliRun run = plnetImport(sample(name), "--roster", sample("roster.csv"), "--relation", "advice",
                "--out", study.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("10 respondents, 23 ties (relation advice, wave 1); 0 unmatched names");
        assertThat(sortedRows(study.resolve("ties.csv"))).isEqualTo(sortedRows(SAMPLES.resolve("expected-ties.csv")));

        Path report = temp.resolve("report");
        CliRun analyze = CliRun.of("analyze", study.toString(), "--out", report.toString());
        assertThat(analyze.status()).as(analyze.err()).isZero();
        assertThat(report.resolve("metrics.json")).exists();
    }

    @Test
    void badInputExitsWith2NamesFileLineColumnAndLeavesTheStudyAlone() throws IOException {
        Path study = temp.resolve("study");
        assertThat(plnetImport(sample("google-forms-grid.csv"), "--roster", sample("roster.csv"),
                "--relation", "advice", "--out", study.toString()).status()).isZero();
        Map<String, String> before = snapshot(study);

        Path unknown = Files.writeString(temp.resolve("export.csv"), "Timestamp,Your name,Q [Jane Smith],Q [Tom O'Neill]\n"
                + "02/10/2019 09:10:00,Jane Smith,,Once in a blue moon\n", StandardCharsets.UTF_8);
        CliRun run = plnetImport(unknown.toString(), "--roster", sample("roster.csv"), "--relation", "advice",
                "--wave", "2", "--out", study.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("plnet: error: " + unknown + ":2:4: unknown answer 'Once in a blue moon'");
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(snapshot(study)).isEqualTo(before);

        Path fake = Files.writeString(temp.resolve("export.xlsx"), "not a workbook");
        run = plnetImport(fake.toString(), "--roster", sample("roster.csv"), "--wave", "2", "--out", study.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("plnet: error: " + fake + ": is named .xlsx but is not an XLSX spreadsheet "
                + "(it is not an Office Open XML file)\n");
        assertThat(snapshot(study)).isEqualTo(before);
    }

    @Test
    void sameRelationAndWaveTwiceNeedsReplace() {
        Path study = temp.resolve("study");
        String[] args = {sample("surveymonkey-matrix.csv"), "--roster", sample("roster.csv"), "--relation", "advice",
            "--out", study.toString()};
        assertThat(plnetImport(args).status()).isZero();
        CliRun again = plnetImport(args);
        assertThat(again.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(again.err()).contains("the study already has relation advice, wave 1 (23 ties); give --replace");
        String[] replace = java.util.Arrays.copyOf(args, args.length + 1);
        replace[args.length] = "--replace";
        assertThat(plnetImport(replace).status()).isZero();
    }

    @Test
    void unknownFormatAndMissingRosterAreUsageErrors() {
        Path study = temp.resolve("study");
        CliRun run = plnetImport(sample("surveymonkey-matrix.csv"), "--roster", sample("roster.csv"),
                "--format", "excel", "--out", study.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        // the same message shape as every bad option value (compare --names), with the help hint
        assertThat(run.err()).isEqualTo("plnet: Invalid value for option '--format': 'excel' is not one of qualtrics,"
                + " google-forms, surveymonkey, roster-grid, name-generator, ucinet-dl, pajek, graphml, gexf, edge-list,"
                + " sociogram-template\n"
                + "Try 'plnet import --help' for more information.\n");
        run = plnetImport(sample("surveymonkey-matrix.csv"), "--out", study.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("Missing required option: '--roster=ROSTER.csv'");
        assertThat(Files.exists(study)).isFalse();
    }

    @Test
    void formatNamesAreReadInAnyCase() {
        Path study = temp.resolve("study");
        CliRun run = plnetImport(sample("pajek.net"), "--roster", sample("roster.csv"), "--format", " Pajek ",
                "--relation", "advice", "--out", study.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Imported " + sample("pajek.net") + " (pajek): ");
    }

    @Test
    void unsureRespondentColumnAsksForTheOption() throws IOException {
        Path export = Files.writeString(temp.resolve("grid.csv"), "Timestamp,Your name,Your mentor,Q [Jane Smith],"
                + "Q [Tom O'Neill]\n02/10/2019 09:10:00,Jane Smith,Tom O'Neill,,Weekly\n"
                + "02/10/2019 09:11:00,Tom O'Neill,Jane Smith,Daily,\n", StandardCharsets.UTF_8);
        Path study = temp.resolve("study");
        CliRun run = plnetImport(export.toString(), "--roster", sample("roster.csv"), "--out", study.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("cannot tell which column identifies the respondent").contains("--respondent");
        run = plnetImport(export.toString(), "--roster", sample("roster.csv"), "--out", study.toString(),
                "--respondent", "Your name", "--relation", "advice");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(sortedRows(study.resolve("ties.csv"))).containsExactly("p01,p02,advice,3,1", "p02,p01,advice,4,1");
    }
}
