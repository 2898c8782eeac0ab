package org.plnet.surveys.studyfolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.studyfolder.Fixtures.issues;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.StudyReader;

/** Issue 8, item 11 and item 4's NUL path: numbers, links and locations of the study folder's files. */
class StudyFolderEdgesTest {

    @TempDir
    Path dir;

    private Path study(String yaml) throws IOException {
        Path s = Files.createDirectories(dir.resolve("study"));
        Files.writeString(s.resolve("people.csv"), "id,school\na,S\nb,T\n", StandardCharsets.UTF_8);
        Files.writeString(s.resolve("ties.csv"), "source,target,relation\na,b,advice\n", StandardCharsets.UTF_8);
        if (yaml != null) {
            Files.writeString(s.resolve("study.yaml"), yaml, StandardCharsets.UTF_8);
        }
        return s;
    }

    @Test
    void aLeadingZeroIsRefusedRatherThanReadAsOctal() throws IOException {
        Path s = study("relations:\n  advice:\n    scaleMax: 010\n");
        assertThat(issues(StudyFolderReader.read(s, ReadMode.STRICT))).containsExactly("study.yaml:3:15: error:"
                + " advice.scaleMax must be written as a plain decimal number without leading zeros (such as 10 or"
                + " 2.5), found '010' (a number)");
    }

    @Test
    void decimalNumbersStillRead() throws IOException {
        Path s = study("relations:\n  advice:\n    scaleMax: 10\n    tieMin: 0.5\n    strongTieMin: 2.5e0\n");
        assertThat(issues(StudyFolderReader.read(s, ReadMode.STRICT))).isEmpty();
    }

    @Test
    void peopleCsvLinkedFromOutsideTheStudyFolderIsRefusedLikeAnImport() throws IOException {
        Path s = study(null);
        Path outside = Files.writeString(dir.resolve("secret-roster.csv"), "id,school\na,S\nb,T\n");
        Files.delete(s.resolve("people.csv"));
        Files.createSymbolicLink(s.resolve("people.csv"), outside);
        assertThat(issues(StudyFolderReader.read(s, ReadMode.STRICT))).containsExactly("people.csv: error:"
                + " leads outside the study folder (through a link): keep the file inside it");
    }

    @Test
    void aTooDeepYamlDocumentIsRefusedWithItsLineAndColumn() throws IOException {
        Path s = study("name: x\ndescription: " + "[".repeat(2000) + "]".repeat(2000) + "\n");
        assertThat(issues(StudyFolderReader.read(s, ReadMode.STRICT))).singleElement().asString()
                .matches("study\\.yaml:2:\\d+: error: .*");
    }

    @Test
    void aNulCharacterInAnImportsPathIsAnErrorOfThatLine() throws IOException {
        Path s = study("imports:\n  - file: \"a\\0b.csv\"\n");
        assertThat(issues(StudyReader.read(s, ReadMode.STRICT))).singleElement().asString()
                .startsWith("study.yaml:2:");
    }

    @Test
    void aPseudonymSeedIsAWholeNumber() throws IOException {
        Path s = study("pseudonymSeed: 12345678901\n");
        assertThat(StudyFolderReader.read(s, ReadMode.STRICT).studyOrThrow().pseudonymSeed()).hasValue(12345678901L);
        Files.writeString(s.resolve("study.yaml"), "pseudonymSeed: lucky\n");
        assertThat(issues(StudyFolderReader.read(s, ReadMode.STRICT))).containsExactly("study.yaml:1:16: error:"
                + " pseudonymSeed must be a whole number (plnet import writes one at random), found 'lucky' (text)");
    }
}
