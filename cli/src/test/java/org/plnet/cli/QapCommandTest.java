package org.plnet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QapCommandTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "new-forest");

    @TempDir
    Path temp;

    /** A and B two schools of two; advice 0->1, 1->0, 2->3, 0->2 in 2020 (the engine test's hand example). */
    private Path fourPeople() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("study"));
        Files.writeString(dir.resolve("people.csv"), "id,school,Phase\na,A,primary\nb,A,primary\nc,B,primary\n"
                + "d,B,primary\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ties.csv"), "source,target,relation,weight,wave\na,b,advice,1,2020\n"
                + "b,a,advice,1,2020\nc,d,advice,1,2020\na,c,advice,2,2020\nb,d,advice,1,2019\n",
                StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void fourPeopleGiveTheHandFiguresAndBothFiles() throws IOException {
        // r = 20 / 32, b0 = 1/8, b1 = 5/8, R^2 = r^2 (arithmetic in MultipleRegressionQapTest.fourPeopleByHand)
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("qap", fourPeople().toString(), "--y", "advice@2020", "--x", "same:SCHOOL", "--permutations", "99", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.resolve("qap.json").toFile());
        assertThat(json.get("y").asText()).isEqualTo("advice@2020");
        assertThat(json.get("x").get(0).asText()).isEqualTo("same:school");
        assertThat(json.get("n").asInt()).isEqualTo(4);
        assertThat(json.get("permutations").asInt()).isEqualTo(99);
        assertThat(json.get("seed").asLong()).isEqualTo(1);
        assertThat(json.get("correlation").asDouble()).isCloseTo(0.625, within(1e-9));
        assertThat(json.get("rSquared").asDouble()).isCloseTo(0.390625, within(1e-9));
        JsonNode coefficients = json.get("coefficients");
        assertThat(coefficients.get(0).get("term").asText()).isEqualTo("(intercept)");
        assertThat(coefficients.get(0).get("estimate").asDouble()).isCloseTo(0.125, within(1e-9));
        assertThat(coefficients.get(1).get("estimate").asDouble()).isCloseTo(0.625, within(1e-9));
        assertThat(json.get("correlationTest").get("pAbs").asDouble()).isPositive();
        assertThat(Files.readString(out.resolve("qap.txt"))).contains("same:school").contains("R-squared: 0.3906");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(".plnet-output", "qap.json",
                    "qap.txt");
        }
    }

    @Test
    void weightedTermsUseTheWeightsAndRelationAloneNeedsOneWave() throws IOException {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("qap", fourPeople().toString(), "--y", "advice@2020", "--x", "same:school",
                "--weighted", "--permutations", "10", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.resolve("qap.json").toFile());
        assertThat(json.get("weighted").asBoolean()).isTrue();
        // y total 5 over 12 cells; same-school cells hold 3 of it: b1 = 3/4 - 2/8 = 0.5
        assertThat(json.get("coefficients").get(1).get("estimate").asDouble()).isCloseTo(0.5, within(1e-9));
        CliRun alone = CliRun.of("qap", fourPeople().toString(), "--y", "advice", "--x", "same:school",
                "--out", temp.resolve("alone").toString());
        assertThat(alone.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(alone.err()).contains("--y advice").contains("advice@WAVE");
    }

    @Test
    void degenerateDesignsAndUnknownTermsExit2NamingTheTermAndWriteNothing() throws IOException {
        Path study = fourPeople();
        String[][] cases = {
            {"same:phase", "same:Phase", "constant"}, // echoed as in the header
            {"same:school --x same:school", "same:school", "collinear"},
            {"advice@2021", "advice@2021", "no wave"},
            {"mentoring@2020", "mentoring@2020", "no relation"},
            {"same:years", "same:years", "no column"},
        };
        for (String[] c : cases) {
            Path out = temp.resolve("out");
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("qap", study.toString(),
                    "--y", "advice@2020", "--out", out.toString()));
            for (String x : c[0].split(" --x ")) {
                args.add("--x");
                args.add(x);
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.status()).as(c[0]).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).as(c[0]).startsWith("plnet: error: --x " + c[1]).contains(c[2]);
            assertThat(run.err().lines()).hasSize(1);
            assertThat(out).doesNotExist();
        }
        CliRun yConstant = CliRun.of("qap", study.toString(), "--y", "same:phase", "--x", "same:school",
                "--out", temp.resolve("out").toString());
        assertThat(yConstant.status()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(yConstant.err()).startsWith("plnet: error: --y same:Phase");
    }

    @Test
    void theSameSeedGivesByteIdenticalQapJsonWithOneTwoOrFourThreads() throws Exception {
        byte[] reference = null;
        for (int threads : new int[] {1, 2, 4}) {
            Path out = temp.resolve("out" + threads);
            CliRun run = new ForkJoinPool(threads).submit(() -> CliRun.of("qap", EXAMPLE.toString(), "--y",
                    "advice@2020", "--x", "research@2020", "--permutations", "300", "--seed", "7", "--out",
                    out.toString())).get();
            assertThat(run.status()).as(run.err()).isZero();
            byte[] json = Files.readAllBytes(out.resolve("qap.json"));
            if (reference == null) {
                reference = json;
            }
            assertThat(json).as(threads + " threads").isEqualTo(reference);
        }
        assertThat(new String(reference, StandardCharsets.UTF_8)).contains("\"seed\": 7");
    }
}
