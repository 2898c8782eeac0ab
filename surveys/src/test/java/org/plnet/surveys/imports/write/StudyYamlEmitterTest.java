package org.plnet.surveys.imports.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plnet.engine.model.Study;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.imports.Samples;
import org.plnet.surveys.studyfolder.StudyFolderReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8, item 5: every string plnet import writes into study.yaml reads back as itself. */
class StudyYamlEmitterTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"2024", "true", "yes", "No", "null", "123", "1e3", "0x1F", "010", "~", ".inf", "a: b",
        "#x", "-", "on"})
    void aFolderNamedLikeAYamlValueIsAStudyOfThatName(String name) throws IOException {
        Path study = dir.resolve(name);
        SurveyImport.of(Samples.file("pajek.net"), Samples.file("roster.csv"), study).relation("advice").run();
        Study read = StudyFolderReader.read(study, ReadMode.STRICT).studyOrThrow();
        assertThat(read.name()).isEqualTo(name);
        // issue 8, item 10: the import drew a pseudonym seed, and the study carries it
        String yaml = Files.readString(study.resolve("study.yaml"), StandardCharsets.UTF_8);
        long seed = Long.parseLong(yaml.replaceAll("(?s).*\\npseudonymSeed: (\\d+)\\n.*", "$1"));
        assertThat(read.pseudonymSeed()).hasValue(seed);
    }

    @Test
    void controlCharactersInAQuestionAreEscapedAndReadBack() throws IOException {
        Path export = dir.resolve("export.csv");
        String text = Files.readString(Samples.file("qualtrics-roster-choice-text.csv"), StandardCharsets.UTF_8)
                .replace("How often do you go", "How often\u0001 do\u0007 you\u001b go");
        Files.writeString(export, text, StandardCharsets.UTF_8);
        Path study = dir.resolve("study");
        SurveyImport.of(export, Samples.file("roster.csv"), study).relation("advice").run();
        String yaml = Files.readString(study.resolve("study.yaml"), StandardCharsets.UTF_8);
        assertThat(yaml).contains("question: \"How often\\x01 do\\a you\\e go").doesNotContain("\u0001");
        StudyFolderReader.read(study, ReadMode.STRICT).studyOrThrow();
    }
}
