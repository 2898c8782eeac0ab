package org.plnet.benchmarks;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.function.Supplier;
import org.plnet.engine.analysis.AnalysisOptions;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.brokerage.BrokerageAgainstChance;
import org.plnet.engine.scoring.brokerage.GouldFernandezBrokerage;
import org.plnet.engine.scoring.centrality.EigenvectorCentrality;
import org.plnet.engine.scoring.centrality.PageRank;
import org.plnet.engine.scoring.centrality.Shard;
import org.plnet.engine.scoring.centrality.ShortestPathCentrality;
import org.plnet.engine.scoring.centralization.FreemanDegreeCentralization;
import org.plnet.engine.scoring.cohesion.Reciprocity;
import org.plnet.engine.scoring.cohesion.Transitivity;
import org.plnet.engine.scoring.cohesion.WeakComponents;
import org.plnet.engine.scoring.homophily.EIIndex;
import org.plnet.engine.scoring.homophily.EIPermutationTest;
import org.plnet.engine.scoring.links.SchoolLinkMeasures;
import org.plnet.engine.scoring.structuralholes.StructuralHoles;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.StudyReader;

/**
 * The stages of {@code plnet analyze} on a large study folder (benchmarks/large/study.py), each timed alone in
 * one process, the first layer only: reading the folder into the study, building the graph D, then every
 * kernel of {@code StudyAnalyzer} in its order. The betweenness/closeness pass, O(n m), is timed on shard 1
 * of {@code SHARDS} of its sources (about 1/SHARDS of the whole pass; 0 leaves it out). Prints wall and CPU seconds of the
 * process (collector and compilers included) per stage; run with {@code -Xlog:gc} for the heap after each collection:
 * {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar org.plnet.benchmarks.LargeStudyStages FOLDER [SHARDS]}.
 */
public final class LargeStudyStages {

    private LargeStudyStages() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int shards = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int threads = Runtime.getRuntime().availableProcessors();
        Study study = timed("reading the study folder", () -> StudyReader.read(folder, ReadMode.STRICT).studyOrThrow());
        StudyGraph graph = timed("building D and U", () -> StudyGraph.of(study, study.layers().get(0)));
        CompactGraph d = graph.compact();
        int[] school = study.schoolIndex();
        BitSet respondents = study.respondents(graph.relation().name(), graph.wave());
        GouldFernandezBrokerage brokerage = timed("Gould-Fernandez brokerage",
                () -> GouldFernandezBrokerage.compute(d, school));
        long[] gatekeeper = new long[d.vertexCount()];
        long[] representative = new long[d.vertexCount()];
        for (int v = 0; v < d.vertexCount(); v++) {
            gatekeeper[v] = brokerage.counts(v).gatekeeper();
            representative[v] = brokerage.counts(v).representative();
        }
        timed("school links", () -> SchoolLinkMeasures.compute(study, d, graph.relation(), respondents, gatekeeper,
                representative));
        AnalysisOptions options = AnalysisOptions.DEFAULT;
        timed("E-I permutation test (" + options.permutations() + " permutations)", () -> EIPermutationTest.run(d,
                school, study.schools().size(), options.permutations(), options.seed()));
        if (shards > 0) {
            timed("betweenness + closeness pass, shard 1 of " + shards, () -> ShortestPathCentrality.partial(d,
                    new Shard(1, shards), threads));
        }
        timed("eigenvector centrality", () -> EigenvectorCentrality.compute(d));
        timed("PageRank", () -> PageRank.compute(d));
        timed("constraint and effective size", () -> StructuralHoles.compute(d));
        timed("brokerage against chance", () -> BrokerageAgainstChance.compute(d, school, brokerage));
        timed("weak components", () -> WeakComponents.compute(d));
        timed("reciprocity, transitivity, E-I, centralization", () -> {
            Reciprocity.compute(d);
            Transitivity.compute(d);
            EIIndex.byGroup(d, school, study.schools().size());
            return FreemanDegreeCentralization.compute(d);
        });
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use at the end: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private static <T> T timed(String stage, Supplier<T> work) {
        long cpu = cpuNanos();
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf(Locale.ROOT, "%-55s %8.2f s wall %8.2f s CPU%n", stage, (System.nanoTime() - start) / 1e9,
                (cpuNanos() - cpu) / 1e9);
        return result;
    }

    /** CPU time of the whole process, garbage collector and compilers included. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
