package org.plnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampledBetweennessCommandTest {

    @TempDir
    Path temp;

    private Path study() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("study"));
        // a -> b -> c -> d: VD = 4, so r = ceil(0.5 / (0.1 * 2/4)^2 (floor(log2 2) + 1 + ln 10)) = ceil(200 *
        // 4.302585) = 861
        Files.writeString(dir.resolve("people.csv"), "id,school\na,S\nb,S\nc,T\nd,T\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ties.csv"), "source,target\na,b\nb,c\nc,d\n", StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void sampledBetweennessWritesItsBoundBesideTheFigures() throws IOException {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("analyze", study().toString(), "--betweenness", "sampled", "--epsilon", "0.1",
                "--confidence", "0.9", "--seed", "5", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        String metrics = Files.readString(out.resolve("metrics.json"));
        assertThat(metrics).contains("\"wave\": \"1\",\n      \"betweennessMethod\": \"sampled\",\n"
                + "      \"epsilon\": 0.1,\n      \"confidence\": 0.9,\n      \"samples\": 861,\n");
        Path again = temp.resolve("again");
        CliRun second = CliRun.of("analyze", study().toString(), "--betweenness", "sampled", "--epsilon", "0.1",
                "--confidence", "0.9", "--seed", "5", "--out", again.toString());
        assertThat(second.status()).isZero();
        assertThat(Files.readString(again.resolve("metrics.json"))).isEqualTo(metrics);
    }

    @Test
    void theReportStatesTheBoundForResearchersAndOnlyWhenSampled() throws IOException {
        Path out = temp.resolve("report");
        CliRun run = CliRun.of("report", study().toString(), "--betweenness", "sampled", "--epsilon", "0.1",
                "--confidence", "0.9", "--seed", "5", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        String note = "Betweenness (in metrics.json and people.csv) was estimated from 861 sampled shortest paths"
                + " (Riondato &amp; Kornaropoulos 2016, seed 5): with probability 0.9, every person&#39;s normalised"
                + " betweenness is within 0.1 of its exact value. Closeness is exact.";
        assertThat(Files.readString(out.resolve("index.html"))).contains("<p>" + note + "</p>");
        assertThat(Files.readString(out.resolve("schools/s.html"))).contains("<p>" + note + "</p>");
        Path exact = temp.resolve("exact");
        assertThat(CliRun.of("report", study().toString(), "--out", exact.toString()).status()).isZero();
        assertThat(Files.readString(exact.resolve("index.html"))).doesNotContain("sampled shortest paths");
    }

    @Test
    void exactIsTheDefaultAndWritesNoSamplingFields() throws IOException {
        Path out = temp.resolve("out");
        assertThat(CliRun.of("analyze", study().toString(), "--out", out.toString()).status()).isZero();
        assertThat(Files.readString(out.resolve("metrics.json"))).doesNotContain("betweennessMethod", "samples");
    }

    @Test
    void badValuesAreUsageErrors() throws IOException {
        Path out = temp.resolve("out");
        CliRun epsilon = CliRun.of("analyze", study().toString(), "--betweenness", "sampled", "--epsilon", "1.5",
                "--out", out.toString());
        assertThat(epsilon.status()).isEqualTo(2);
        assertThat(epsilon.err()).contains("'--epsilon': 1.5 is not between 0 and 1");
        CliRun method = CliRun.of("analyze", study().toString(), "--betweenness", "roughly", "--out", out.toString());
        assertThat(method.status()).isEqualTo(2);
        assertThat(method.err()).contains("'roughly' is not exact or sampled");
    }

    @Test
    void progressGoesToStderrOnlyWhenAskedAndNeverIntoTheFiles() throws IOException {
        Path quiet = temp.resolve("quiet");
        CliRun run = CliRun.of("analyze", study().toString(), "--out", quiet.toString());
        assertThat(run.err()).isEmpty(); // tests have no terminal
        Path loud = temp.resolve("loud");
        CliRun progress = CliRun.of("analyze", study().toString(), "--progress", "--out", loud.toString());
        assertThat(progress.status()).isZero();
        // a line per step; the pass's own line is rewritten in place (carriage return) and ends the pass
        assertThat(progress.err()).startsWith("plnet: [").contains("] analysing default, wave 1 (1 of 1)\n"
                + "\rplnet: betweenness and closeness of default in wave 1: 4 of 4 people, done in")
                .endsWith("] writing " + loud + "\n");
        for (String file : new String[] {"metrics.json", "people.csv", "schools.csv", "import-report.txt"}) {
            assertThat(Files.readAllBytes(loud.resolve(file))).isEqualTo(Files.readAllBytes(quiet.resolve(file)));
        }
    }
}
