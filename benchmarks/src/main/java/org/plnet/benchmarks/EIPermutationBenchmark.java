package org.plnet.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.scoring.centrality.ShortestPathCentrality;
import org.plnet.engine.scoring.centrality.ShortestPathScores;
import org.plnet.engine.scoring.homophily.EIPermutationTest;

/**
 * The E-I permutation test (statistics.md, section 2) with 20,000 permutations on a school-shaped network,
 * against the baseline of the same run: one pass of betweenness, closeness and harmonic closeness on the same
 * graph, the analysis' heaviest kernel.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class EIPermutationBenchmark {

    @Param({"3000"})
    public int people;

    @Param({"12"})
    public int tiesPerPerson;

    private CompactGraph compact;
    private int[] school;

    @Setup
    public void build() {
        compact = new SchoolNetwork(people, tiesPerPerson, 20260101L).compact();
        school = new int[people];
        for (int v = 0; v < people; v++) {
            school[v] = v / SchoolNetwork.SCHOOL_SIZE;
        }
    }

    @Benchmark
    public EIPermutationTest eiTest20000() {
        return EIPermutationTest.run(compact, school, (people + SchoolNetwork.SCHOOL_SIZE - 1)
                / SchoolNetwork.SCHOOL_SIZE, 20_000, 1);
    }

    @Benchmark
    public ShortestPathScores baselineShortestPaths() {
        return ShortestPathCentrality.compute(compact);
    }
}
