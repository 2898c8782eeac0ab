package org.plnet.benchmarks;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
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
import org.plnet.engine.scoring.affiliation.TwoModeCentrality;

/**
 * {@link TwoModeCentrality} (two-mode degree, betweenness and closeness, one breadth-first search per node)
 * against JGraphT's {@link BetweennessCentrality} (betweenness only, undirected) on the same bipartite graph of
 * people and events. Ours does more per node (closeness and the normalisations), so the ratio understates the
 * speed of its betweenness alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class TwoModeBenchmark {

    /** A register: each person attends {@code eventsPerPerson} distinct events drawn uniformly (seeded). */
    @State(Scope.Benchmark)
    public static class Register {
        @Param({"3000"})
        public int people;

        @Param({"100"})
        public int events;

        @Param({"4"})
        public int eventsPerPerson;

        int[][] attendance;
        Graph<Integer, DefaultEdge> jgrapht;

        @Setup
        public void build() {
            Random random = new Random(20261201L);
            attendance = new int[people][];
            jgrapht = new SimpleGraph<>(DefaultEdge.class);
            for (int v = 0; v < people + events; v++) {
                jgrapht.addVertex(v);
            }
            for (int p = 0; p < people; p++) {
                attendance[p] = random.ints(0, events).distinct().limit(eventsPerPerson).toArray();
                for (int e : attendance[p]) {
                    jgrapht.addEdge(p, people + e);
                }
            }
        }
    }

    @Benchmark
    public TwoModeCentrality plnet(Register r) {
        return TwoModeCentrality.compute(r.people, r.events, r.attendance);
    }

    @Benchmark
    public Map<Integer, Double> jgraphtBetweenness(Register r) {
        return new BetweennessCentrality<>(r.jgrapht).getScores();
    }
}
