package org.plnet.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.model.Study;
import org.plnet.engine.model.KeptTies;
import org.plnet.surveys.imports.Samples;
import org.plnet.surveys.imports.write.SurveyImport;
import org.plnet.surveys.report.ImportIssue;
import org.plnet.surveys.studyfolder.StudyFolderReader;

/** A study folder whose study.yaml names its survey exports under {@code imports:}. */
class StudyReaderTest {

    private static final String QUALTRICS = "qualtrics-roster-choice-text.csv";
    private static final String GOOGLE = "google-forms-grid.csv";
    private static final String TWO_WAVES = """
            imports:
              - file: exports/qualtrics-roster-choice-text.csv
                relation: advice
                wave: 1
              - file: exports/google-forms-grid.csv
                relation: advice
                wave: 2
            """;

    @TempDir
    Path dir;

    /** A new study folder {@code forest}: the samples' roster as people.csv, the named samples in exports/. */
    private Path study(String yaml, String... exports) throws IOException {
        Path study = Files.createDirectories(Files.createTempDirectory(dir, "a").resolve("forest"));
        Files.copy(Samples.file("roster.csv"), study.resolve("people.csv"));
        Files.createDirectories(study.resolve("exports"));
        for (String e : exports) {
            Files.copy(Samples.file(e), study.resolve("exports").resolve(e));
        }
        Files.writeString(study.resolve("study.yaml"), yaml);
        return study;
    }

    /** Every file under a folder and its bytes, to show the folder did not change. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** What a study holds, in a form that two equal studies share: people, relations, ties, respondents. */
    private static List<String> contents(Study s) {
        List<String> lines = new ArrayList<>();
        lines.add(s.name());
        s.people().forEach(p -> lines.add(p.toString()));
        s.relations().values().forEach(r -> lines.add(r.toString()));
        for (KeptTies l : s.layers()) {
            for (int k = 0; k < l.size(); k++) {
                lines.add(l.relation() + "/" + l.wave() + " " + l.source(k) + "->" + l.target(k) + ":" + l.weight(k));
            }
        }
        s.waves().forEach(w -> lines.add("respondents " + w + " " + s.respondents(w)));
        return lines;
    }

    private static List<String> issues(StudyInput result) {
        return result.report().issues().stream().map(ImportIssue::toString).toList();
    }

    @Test
    void exportsNamedInStudyYamlGiveTheStudyThatImportingThemFirstGives() throws IOException {
        Path study = study(TWO_WAVES, QUALTRICS, GOOGLE);
        Map<String, String> before = snapshot(study);
        StudyInput fromYaml = StudyReader.read(study, ReadMode.STRICT);
        assertThat(issues(fromYaml)).containsExactly(
                "exports/qualtrics-roster-choice-text.csv:4:3: warning: a preview response (status 'Survey Preview'):"
                        + " dropped",
                "exports/qualtrics-roster-choice-text.csv:13:7: warning: the response of p10 is unfinished (Finished ="
                        + " False): its answers were kept");

        Path imported = dir.resolve("b").resolve("forest");
        SurveyImport.of(study.resolve("exports").resolve(QUALTRICS), study.resolve("people.csv"), imported)
                .relation("advice").wave("1").run();
        SurveyImport.of(study.resolve("exports").resolve(GOOGLE), study.resolve("people.csv"), imported)
                .relation("advice").wave("2").run();
        Study expected = StudyFolderReader.read(imported, ReadMode.STRICT).studyOrThrow();

        assertThat(contents(fromYaml.study())).isEqualTo(contents(expected));
        assertThat(fromYaml.study().layers()).extracting(l -> l.relation() + "/" + l.wave() + "/" + l.size())
                .containsExactly("advice/1/23", "advice/2/23");
        // the study folder is read, never written
        assertThat(snapshot(study)).isEqualTo(before);
    }

