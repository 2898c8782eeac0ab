package org.plnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlnetTest {

    @TempDir
    Path temp;

    @Test
    void bareCommandPrintsUsage() {
        CliRun run = CliRun.of();
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: plnet").contains("analyze").contains("validate");
    }

    @Test
    void versionAndHelp() {
        CliRun version = CliRun.of("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("plnet 0.");
        CliRun help = CliRun.of("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Exit status");
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        CliRun run = CliRun.of("analyse-everything");
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("analyse-everything");
    }

    @Test
    void validatePrintsTheReportAndExitsByUsability() throws IOException {
        Path good = Files.createDirectories(temp.resolve("good"));
        Files.writeString(good.resolve("people.csv"), "id,school\na,S\nb,S\n");
        Files.writeString(good.resolve("ties.csv"), "source,target\na,b\na,a\n");
        CliRun ok = CliRun.of("validate", good.toString());
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("ties.csv:3");   // the self-tie warning, with its line

        Path bad = Files.createDirectories(temp.resolve("bad"));
        Files.writeString(bad.resolve("people.csv"), "id,school\na,S\n");
        Files.writeString(bad.resolve("ties.csv"), "source,target\na,b\n");
        CliRun notOk = CliRun.of("validate", bad.toString());
        assertThat(notOk.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notOk.out()).contains("ties.csv:2:2");
    }
}
