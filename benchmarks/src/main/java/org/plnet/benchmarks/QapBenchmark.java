package org.plnet.benchmarks;

import java.util.List;
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
import org.plnet.engine.statistics.qap.DyadicTerm;
import org.plnet.engine.statistics.qap.MultipleRegressionQap;

/**
 * MR-QAP (statistics.md, section 3) with 1,000 permutations by double semi-partialling: y one school-shaped
 * relation, x two other relations on the same people and same:school, against the baseline of the same run:
 * one pass of betweenness, closeness and harmonic closeness on y's graph, the analysis' heaviest kernel.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class QapBenchmark {

    @Param({"3000"})
    public int people;

    @Param({"12"})
    public int tiesPerPerson;

    private CompactGraph advice;
    private DyadicTerm y;
    private List<DyadicTerm> xs;

    @Setup
    public void build() {
        advice = new SchoolNetwork(people, tiesPerPerson, 20260101L).compact();
        int[] school = new int[people];
        for (int v = 0; v < people; v++) {
            school[v] = v / SchoolNetwork.SCHOOL_SIZE;
        }
        int schools = (people + SchoolNetwork.SCHOOL_SIZE - 1) / SchoolNetwork.SCHOOL_SIZE;
        y = new DyadicTerm.Ties("advice@2020", advice, false);
        xs = List.of(
                new DyadicTerm.Ties("research@2020", new SchoolNetwork(people, tiesPerPerson, 20260102L).compact(),
                        false),
                new DyadicTerm.Ties("advice@2019", new SchoolNetwork(people, tiesPerPerson, 20260103L).compact(),
                        false),
                new DyadicTerm.SameGroup("same:school", school, schools));
    }

    @Benchmark
    public MultipleRegressionQap mrQap1000() {
        return MultipleRegressionQap.run(y, xs, 1000, 1);
    }

    @Benchmark
    public ShortestPathScores baselineShortestPaths() {
        return ShortestPathCentrality.compute(advice);
    }
}
