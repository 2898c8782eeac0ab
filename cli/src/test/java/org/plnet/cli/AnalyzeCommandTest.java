package org.plnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "new-forest");

    @TempDir
    Path temp;

    private Path study(String people, String ties) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("study"));
        Files.writeString(dir.resolve("people.csv"), people, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ties.csv"), ties, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void exampleStudyGivesByteIdenticalOutputTwice() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        assertThat(CliRun.of("analyze", EXAMPLE.toString(), "--out", first.toString()).status()).isZero();
        assertThat(CliRun.of("analyze", EXAMPLE.toString(), "--out", second.toString()).status()).isZero();
        for (String file : new String[] {"metrics.json", "people.csv", "schools.csv", "import-report.txt"}) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
        String metrics = Files.readString(first.resolve("metrics.json"));
        assertThat(metrics).startsWith("{\n  \"formatVersion\": 1,\n  \"study\": \"new-forest\",");
    }

    @Test
    void permutationsAndSeedSetTheEITest() throws IOException {
        Path dir = study("id,school,member\na,S,true\nb,S,false\nc,T,false\nd,T,false\n",
                "source,target\na,b\nb,c\nc,d\nd,a\na,c\n");
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("analyze", dir.toString(), "--out", out.toString(), "--permutations", "50",
                "--seed", "7");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("metrics.json"))).contains("\"permutations\": 50,",
                "\"seed\": 7\n");
        Path other = temp.resolve("other");
        assertThat(CliRun.of("analyze", dir.toString(), "--out", other.toString(), "--permutations", "50",
                "--seed", "8").status()).isZero();
        assertThat(Files.readString(other.resolve("metrics.json"))).contains("\"seed\": 8\n");
    }

    @Test
    void fewerThanOnePermutationIsAUsageError() throws IOException {
        Path dir = study("id,school,member\na,S,true\nb,S,false\n", "source,target\na,b\n");
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("analyze", dir.toString(), "--out", out.toString(), "--permutations", "0");
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("plnet: Invalid value for option '--permutations': 0 is not a whole number"
                + " of at least 1\nTry 'plnet analyze --help' for more information.\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void writesTheFourFilesAndNothingElse() throws IOException {
        Path dir = study("id,school,member\na,S,true\nb,S,false\n", "source,target\na,b\n");
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("analyze", dir.toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(".plnet-output", "import-report.txt", "metrics.json", "people.csv", "schools.csv");
        }
        // people.csv: one row per person and relation/wave; a -> b: a has outDegree 1
        assertThat(Files.readAllLines(out.resolve("people.csv")).get(1)).startsWith("default,1,a,a,S,,true,0,1,");
        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).doesNotContain(".out.partial");
        }
    }

    @Test
    void badInputStopsWithFileLineColumnAndWritesNothing() throws IOException {
        Path dir = study("id,school\na,S\nb,S\n", "source,target\na,b\nb,zz\n");
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("analyze", dir.toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("plnet: error: ties.csv:3:2: ").contains("zz");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("study");
        }
    }

    @Test
    void failedRunLeavesAnExistingOutputFolderAsItWas() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("metrics.json"), "old");
        Path dir = study("id\na\na\n", "source,target\n");
        CliRun run = CliRun.of("analyze", dir.toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("people.csv:3:1");
        assertThat(Files.readString(out.resolve("metrics.json"))).isEqualTo("old");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void lenientModeSkipsUnknownIdsAndGoesOn() throws IOException {
        Path dir = study("id,school\na,S\nb,S\n", "source,target\na,b\nb,zz\n");
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("analyze", dir.toString(), "--out", out.toString(), "--lenient");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("import-report.txt"))).contains("zz");
        assertThat(Files.readString(out.resolve("metrics.json"))).contains("\"ties\": 1,");
    }

    @Test
    void missingOutOptionIsAUsageError() {
        CliRun run = CliRun.of("analyze", EXAMPLE.toString());
        assertThat(run.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--out");
    }
}
