package org.plnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8, item 6: weights whose sums overflow, or that round to 0, are bad input naming the row. */
class ExtremeWeightsTest {

    @TempDir
    Path temp;

    private CliRun analyze(String ties) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("study"));
        Files.writeString(dir.resolve("people.csv"), "id,school\na,S\nb,S\nc,T\n");
        Files.writeString(dir.resolve("ties.csv"), ties);
        return CliRun.of("analyze", dir.toString(), "--out", temp.resolve("out").toString());
    }

    @Test
    void weightsWhoseSumOverflowsAreRefusedWithTheirRow() throws IOException {
        // 1.7e308 + 1.7e308 is infinite: before, metrics.json held "Infinity"
        CliRun run = analyze("source,target,weight\na,b,1.7e308\nc,b,1.7e308\n");
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("plnet: error: ties.csv:2:3: weight '1.7e308' is too large: plnet takes"
                + " weights up to 10^15, so that no sum or product of weights overflows (and 1 more error: run plnet"
                + " validate)" + System.lineSeparator());
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aWeightThatRoundsToZeroIsRefusedNotDropped() throws IOException {
        CliRun run = analyze("source,target,weight\na,b,2\nc,b,1e-400\n");
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("plnet: error: ties.csv:3:3: weight '1e-400' is too small");
    }

    @Test
    void theLargestWeightGivesFiniteFigures() throws IOException {
        CliRun run = analyze("source,target,weight\na,b,1e15\nc,b,1e15\nb,a,0\n");
        assertThat(run.status()).as(run.err()).isZero();
        String metrics = Files.readString(temp.resolve("out").resolve("metrics.json"));
        assertThat(metrics).doesNotContain("Infinity", "NaN");
    }
}
