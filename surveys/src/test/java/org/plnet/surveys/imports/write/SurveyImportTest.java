package org.plnet.surveys.imports.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Study;
import org.plnet.surveys.imports.Samples;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.studyfolder.StudyFolderReader;

class SurveyImportTest {

    @TempDir
    Path dir;

    private static final String ROSTER = "roster.csv";

    private static SurveyImport sample(String name, Path out) {
        return SurveyImport.of(Samples.file(name), Samples.file(ROSTER), out).relation("advice");
    }

    /** study.yaml with its random pseudonymSeed written as SEED. */
    private static String seedMasked(String yaml) {
        assertThat(yaml).containsPattern("(?m)^pseudonymSeed: \\d+$");
        return yaml.replaceFirst("(?m)^pseudonymSeed: \\d+$", "pseudonymSeed: SEED");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Every file of a folder and its bytes, to show a folder did not change. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), read(p));
            }
        }
        return files;
    }

    private static List<String> tieLines(Path study) throws IOException {
        List<String> lines = read(study.resolve("ties.csv")).lines().toList();
        return lines.subList(1, lines.size()).stream().sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"qualtrics-roster-choice-text.csv", "qualtrics-roster-choice-text.xlsx",
        "qualtrics-roster-numeric.csv", "google-forms-grid.csv", "google-forms-grid.xlsx", "surveymonkey-matrix.csv"})
    void everySampleBecomesAStudyWithExactlyTheGroundTruth(String name) throws IOException {
        Path study = dir.resolve("study");
        SurveyImport.Outcome done = sample(name, study).run();
        // expected-ties.csv has the columns source,target,relation,weight,wave, as ties.csv
        assertThat(tieLines(study)).containsExactlyElementsOf(Samples.expectedTies());
        assertThat(read(study.resolve("respondents.csv"))).isEqualTo("id,wave\np01,1\np02,1\np03,1\np04,1\np05,1\n"
                + "p06,1\np08,1\np09,1\np10,1\np11,1\n");
        assertThat(seedMasked(read(study.resolve("study.yaml")))).isEqualTo("name: study\npseudonymSeed: SEED\n"
                + "relations:\n  advice:\n"
                + "    question: \"How often do you go to each of these colleagues for advice about teaching and "
                + "learning?\"\n" + (name.contains("numeric") ? "" : "    scaleMax: 4\n"));
        assertThat(read(study.resolve("unmatched.csv")))
                .isEqualTo("relation,wave,text,status,candidates,respondent,file,line,column\n");
        assertThat(done.tiesWritten()).isEqualTo(23);
        assertThat(done.respondents()).isEqualTo(10);
        // plnet analyze reads the folder: 12 people, 23 kept ties, p07 and p12 not respondents
        Study model = StudyFolderReader.read(study, ReadMode.STRICT).studyOrThrow();
        assertThat(model.size()).isEqualTo(12);
        assertThat(model.layer("advice", "1").orElseThrow().size()).isEqualTo(23);
        assertThat(model.respondents("1").cardinality()).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ucinet-fullmatrix.dl", "ucinet-edgelist1.dl", "pajek.net"})
    void networkFilesBecomeStudiesWhoseRespondentsAreTheTieSources(String name) throws IOException {
        Path study = dir.resolve("study");
        sample(name, study).run();
        assertThat(tieLines(study)).containsExactlyElementsOf(Samples.expectedTies());
        // a network file does not say who answered: no respondents.csv, the study takes the ties' sources
        assertThat(study.resolve("respondents.csv")).doesNotExist();
        Study model = StudyFolderReader.read(study, ReadMode.STRICT).studyOrThrow();
        assertThat(model.respondents("1").cardinality()).isEqualTo(9);
    }

    @Test
    void peopleCsvIsTheRosterInTheStudyFormat() throws IOException {
        Path study = dir.resolve("study");
        sample("google-forms-grid.csv", study).run();
        assertThat(read(study.resolve("people.csv")).lines().limit(3)).containsExactly(
                "id,name,school,role,member",
                "p01,Jane Smith,Ashurst Primary,senior leader,yes",
                "p02,Tom O'Neill,Ashurst Primary,teacher,yes");
        assertThat(read(study.resolve("import-report.txt")))
                .contains("format google-forms detected (confidence 0.95; give --format to override)")
                .contains("respondent column: 'Your name' (column 3, C), values matched as roster names; detected: "
                        + "10 of 10 values are on the roster")
                .contains("2 did not respond: p07, p12");
    }

    @Test
    void outputIsByteForByteTheSameOnASecondRun() throws IOException {
        Path study = dir.resolve("study");
        sample("qualtrics-roster-choice-text.csv", study).run();
        Map<String, String> first = snapshot(study);
        try (Stream<Path> files = Files.list(study)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(study);
        sample("qualtrics-roster-choice-text.csv", study).run();
        Map<String, String> second = snapshot(study);
        // study.yaml's pseudonymSeed is drawn at random (issue 8, item 10); everything else is the same
        assertThat(second.get("study.yaml")).isNotEqualTo(first.get("study.yaml"));
        second.replace("study.yaml", seedMasked(second.get("study.yaml")));
        first.replace("study.yaml", seedMasked(first.get("study.yaml")));
        assertThat(second).isEqualTo(first);
        assertThat(first.keySet()).containsExactly("import-report.txt", "people.csv", "respondents.csv",
                "study.yaml", "ties.csv", "unmatched.csv");
        assertThat(String.join("", first.values())).doesNotContain("\r");
    }

    @Test
    void anotherWaveAndAnotherRelationAddToTheStudy() throws IOException {
        Path study = dir.resolve("study");
        sample("qualtrics-roster-choice-text.csv", study).run();
        sample("google-forms-grid.csv", study).wave("2").run();
        SurveyImport.of(Samples.file("surveymonkey-matrix.csv"), Samples.file(ROSTER), study).relation("collab").run();
        Study model = StudyFolderReader.read(study, ReadMode.STRICT).studyOrThrow();
        assertThat(model.layers()).extracting(l -> l.relation() + "/" + l.wave())
                .containsExactly("advice/1", "advice/2", "collab/1");
        assertThat(read(study.resolve("ties.csv")).lines().count()).isEqualTo(1 + 3 * 23);
        assertThat(read(study.resolve("study.yaml"))).contains("  collab:\n", "  advice:\n");
        assertThat(model.respondents("2").cardinality()).isEqualTo(10);
    }

    @Test
    void importingTheSameRelationAndWaveTwiceStopsAndChangesNothing() throws IOException {
        Path study = dir.resolve("study");
        sample("qualtrics-roster-choice-text.csv", study).run();
        Map<String, String> before = snapshot(study);
        assertThatThrownBy(() -> sample("google-forms-grid.csv", study).run())
                .isInstanceOf(InputException.class)
                .hasMessage(study + "/ties.csv: the study already has relation advice, wave 1 (23 ties); give "
                        + "--replace to replace them, or import into another --relation or --wave");
        assertThat(snapshot(study)).isEqualTo(before);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("study");
        }
    }

    @Test
    void replaceSwapsTheTiesOfThatRelationAndWave() throws IOException {
        Path study = dir.resolve("study");
        sample("qualtrics-roster-choice-text.csv", study).run();
        sample("surveymonkey-matrix.csv", study).clash(ClashPolicy.REPLACE).run();
        assertThat(tieLines(study)).containsExactlyElementsOf(Samples.expectedTies());
        assertThat(read(study.resolve("import-report.txt"))).contains("23 ties of relation advice, wave 1 replaced (--replace)");
    }

    @Test
    void badInputLeavesTheStudyAsItWas() throws IOException {
        Path study = dir.resolve("study");
        sample("qualtrics-roster-choice-text.csv", study).run();
        Map<String, String> before = snapshot(study);
        Path binary = Files.write(dir.resolve("export.csv"), new byte[] {'a', 0, 'b'});
        assertThatThrownBy(() -> SurveyImport.of(binary, Samples.file(ROSTER), study).wave("2").run())
                .isInstanceOf(InputException.class)
                .hasMessageContaining("is a binary file");
        Path notXlsx = Files.writeString(dir.resolve("export.xlsx"), "Timestamp,Your name\n");
        assertThatThrownBy(() -> SurveyImport.of(notXlsx, Samples.file(ROSTER), study).wave("2").run())
                .isInstanceOf(InputException.class)
                .hasMessage(notXlsx + ": is named .xlsx but is not an XLSX spreadsheet (it is not an Office Open XML file)");
        assertThat(snapshot(study)).isEqualTo(before);
    }

    @Test
    void failedFirstImportCreatesNoFolder() {
        Path study = dir.resolve("new-study");
        Path missing = dir.resolve("nothing.csv");
        assertThatThrownBy(() -> SurveyImport.of(missing, Samples.file(ROSTER), study).run())
                .isInstanceOf(InputException.class)
                .hasMessage(missing + ": file not found");
        assertThat(Files.exists(study)).isFalse();
    }

    @Test
    void existingStudyYamlKeepsItsCommentsAndSettings() throws IOException {
        Path study = dir.resolve("study");
        sample("qualtrics-roster-choice-text.csv", study).run();
        Files.writeString(study.resolve("study.yaml"), "# our network\nname: Forest PLN\nrelations:\n"
                + "  advice:\n    flow: seek   # they go to others\n    tieMin: 2\n");
        sample("google-forms-grid.csv", study).relation("collab").run();
        assertThat(read(study.resolve("study.yaml"))).isEqualTo("# our network\nname: Forest PLN\nrelations:\n"
                + "  collab:\n    question: \"How often do you go to each of these colleagues for advice about "
                + "teaching and learning?\"\n    scaleMax: 4\n"
                + "  advice:\n    flow: seek   # they go to others\n    tieMin: 2\n");
        assertThat(StudyFolderReader.read(study, ReadMode.STRICT).studyOrThrow().relation("advice").tieMin())
                .isEqualTo(2.0);
    }

    @Test
    void handMadeStudyWithoutRespondentsFileKeepsItsRespondents() throws IOException {
        Path study = dir.resolve("study");
        Files.createDirectories(study);
        Files.writeString(study.resolve("people.csv"), "id,name,school,member\np01,Jane Smith,Ashurst Primary,yes\n"
                + "p02,Tom O'Neill,Ashurst Primary,yes\n");
        Files.writeString(study.resolve("ties.csv"), "source,target,weight,wave\np01,p02,3,2018\n");
        sample("qualtrics-roster-choice-text.csv", study).run();
        // wave 2018 had no respondents list: its tie sources (p01) become its rows of respondents.csv
        assertThat(read(study.resolve("respondents.csv"))).startsWith("id,wave\np01,1\n").endsWith("p11,1\np01,2018\n");
        assertThat(read(study.resolve("ties.csv"))).contains("p01,p02,default,3,2018\n");
        Study model = StudyFolderReader.read(study, ReadMode.STRICT).studyOrThrow();
        assertThat(model.respondents("2018").cardinality()).isEqualTo(1);
        // the study's people first, in their order, then the roster's new people
        assertThat(model.people().get(0).id()).isEqualTo("p01");
        assertThat(model.size()).isEqualTo(12);
    }

    @Test
    void formatGivenSkipsDetection() throws IOException {
        Path study = dir.resolve("study");
        SurveyImport.Outcome done = sample("qualtrics-roster-numeric.csv", study).format(SurveyFormat.QUALTRICS).run();
        assertThat(done.format()).isEqualTo(SurveyFormat.QUALTRICS);
        assertThat(read(study.resolve("import-report.txt"))).contains("format qualtrics (given by --format)");
    }
}
