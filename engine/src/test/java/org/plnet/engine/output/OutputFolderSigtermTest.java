package org.plnet.engine.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8, item 2: a run ended by SIGTERM leaves no staging folder and the old output as it was. */
class OutputFolderSigtermTest {

    @TempDir
    Path dir;

    @Test
    void aRunEndedBySigtermLeavesOnlyTheOldFolder() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve(OutputFolder.MARK), "written by plnet\n");
        Files.writeString(out.resolve("index.html"), "old");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                SlowOutputRun.class.getName(), out.toString()).redirectErrorStream(true).start();
        try (BufferedReader said = new BufferedReader(new InputStreamReader(run.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(said.readLine()).isEqualTo("written");
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.count()).as("out, its staging folder and the lock file").isEqualTo(3);
            }
            run.destroy(); // SIGTERM
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            run.destroyForcibly();
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("out");
        }
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("old");
    }

    @Test
    void keepsTheOldFolderUntilTheNewOneIsInPlace() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve(OutputFolder.MARK), "written by plnet\n");
        Files.writeString(out.resolve("index.html"), "old");
        try (OutputFolder folder = OutputFolder.open(out)) {
            folder.write("index.html", "new");
            assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("old");
            folder.commit();
        }
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("new");
    }
}
