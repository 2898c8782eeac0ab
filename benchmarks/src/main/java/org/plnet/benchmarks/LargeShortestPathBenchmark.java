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

/**
 * {@link ShortestPathCentrality} alone on a large school-shaped network (by default 100,000 people and
 * 1,000,000 ties), where JGraphT's map-based betweenness would take too long to be a useful baseline. One
 * operation is O(n m): single shots, no warm-up.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@State(Scope.Benchmark)
public class LargeShortestPathBenchmark {

    @Param({"100000"})
    public int people;

    @Param({"10"})
    public int tiesPerPerson;

    @Param({"2"})
    public int threads;

    private CompactGraph graph;

    @Setup
    public void build() {
        graph = new SchoolNetwork(people, tiesPerPerson, 20260101L).compact();
    }

    @Benchmark
    public ShortestPathScores plnet() {
        return ShortestPathCentrality.compute(graph, threads);
    }
}
