package org.plnet.engine.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plnet.engine.input.InputException;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path dir;

    /** Every file under {@code root} (relative path, forward slashes) and its text. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(OutputFolder.MARK)).toList()) {
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

    /** A folder as an earlier plnet run left it: with plnet's mark. */
    private static Path earlier(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(OutputFolder.MARK), "written by plnet\n");
        return folder;
    }

    @Test
    void writeOneKeepsTheFolderOtherFilesAndLeavesNoPartBehind() throws IOException {
        Path out = dir.resolve("shards");
        OutputFolder.writeOne(out, "shard-1-of-2.bin", o -> o.write(1));
        OutputFolder.writeOne(out, "shard-2-of-2.bin", o -> o.write(2));
        OutputFolder.writeOne(out, "shard-2-of-2.bin", o -> o.write(3)); // a rerun replaces its own file
        assertThat(tree(out)).containsOnlyKeys("shard-1-of-2.bin", "shard-2-of-2.bin");
        assertThat(Files.readAllBytes(out.resolve("shard-2-of-2.bin"))).containsExactly(3);
        // a write that fails leaves neither the file nor its part
        assertThatThrownBy(() -> OutputFolder.writeOne(out, "shard-3-of-3.bin", o -> {
            o.write(9);
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(entries(out)).isEqualTo(2);
        assertThatThrownBy(() -> OutputFolder.writeOne(out, "../escape.bin", o -> o.write(1)))
                .isInstanceOf(IllegalArgumentException.class);
        Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> OutputFolder.writeOne(dir.resolve("file"), "a.bin", o -> o.write(1)))
                .isInstanceOf(InputException.class).hasMessageContaining("exists and is not a folder");
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
    void keptContentsKeepFilesNotWrittenAndGetTheNewOnes() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Files.writeString(out.resolve("a.txt"), "old");
        try (OutputFolder folder = OutputFolder.open(out, OutputFolder.Contents.KEPT, null)) {
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
        Path out = earlier(dir.resolve("out"));
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
        assertThatThrownBy(() -> OutputFolder.open(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ": the output folder exists and is not a folder");
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

    @Test
    void replacedContentsLeaveNoFileOfAnEarlierRun() throws IOException {
        earlier(dir.resolve("out"));
        Path out = Files.createDirectories(dir.resolve("out/schools"));
        Files.writeString(out.resolve("old-school.html"), "old page");
        Files.writeString(dir.resolve("out/index.html"), "old index");
        try (OutputFolder folder = OutputFolder.open(dir.resolve("out"))) {
            folder.write("index.html", "new index");
            folder.commit();
        }
        assertThat(tree(dir.resolve("out"))).containsExactly(Map.entry("index.html", "new index"));
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void aFailureAfterSomeFilesLeavesEveryOldFileAndNoStaging() throws IOException {
        Path out = earlier(dir.resolve("out"));
        Files.writeString(out.resolve("index.html"), "old index");
        Files.writeString(out.resolve("metrics.json"), "old metrics");
        assertThatThrownBy(() -> {
            try (OutputFolder folder = OutputFolder.open(out)) {
                folder.write("index.html", "new index");
                folder.write("metrics.json", "new metrics");
                throw new IllegalStateException("late failure");
            }
        }).hasMessage("late failure");
        assertThat(tree(out)).containsExactly(Map.entry("index.html", "old index"),
                Map.entry("metrics.json", "old metrics"));
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void aSecondRunIntoTheSameFolderStopsWhileTheFirstIsWriting() throws IOException {
        Path out = dir.resolve("out");
        try (OutputFolder first = OutputFolder.open(out)) {
            first.write("a.txt", "first");
            assertThatThrownBy(() -> OutputFolder.open(out)).isInstanceOf(InputException.class)
                    .hasMessageContaining("another plnet run is writing this output folder");
            first.commit();
        }
        // the lock is gone with the first run: a third run goes ahead
        try (OutputFolder third = OutputFolder.open(out)) {
            third.write("a.txt", "third");
            third.commit();
        }
        assertThat(tree(out)).containsExactly(Map.entry("a.txt", "third"));
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void aLinkInsideTheOutputIsReplacedNeverFollowed() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path out = earlier(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("schools"), elsewhere);
        Files.createSymbolicLink(out.resolve("index.html"), elsewhere.resolve("victim.html"));
        Files.writeString(elsewhere.resolve("victim.html"), "not plnet's");
        for (OutputFolder.Contents contents : new OutputFolder.Contents[] {OutputFolder.Contents.KEPT, OutputFolder.Contents.REPLACED}) {
            try (OutputFolder folder = OutputFolder.open(out, contents, null)) {
                if (contents == OutputFolder.Contents.KEPT) {
                    assertThatThrownBy(() -> folder.write("schools/a.html", "page"))
                            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("behind a link");
                } else {
                    folder.write("schools/a.html", "page");
                }
                folder.write("index.html", "index");
                folder.commit();
            }
            assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("index");
        }
        assertThat(tree(elsewhere)).containsExactly(Map.entry("victim.html", "not plnet's"));
    }

    @Test
    void theStudyFolderItsInsideAndWhatContainsItAreRefused() throws IOException {
        Path study = Files.createDirectories(dir.resolve("study"));
        Files.writeString(study.resolve("people.csv"), "id\n");
        for (Path out : new Path[] {study, study.resolve("out"), dir, dir.resolve("study/../study")}) {
            assertThatThrownBy(() -> OutputFolder.open(out, OutputFolder.Contents.REPLACED, study))
                    .isInstanceOf(InputException.class).hasMessageContaining("only plnet import writes into a study");
        }
        Path link = Files.createSymbolicLink(dir.resolve("alias"), study);
        OutputFolder.keepApart(dir.resolve("other"), link); // apart: no exception
        assertThatThrownBy(() -> OutputFolder.keepApart(link.resolve("out"), study)).isInstanceOf(InputException.class)
                .hasMessageContaining("lies inside the study folder");
        assertThat(tree(study)).containsExactly(Map.entry("people.csv", "id\n"));
    }

    @Test
    void emptyRootAndLinkTargetsAreUsageErrors() throws IOException {
        assertThatThrownBy(() -> OutputFolder.open(Path.of(""))).isInstanceOf(InputException.class)
                .hasMessage("--out \"\": the output folder is empty: give a folder with --out");
        assertThatThrownBy(() -> OutputFolder.open(Path.of("/"))).isInstanceOf(InputException.class)
                .hasMessageContaining("the root of the file system");
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertThatThrownBy(() -> OutputFolder.open(link)).isInstanceOf(InputException.class)
                .hasMessageContaining("is a link");
    }

    @Test
    void aFolderNameOf240CharactersWorks() throws IOException {
        Path out = dir.resolve("n".repeat(240));
        try (OutputFolder folder = OutputFolder.open(out)) {
            folder.write("a.txt", "a");
            folder.commit();
        }
        assertThat(tree(out)).containsExactly(Map.entry("a.txt", "a"));
        // and again, now that it exists (the previous folder is renamed aside)
        try (OutputFolder folder = OutputFolder.open(out)) {
            folder.write("b.txt", "b");
            folder.commit();
        }
        assertThat(tree(out)).containsExactly(Map.entry("b.txt", "b"));
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void aFolderPlnetDidNotWriteIsNeverReplaced() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("thesis.docx"), "years of work");
        assertThatThrownBy(() -> OutputFolder.open(home)).isInstanceOf(InputException.class)
                .hasMessageContaining("holds files that plnet did not write");
        assertThat(tree(home)).containsExactly(Map.entry("thesis.docx", "years of work"));
        assertThat(entries(dir)).isEqualTo(1);
        // an empty folder is fine, and after that run it carries the mark
        Path empty = Files.createDirectories(dir.resolve("empty"));
        try (OutputFolder folder = OutputFolder.open(empty)) {
            folder.write("a.txt", "a");
            folder.commit();
        }
        assertThat(empty.resolve(OutputFolder.MARK)).exists();
    }
}
