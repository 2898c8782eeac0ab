package org.plnet.engine.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path dir;

    /** Every file under {@code root} (relative path, forward slashes) and its text. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }

    private static long entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void newTargetAppearsWithEveryFileOnlyOnCommit() throws IOException {
        Path out = dir.resolve("out");
        try (OutputFolder folder = OutputFolder.open(out)) {
            folder.write("a.txt", "alpha\n");
            folder.write("schools/b.html", o -> o.write("<p>b</p>".getBytes(StandardCharsets.UTF_8)));
            assertThat(out).doesNotExist();
            assertThat(tree(folder.staging())).containsExactly(Map.entry("a.txt", "alpha\n"),
                    Map.entry("schools/b.html", "<p>b</p>"));
            folder.commit();
        }
        assertThat(tree(out)).containsExactly(Map.entry("a.txt", "alpha\n"), Map.entry("schools/b.html", "<p>b</p>"));
        // nothing left beside the target
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void existingTargetKeepsFilesNotWrittenAndGetsTheNewOnes() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Files.writeString(out.resolve("a.txt"), "old");
        try (OutputFolder folder = OutputFolder.open(out)) {
            folder.write("a.txt", "new");
            folder.write("sub/c.txt", "c");
            folder.commit();
        }
        assertThat(tree(out)).containsExactly(Map.entry("a.txt", "new"), Map.entry("keep.txt", "mine"),
                Map.entry("sub/c.txt", "c"));
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void failureBeforeCommitLeavesTheTargetAsItWas() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("a.txt"), "old");
        assertThatThrownBy(() -> {
            try (OutputFolder folder = OutputFolder.open(out)) {
                folder.write("a.txt", "new");
                folder.write("b.txt", o -> {
                    throw new IOException("disk full");
                });
                folder.commit();
            }
        }).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(tree(out)).containsExactly(Map.entry("a.txt", "old"));
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void failedFirstWriteCreatesNoTarget() throws IOException {
        Path out = dir.resolve("new");
        try (OutputFolder folder = OutputFolder.open(out)) {
            folder.write("a.txt", "a");
        }
        assertThat(out).doesNotExist();
        assertThat(entries(dir)).isZero();
    }

    @Test
    void writingAFileTwiceKeepsTheLastText() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        try (OutputFolder folder = OutputFolder.open(out)) {
            folder.write("a.txt", "first");
            folder.write("./a.txt", "second");
            folder.commit();
        }
        assertThat(tree(out)).containsExactly(Map.entry("a.txt", "second"));
    }

    @Test
    void targetThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "x");
        assertThatThrownBy(() -> OutputFolder.open(file)).isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("exists and is not a folder");
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void pathsLeavingTheFolderAreRefused() throws IOException {
        try (OutputFolder folder = OutputFolder.open(dir.resolve("out"))) {
            assertThatThrownBy(() -> folder.write("../escape.txt", "x")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("output file outside the output folder: ../escape.txt");
            assertThatThrownBy(() -> folder.write(".", "x")).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir.resolve("escape.txt")).doesNotExist();
    }

    @Test
    void committingTwiceIsAProgrammingError() throws IOException {
        try (OutputFolder folder = OutputFolder.open(dir.resolve("out"))) {
            folder.write("a.txt", "a");
            folder.commit();
            assertThatThrownBy(folder::commit).isInstanceOf(IllegalStateException.class);
        }
        assertThat(tree(dir.resolve("out"))).containsExactly(Map.entry("a.txt", "a"));
    }
}
