package org.plnet.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
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
import org.plnet.engine.scoring.centrality.PageRank;
import org.plnet.engine.scoring.centrality.PageRankScores;

/**
 * Our {@link PageRank} against JGraphT's {@link org.jgrapht.alg.scoring.PageRank}, both at damping 0.85
 * and run to convergence: ours until the L1 change is below 1e-12, JGraphT's until its largest change
 * per vertex is below 1e-12 (its default stops at 1e-4 or 100 iterations, far short of metrics.md's
 * accuracy).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@State(Scope.Benchmark)
public class PageRankBenchmark {

    @Param({"3000", "100000"})
    public int people;

    @Param({"12"})
    public int tiesPerPerson;

    private CompactGraph compact;
    private Graph<Integer, DefaultEdge> jgrapht;

    @Setup
    public void build() {
        SchoolNetwork network = new SchoolNetwork(people, tiesPerPerson, 20260101L);
        compact = network.compact();
        jgrapht = network.jgrapht();
    }

    @Benchmark
    public PageRankScores plnet() {
        return PageRank.compute(compact);
    }

    @Benchmark
    public Map<Integer, Double> jgraphtPageRank() {
        return new org.jgrapht.alg.scoring.PageRank<>(jgrapht, PageRank.DAMPING, 100_000, 1e-12).getScores();
    }
}
