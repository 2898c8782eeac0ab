package org.plnet.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
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
import org.plnet.engine.scoring.centrality.ShortestPathCentrality;
import org.plnet.engine.scoring.centrality.ShortestPathScores;

/**
 * {@link ShortestPathCentrality} (betweenness on D plus closeness and harmonic closeness on U, one pass)
 * against JGraphT's {@link BetweennessCentrality} (betweenness only, one thread) on the same school-shaped
 * network. Ours does strictly more work per source (a second BFS, on U), so the ratio understates the
 * speed-up of the betweenness kernel alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class ShortestPathBenchmark {

    /** The network: 3,000 people naming 12 others each is about the size of a large learning network. */
    @State(Scope.Benchmark)
    public static class Network {
        @Param({"3000"})
        public int people;

        @Param({"12"})
        public int tiesPerPerson;

        CompactGraph compact;
        Graph<Integer, DefaultEdge> jgrapht;

        @Setup
        public void build() {
            SchoolNetwork network = new SchoolNetwork(people, tiesPerPerson, 20260101L);
            compact = network.compact();
            jgrapht = network.jgrapht();
        }
    }

    /** Worker threads of ours; the result is the same for every value. */
    @State(Scope.Benchmark)
    public static class Threads {
        @Param({"1", "2"})
        public int threads;
    }

    @Benchmark
    public ShortestPathScores plnet(Network network, Threads threads) {
        return ShortestPathCentrality.compute(network.compact, threads.threads);
    }

    @Benchmark
    public Map<Integer, Double> jgraphtBetweenness(Network network) {
        return new BetweennessCentrality<>(network.jgrapht).getScores();
    }
}
