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
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 8, items 1, 2 and 9: where output may go, and the usage errors about it, alike for every command. */
class OutputFolderUsageTest {

    private static final Path SAMPLES = Path.of("..", "surveys", "src", "test", "resources", "imports", "samples");

    @TempDir
    Path temp;

    private Path study() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("my-study"));
        Files.writeString(dir.resolve("people.csv"), "id,school,member\na,S,true\nb,S,false\nc,T,false\n");
        Files.writeString(dir.resolve("ties.csv"), "source,target\na,b\nb,c\n");
        return dir;
    }

    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "report"})
    void anOutputFolderThatIsInsideOrContainsTheStudyIsRefusedAndTheStudyKept(String command) throws IOException {
        Path study = study();
        Map<String, String> before = snapshot(study);
        for (Path out : new Path[] {study, study.resolve("out"), temp}) {
            CliRun run = CliRun.of(command, study.toString(), "--out", out.toString());
            assertThat(run.status()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err().lines()).hasSize(1).first().asString()
                    .contains("only plnet import writes into a study folder");
            assertThat(snapshot(study)).isEqualTo(before);
        }
    }

    @Test
    void qapRefusesTheStudyFolderToo() throws IOException {
        Path study = study();
        CliRun run = CliRun.of("qap", study.toString(), "--y", "default", "--x", "same:school", "--out",
                study.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("is the study folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "report", "import"})
    void anOutputFolderThatIsAFileIsAUsageErrorForEveryCommand(String command) throws IOException {
        Path study = study();
        Path file = Files.writeString(temp.resolve("out"), "a file");
        CliRun run = command.equals("import")
                ? CliRun.of("import", SAMPLES.resolve("pajek.net").toString(), "--roster",
                        SAMPLES.resolve("roster.csv").toString(), "--out", file.toString())
                : CliRun.of(command, study.toString(), "--out", file.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(Files.readString(file)).isEqualTo("a file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "report"})
    void anEmptyOutAndTheRootAreUsageErrors(String command) throws IOException {
        Path study = study();
        for (String out : new String[] {"", "/"}) {
            CliRun run = CliRun.of(command, study.toString(), "--out", out);
            assertThat(run.status()).as(out + ": " + run.err()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err().lines()).hasSize(1);
        }
        try (Stream<Path> s = Files.list(Path.of(""))) {
            assertThat(s.map(p -> p.getFileName().toString())).doesNotContain("metrics.json", "index.html");
        }
    }

    @Test
    void aReportIntoA240CharacterFolderWorksAndASecondReplacesEveryPage() throws IOException {
        Path study = study();
        Path out = temp.resolve("r".repeat(240));
        assertThat(CliRun.of("report", study.toString(), "--out", out.toString()).status()).isZero();
        Files.writeString(out.resolve("schools").resolve("left-over.html"), "an earlier run's page");
        CliRun again = CliRun.of("report", study.toString(), "--out", out.toString());
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(out.resolve("schools").resolve("left-over.html")).doesNotExist();
        assertThat(out.resolve("index.html")).exists();
        try (Stream<Path> s = Files.list(temp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("my-study", "r".repeat(240));
        }
    }

    @Test
    void anImportKeepsTheStudyFolderFilesItDoesNotWrite() throws IOException {
        Path out = Files.createDirectories(temp.resolve("imported"));
        Files.writeString(out.resolve("notes.txt"), "the user's own notes");
        CliRun run = CliRun.of("import", SAMPLES.resolve("pajek.net").toString(), "--roster",
                SAMPLES.resolve("roster.csv").toString(), "--out", out.toString(), "--lenient");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("the user's own notes");
        assertThat(out.resolve("people.csv")).exists();
    }

    @Test
    void aFolderOfTheUsersOwnFilesIsNeverReplaced() throws IOException {
        Path study = study();
        Path documents = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(documents.resolve("thesis.txt"), "years of work");
        CliRun run = CliRun.of("report", study.toString(), "--out", documents.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("holds files that plnet did not write");
        assertThat(snapshot(documents)).containsExactly(Map.entry("thesis.txt", "years of work"));
    }
}