    @Test
    void anExportsTieRowThatBreaksAStudyRuleIsReportedWhereTheExportHasIt() throws IOException {
        Path study = study("""
                relations:
                  advice:
                    scaleMax: 3
                imports:
                  - file: exports/qualtrics-roster-choice-text.csv
                    relation: advice
                    wave: 1
                """, QUALTRICS);
        StudyInput result = StudyReader.read(study, ReadMode.STRICT);
        assertThat(result.usable()).isFalse();
        List<String> errors = result.report().errors().stream().map(ImportIssue::toString).toList();
        assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e)
                .startsWith("exports/qualtrics-roster-choice-text.csv:")
                .contains(": error: weight 4 is above scaleMax 3 of relation advice (study.yaml line 3)"));
        assertThat(errors.get(0)).matches("exports/qualtrics-roster-choice-text.csv:\\d+:\\d+: .*");
    }

    @Test
    void theReportHasASectionPerExport() throws IOException {
        Path study = study(TWO_WAVES, QUALTRICS, GOOGLE);
        String report = StudyReader.read(study, ReadMode.STRICT).report().toText();
        assertThat(report)
                .contains("\nSurvey exports named in study.yaml\n  2 imported as plnet import would import them, in"
                        + " memory: nothing is written into the study folder\n")
                .contains("\nImport 1: exports/qualtrics-roster-choice-text.csv\n"
                        + "  export: exports/qualtrics-roster-choice-text.csv\n"
                        + "  format qualtrics detected (confidence 1.00; give format: to override)\n"
                        + "  roster: people.csv (12 people)\n"
                        + "  relation advice, wave 1\n"
                        + "  mode: strict\n")
                .contains("  respondent column: 'Q1 / Your staff ID' (column 18, R), values matched as roster ids;")
                .contains("  every name was matched to the roster\n  23 ties for relation advice, wave 1\n"
                        + "  relation advice: question and scaleMax 4 as the export gives it, unless study.yaml or an"
                        + " earlier export sets the relation\n")
                .contains("\nImport 2: exports/google-forms-grid.csv\n")
                .contains("  respondent column: 'Your name' (column 3, C), values matched as roster names;")
                .contains("  wave 2: 23 rows read, 23 ties kept");
        // the same input, the same report
        assertThat(StudyReader.read(study, ReadMode.STRICT).report().toText()).isEqualTo(report);
    }

    @Test
    void exportsAddToTheTiesOfTiesCsv() throws IOException {
        Path study = study("imports:\n  - file: exports/google-forms-grid.csv\n    relation: advice\n", GOOGLE);
        Files.writeString(study.resolve("ties.csv"), "source,target,relation\np01,p02,collab\np01,p01,collab\n");
        StudyInput result = StudyReader.read(study, ReadMode.STRICT);
        assertThat(result.study().layers()).extracting(l -> l.relation() + "/" + l.wave() + "/" + l.size())
                .containsExactly("advice/1/23", "collab/1/1");
        // the self-tie of ties.csv is reported once, at its own line
        assertThat(issues(result)).containsExactly("ties.csv:3:1: warning: self-tie p01 -> p01: row dropped");
    }

    @Test
    void aRelationAndWaveGivenTwiceIsAnError() throws IOException {
        Path study = study("imports:\n  - file: exports/google-forms-grid.csv\n    relation: advice\n", GOOGLE);
        Files.writeString(study.resolve("ties.csv"), "source,target,relation\np01,p02,advice\n");
        StudyInput result = StudyReader.read(study, ReadMode.STRICT);
        assertThat(result.usable()).isFalse();
        assertThat(result.report().errors()).extracting(ImportIssue::toString).containsExactly("study.yaml:2:5:"
                + " error: import 1 (exports/google-forms-grid.csv) brings relation advice, wave 1, which ties.csv"
                + " already gives: give this entry another relation: or wave:");

        Path two = study("imports:\n  - file: exports/google-forms-grid.csv\n  - file: exports/google-forms-grid.csv\n"
                + "    wave: 1\n", GOOGLE);
        assertThat(StudyReader.read(two, ReadMode.STRICT).report().errors()).extracting(ImportIssue::toString)
                .containsExactly("study.yaml:3:5: error: import 2 (exports/google-forms-grid.csv) brings relation"
                        + " default, wave 1, which import 1 (exports/google-forms-grid.csv) already gives: give this"
                        + " entry another relation: or wave:");
    }

    @Test
    void namesThatFitNoOneStopInStrictMode() throws IOException {
        Path study = study("imports:\n  - file: exports/name-generator.csv\n    relation: advice\n",
                "name-generator.csv");
        StudyInput result = StudyReader.read(study, ReadMode.STRICT);
        assertThat(result.usable()).isFalse();
        // name-generator-expected.csv: p10 typed 'Mr Nobody' (UNMATCHED) and 'Mrs Smith' (AMBIGUOUS:p01|p07)
        assertThat(result.report().errors()).extracting(ImportIssue::toString).containsExactly(
                "exports/name-generator.csv:10:3: error: 'Mr Nobody' (typed by p10) fits no one on the roster (and 1"
                        + " more of exports/name-generator.csv): settle each name with a text,id row in an aliases"
                        + " file and name that file with aliases: in import 1 (exports/name-generator.csv) of"
                        + " study.yaml, or give --lenient to leave them out");
    }

    @Test
    void namesThatFitNoOneAreLeftOutAndReportedInLenientMode() throws IOException {
        Path study = study("imports:\n  - file: exports/name-generator.csv\n    relation: advice\n",
                "name-generator.csv");
        StudyInput result = StudyReader.read(study, ReadMode.LENIENT);
        // 25 names typed, 23 settled (name-generator-expected.csv)
        assertThat(result.study().layer("advice", "1").orElseThrow().size()).isEqualTo(23);
        assertThat(issues(result)).containsExactly(
                "exports/name-generator.csv:10:3: warning: 'Mr Nobody' (typed by p10) fits no one on the roster:"
                        + " left out (lenient mode)",
                "exports/name-generator.csv:10:4: warning: 'Mrs Smith' (typed by p10) fits several roster people"
                        + " (p01, p07), and plnet does not choose: left out (lenient mode)");
        assertThat(result.report().toText()).contains("  2 names not settled to one roster person: left out (lenient"
                + " mode; settle them with aliases:)\n");
    }

    @Test
    void aliasesAndScaleOfAnEntryAreFilesOfTheStudyFolder() throws IOException {
        Path study = study("imports:\n  - file: exports/name-generator.csv\n    relation: advice\n"
                + "    aliases: aliases.csv\n", "name-generator.csv");
        Files.writeString(study.resolve("aliases.csv"), "text,id\nMr Nobody,p03\nMrs Smith,p07\n");
        StudyInput result = StudyReader.read(study, ReadMode.STRICT);
        assertThat(result.study().layer("advice", "1").orElseThrow().size()).isEqualTo(25);
        assertThat(result.report().toText()).contains("  aliases: aliases.csv (2 settled names)\n");

        Path scaled = study("imports:\n  - file: exports/google-forms-grid.csv\n    scale: frequency.csv\n", GOOGLE);
        Files.copy(Samples.file("expected-scale.csv"), scaled.resolve("frequency.csv"));
        StudyInput withScale = StudyReader.read(scaled, ReadMode.STRICT);
        assertThat(withScale.report().toText()).contains("  scale: frequency.csv (");
        assertThat(withScale.study().layer("default", "1").orElseThrow().size()).isEqualTo(23);
    }

    @Test
    void entriesThatNameNoFileOfTheFolderOrNoFormatAreErrorsAtTheirPlace() throws IOException {
        Path study = study("""
                imports:
                  - file: exports/nothing.csv
                  - file: exports
                  - file: exports/google-forms-grid.csv
                    format: xls
                    scale: scales/none.csv
                """, GOOGLE);
        StudyInput result = StudyReader.read(study, ReadMode.STRICT);
        assertThat(result.usable()).isFalse();
        assertThat(issues(result)).containsExactly(
                "study.yaml:2:11: error: imports entry 1 file 'exports/nothing.csv': no such file in the study folder"
                        + " (paths are relative to the study folder)",
                "study.yaml:3:11: error: imports entry 2 file 'exports' is not a file",
                "study.yaml:5:13: error: imports entry 3 format 'xls' is not a format plnet reads: qualtrics,"
                        + " google-forms, surveymonkey, roster-grid, name-generator, ucinet-dl, pajek, graphml, gexf,"
                        + " edge-list, sociogram-template",
                "study.yaml:6:12: error: imports entry 3 scale 'scales/none.csv': no such file in the study folder"
                        + " (paths are relative to the study folder)");
    }

    @Test
    void aLinkLeadingOutOfTheFolderIsAnError() throws IOException {
        Path study = study("imports:\n  - file: exports/link.csv\n");
        Path outside = Files.copy(Samples.file(GOOGLE), dir.resolve("outside.csv"));
        try {
            Files.createSymbolicLink(study.resolve("exports").resolve("link.csv"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        assertThat(issues(StudyReader.read(study, ReadMode.STRICT))).containsExactly("study.yaml:2:11: error:"
                + " imports entry 1 file 'exports/link.csv' leads outside the study folder (through a link): keep the"
                + " file inside it");
    }

    @Test
    void anExportThatCannotBeReadStopsWithItsOwnLocation() throws IOException {
        Path study = study("imports:\n  - file: exports/broken.csv\n");
        Files.write(study.resolve("exports").resolve("broken.csv"), new byte[] {'a', ',', 'b', '\n', 'c', 0});
        StudyInput result = StudyReader.read(study, ReadMode.STRICT);
        assertThat(result.report().errors()).extracting(ImportIssue::toString).containsExactly(
                "exports/broken.csv:2: error: is a binary file, not text (it holds NUL bytes): save it as CSV UTF-8");
        // the figures of the folder's own files are still reported
        assertThat(result.report().people()).isEqualTo(12);
    }

    @Test
    void withoutExportsItIsTheFolderAsTheStudyReaderReadsIt() throws IOException {
        Path study = study("name: Forest\n");
        Files.writeString(study.resolve("ties.csv"), "source,target\np01,p02\n");
        StudyInput plain = StudyFolderReader.read(study, ReadMode.STRICT);
        StudyInput read = StudyReader.read(study, ReadMode.STRICT);
        assertThat(read.report().toText()).isEqualTo(plain.report().toText());
        assertThat(contents(read.study())).isEqualTo(contents(plain.study()));
    }
}
