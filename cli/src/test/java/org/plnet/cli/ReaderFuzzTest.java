package org.plnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzing every reader through the command line (issue 8): each input is a seeded mutation of a sample (see
 * {@link Mutator}), read by {@code plnet import} (survey formats, network files, XLSX) or {@code plnet analyze}
 * (the study folder). The property: exit 0, or exit 2 with one line; never another status or exception, and never
 * a half-written output folder (after exit 2 the output folder does not exist, and nothing is left beside it).
 *
 * <p>Every build runs {@value #SHORT_RUN} inputs per reader. The long run (README, "Fuzzing"):
 * {@code mvn -B -o test -pl cli -am -Dtest=ReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dplnet.fuzz.inputs=1000}; {@code -Dplnet.fuzz.seed=N} draws other inputs. A failing input is saved in
 * cli/target/fuzz-failures with its reader, seed and number.
 */
class ReaderFuzzTest {

    static final int SHORT_RUN = 40;
    private static final int INPUTS = Integer.getInteger("plnet.fuzz.inputs", SHORT_RUN);
    private static final long SEED = Long.getLong("plnet.fuzz.seed", 8L);
    private static final Path IMPORTS = Path.of("..", "surveys", "src", "test", "resources", "imports");
    private static final Path STUDIES = Path.of("..", "surveys", "src", "test", "resources", "studies");
    private static final Path ROSTER = IMPORTS.resolve("samples").resolve("roster.csv");

    @TempDir
    Path temp;

    static Stream<Arguments> readers() {
        return Stream.of(
                reader("qualtrics", "qualtrics", "samples/qualtrics-roster-choice-text.csv",
                        "samples/qualtrics-roster-numeric.csv", "quirks/qualtrics-quirks.csv"),
                reader("google-forms", "google-forms", "samples/google-forms-grid.csv",
                        "quirks/google-checkbox-grid.csv"),
                reader("surveymonkey", "surveymonkey", "samples/surveymonkey-matrix.csv",
                        "quirks/surveymonkey-one-header.csv"),
                reader("roster-grid", "roster-grid", "quirks/roster-grid.csv"),
                reader("name-generator", "name-generator", "samples/name-generator.csv"),
                reader("edge-list", "edge-list", "edgelist/ids-header.csv", "edgelist/names-no-header.csv"),
                reader("ucinet-dl", "ucinet-dl", "samples/ucinet-fullmatrix.dl", "samples/ucinet-edgelist1.dl",
                        "dl/nodelist1.dl", "dl/fullmatrix-names-listed.dl", "dl/fullmatrix-quoted-labels.dl"),
                reader("pajek", "pajek", "samples/pajek.net", "pajek/arcslist.net", "pajek/matrix.net",
                        "pajek/names-comments.net"),
                reader("graphml", "graphml", "graphml/advice-names.graphml", "graphml/relations.graphml",
                        "graphml/yed-undirected.graphml"),
                reader("gexf", "gexf", "gexf/advice.gexf", "gexf/mutual-kinds.gexf"),
                reader("xlsx", null, "samples/google-forms-grid.xlsx", "samples/qualtrics-roster-choice-text.xlsx"));
    }

    private static Arguments reader(String name, String format, String... samples) {
        return Arguments.of(name, format, Stream.of(samples).map(IMPORTS::resolve).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void everyMutantOfAnExportIsReadOrRefusedInOneLine(String name, String format, List<Path> samples)
            throws IOException {
        List<byte[]> pool = new ArrayList<>();
        for (Path s : samples) {
            pool.add(Files.readAllBytes(s));
        }
        Tally tally = new Tally(name);
        for (int i = 0; i < INPUTS; i++) {
            long seed = SEED * 1_000_003L + i;
            Mutator mutator = new Mutator(seed, pool);
            int pick = (int) Math.floorMod(seed, (long) samples.size());
            byte[] input = mutator.mutate(pool.get(pick));
            String fileName = samples.get(pick).getFileName().toString();
            Path dir = Files.createDirectories(temp.resolve(name + "-" + i));
            Path file = Files.write(dir.resolve(fileName), input);
            Path out = dir.resolve("study");
            Path roster = name.equals("roster-grid") ? IMPORTS.resolve("quirks").resolve("roster.csv") : ROSTER;
            List<String> args = new ArrayList<>(List.of("import", file.toString(), "--roster", roster.toString(),
                    "--relation", "advice", "--lenient", "--out", out.toString()));
            if (format != null) {
                args.addAll(List.of("--format", format));
            }
            tally.check(args.toArray(String[]::new), dir, out, i, seed, fileName, input);
        }
        tally.finish();
    }

    @ParameterizedTest(name = "study folder {0}")
    @MethodSource("studies")
    void everyMutantOfAStudyFolderIsReadOrRefusedInOneLine(String study) throws IOException {
        Path source = STUDIES.resolve(study);
        List<Path> files;
        try (Stream<Path> s = Files.list(source)) {
            files = s.sorted().toList();
        }
        List<byte[]> pool = new ArrayList<>();
        for (Path f : files) {
            pool.add(Files.readAllBytes(f));
        }
        Tally tally = new Tally("study folder " + study);
        for (int i = 0; i < INPUTS; i++) {
            long seed = SEED * 1_000_003L + i;
            Path dir = Files.createDirectories(temp.resolve(study + "-" + i));
            Path folder = Files.createDirectories(dir.resolve("study"));
            int pick = (int) Math.floorMod(seed, (long) files.size());
            byte[] input = new Mutator(seed, pool).mutateBytes(pool.get(pick));
            for (int f = 0; f < files.size(); f++) {
                Files.write(folder.resolve(files.get(f).getFileName().toString()), f == pick ? input : pool.get(f));
            }
            Path out = dir.resolve("out");
            tally.check(new String[] {"report", folder.toString(), "--out", out.toString()}, dir, out, i, seed,
                    files.get(pick).getFileName().toString(), input);
        }
        tally.finish();
    }

    static Stream<String> studies() {
        return Stream.of("hand-study", "respondents-file", "yaml-partial-settings");
    }

    /** The outcomes of one reader's inputs; the failing ones saved for a rerun. */
    private static final class Tally {
        private final String reader;
        private int read;
        private int refused;
        private final List<String> failures = new ArrayList<>();

        Tally(String reader) {
            this.reader = reader;
        }

        void check(String[] args, Path dir, Path out, int i, long seed, String fileName, byte[] input)
                throws IOException {
            String problem;
            try {
                CliRun run = CliRun.of(args);
                problem = problem(run, dir, out);
            } catch (OutOfMemoryError | StackOverflowError e) {
                problem = e.toString();
            }
            if (problem == null) {
                return;
            }
            Path saved = Files.createDirectories(Path.of("target", "fuzz-failures"))
                    .resolve(reader.replace(' ', '-') + "-" + seed + "-" + fileName);
            Files.write(saved, input);
            failures.add("input " + i + " (seed " + seed + ", saved as " + saved + "): " + problem);
        }

        private String problem(CliRun run, Path dir, Path out) throws IOException {
            try (Stream<Path> s = Files.list(dir)) {
                List<String> left = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
                if (!left.isEmpty()) {
                    return "left beside the output: " + left;
                }
            }
            if (run.status() == ExitCode.OK) {
                if (!Files.isDirectory(out)) {
                    return "exit 0 without an output folder";
                }
                read++;
                return null;
            }
            if (run.status() == ExitCode.BAD_INPUT) {
                if (run.err().lines().count() != 1) {
                    return "exit 2 with " + run.err().lines().count() + " lines: " + run.err();
                }
                if (Files.exists(out)) {
                    return "exit 2 but the output folder was written";
                }
                refused++;
                return null;
            }
            return "exit " + run.status() + ": " + run.err().lines().limit(3).toList();
        }

        void finish() {
            System.out.printf("fuzz %s: %d inputs, %d read, %d refused with exit 2, %d failed%n", reader,
                    read + refused + failures.size(), read, refused, failures.size());
            assertThat(failures).as(reader + ": inputs that broke the promise").isEmpty();
        }
    }
}
