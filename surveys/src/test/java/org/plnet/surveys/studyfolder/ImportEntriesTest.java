package org.plnet.surveys.studyfolder;

import org.plnet.surveys.StudyInput;
import org.plnet.surveys.ReadMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.studyfolder.Fixtures.issues;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plnet.engine.input.SourceLocation;

/**
 * study.yaml's {@code imports:}: the survey exports a study is read from. The study reader checks the entries as
 * settings (the imports package imports them); every mistake is an error at its line and column.
 */
class ImportEntriesTest {

    @TempDir
    Path dir;

    private StudyInput read(String yaml) throws IOException {
        Path study = Files.createDirectories(dir.resolve("study"));
        Files.writeString(study.resolve("people.csv"), "id,name\np01,Ann\np02,Bob\n");
        Files.writeString(study.resolve("study.yaml"), yaml);
        return StudyFolderReader.read(study, ReadMode.STRICT);
    }

    @Test
    void entriesWithEverySetting() throws IOException {
        StudyInput result = read("""
                name: Forest
                imports:
                  - file: exports/advice.csv
                    format: qualtrics
                    respondent: Q1 / Your staff ID
                    relation: advice
                    wave: 2
                    scale: scales/frequency.csv
                    aliases: aliases.csv
                  - file: exports\\spring.xlsx
                """);
        assertThat(issues(result)).isEmpty();
        assertThat(result.imports()).hasSize(2);
        ImportEntry first = result.imports().get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.at()).isEqualTo(new SourceLocation("study.yaml", 3, 5));
        assertThat(first.file()).isEqualTo(new Setting<>("exports/advice.csv", new SourceLocation("study.yaml", 3, 11)));
        assertThat(first.format().map(Setting::value)).contains("qualtrics");
        assertThat(first.respondent().map(Setting::value)).contains("Q1 / Your staff ID");
        assertThat(first.relation().map(Setting::value)).contains("advice");
        // a number is the wave's name as written
        assertThat(first.wave()).contains(new Setting<>("2", new SourceLocation("study.yaml", 7, 11)));
        assertThat(first.scale().map(Setting::value)).contains("scales/frequency.csv");
        assertThat(first.aliases().map(Setting::value)).contains("aliases.csv");
        assertThat(first.describe()).isEqualTo("import 1 (exports/advice.csv)");
        ImportEntry second = result.imports().get(1);
        assertThat(second.file().value()).isEqualTo("exports\\spring.xlsx");
        assertThat(second.format()).isEqualTo(Optional.empty());
        assertThat(second.wave()).isEqualTo(Optional.empty());
    }

    @Test
    void withExportsTiesCsvIsOptionalAndTheStudyHoldsThePeople() throws IOException {
        StudyInput result = read("imports:\n  - file: advice.csv\n");
        assertThat(result.usable()).isTrue();
        assertThat(result.study().size()).isEqualTo(2);
        assertThat(result.study().layers()).isEmpty();
    }

    @Test
    void aTiesCsvBesideTheExportsIsRead() throws IOException {
        Path study = Files.createDirectories(dir.resolve("study"));
        Files.writeString(study.resolve("ties.csv"), "source,target,relation\np01,p02,collab\n");
        StudyInput result = read("imports:\n  - file: advice.csv\n");
        assertThat(result.study().layers()).extracting(l -> l.relation() + "/" + l.wave() + "/" + l.size())
                .containsExactly("collab/1/1");
    }

    @Test
    void anEmptyListNamesNoExport() throws IOException {
        StudyInput result = read("imports: []\n");
        assertThat(result.imports()).isEmpty();
        assertThat(issues(result)).containsExactly("ties.csv: error: ties.csv is missing: ties.csv is required"
                + " unless study.yaml names survey exports under imports:");
    }

    /** Each mistake is one error at its place; an entry in error does not make ties.csv required. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            imports:\\n  - file: a.csv\\n    relaton: advice\\n | study.yaml:3:5: error: unknown key 'relaton' in imports entry 1; allowed: file, format, respondent, relation, wave, scale, aliases
            imports:\\n  - file: a.csv\\n    Wave: 2\\n | study.yaml:3:5: error: unknown key 'Wave' in imports entry 1 (did you mean wave?); allowed: file, format, respondent, relation, wave, scale, aliases
            imports:\\n  - relation: advice\\n | study.yaml:2:5: error: imports entry 1 has no file: name the survey export, relative to the study folder (e.g. file: exports/advice.csv)
            imports:\\n  - file: ../other/a.csv\\n | study.yaml:2:11: error: imports entry 1 file '../other/a.csv' leads outside the study folder: give a path relative to the study folder, without '..', and keep the file inside it
            imports:\\n  - file: exports/../../a.csv\\n | study.yaml:2:11: error: imports entry 1 file 'exports/../../a.csv' leads outside the study folder: give a path relative to the study folder, without '..', and keep the file inside it
            imports:\\n  - file: a.csv\\n    aliases: ..\\aliases.csv\\n | study.yaml:3:14: error: imports entry 1 aliases '..\\aliases.csv' leads outside the study folder: give a path relative to the study folder, without '..', and keep the file inside it
            imports:\\n  - file: /home/me/a.csv\\n | study.yaml:2:11: error: imports entry 1 file '/home/me/a.csv' is not inside the study folder: give a path relative to the study folder, without '..', and keep the file inside it
            imports:\\n  - file: 'C:\\data\\a.csv'\\n | study.yaml:2:11: error: imports entry 1 file 'C:\\data\\a.csv' is not inside the study folder: give a path relative to the study folder, without '..', and keep the file inside it
            imports:\\n  - file: ''\\n | study.yaml:2:11: error: imports entry 1 file is empty: give a path relative to the study folder
            imports:\\n  - file: a.csv\\n    wave: 2\\n    wave: 3\\n | study.yaml:4:5: error: key 'wave' in imports entry 1 appears twice (first on line 3)
            imports:\\n  - file: a.csv\\n    format: 3\\n | study.yaml:3:13: error: imports entry 1 format must be text, found '3' (a number): put it in quotes
            imports:\\n  - file: a.csv\\n    relation: ''\\n | study.yaml:3:15: error: imports entry 1 relation is empty: leave the key out for the default
            imports: a.csv\\n | study.yaml:1:10: error: imports must be a list of survey exports, each written '- file: PATH', found 'a.csv' (text)
            imports:\\n  - a.csv\\n | study.yaml:2:5: error: imports entry 1 must be a mapping of settings (file, format, respondent, relation, wave, scale, aliases), found 'a.csv' (text)
            """)
    void badEntry(String yaml, String error) throws IOException {
        StudyInput result = read(yaml.strip().replace("\\n", "\n"));
        assertThat(result.usable()).isFalse();
        assertThat(issues(result)).containsExactly(error);
    }

    @Test
    void aGoodEntryAfterABadOneIsStillListed() throws IOException {
        StudyInput result = read("imports:\n  - file: ../a.csv\n  - file: b.csv\n");
        assertThat(result.imports()).extracting(e -> e.number() + " " + e.file().value()).containsExactly("2 b.csv");
        assertThat(result.report().errors()).hasSize(1);
    }
}
