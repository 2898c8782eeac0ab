package org.plnet.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.plnet.cli.Plnet;
import org.plnet.examples.programme.ProgrammeDesign;
import org.plnet.examples.programme.ProgrammeGenerator;

/**
 * The whole {@code plnet report} (reading, every figure of every relation and wave with the default 1,000
 * permutations, metrics.json, the CSV tables, the HTML pages and the exports) of a generated programme at the
 * scale of the Networked Learning Communities programme (programmes.md, section 5: 130 networks, about 1,500
 * schools, 25,000 staff and 250,000 ties a wave, one relation, two waves), against the bundled new-forest
 * study (311 people) and the programme example (4,309 people) in the same run as baselines. Single shots:
 * one operation is minutes, not microseconds. Run from the repository root:
 * {@code java -jar benchmarks/target/benchmarks.jar ProgrammeReportBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@State(Scope.Benchmark)
public class ProgrammeReportBenchmark {

    @Param({"new-forest", "programme-example", "nlc"})
    public String study;

    private Path temp;
    private Path folder;
    private int run;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        temp = Files.createTempDirectory("plnet-programme-bench");
        folder = switch (study) {
            case "new-forest" -> Path.of("examples", "new-forest");
            case "programme-example" -> written(ProgrammeDesign.EXAMPLE, "programme");
            case "nlc" -> written(ProgrammeDesign.NLC, "nlc-scale");
            default -> throw new IllegalArgumentException("no study " + study);
        };
    }

    private Path written(ProgrammeDesign design, String name) throws IOException {
        Path dir = temp.resolve(name);
        ProgrammeGenerator.write(design, dir, name);
        return dir;
    }

    @Benchmark
    public int report() {
        Path out = temp.resolve("out-" + run++);
        StringWriter err = new StringWriter();
        int status = Plnet.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute("report", folder.toString(), "--out", out.toString());
        if (status != 0) {
            throw new IllegalStateException("plnet report failed: " + err);
        }
        return status;
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
