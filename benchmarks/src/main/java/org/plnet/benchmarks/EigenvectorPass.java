package org.plnet.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.scoring.centrality.EigenvectorCentrality;
import org.plnet.engine.scoring.centrality.EigenvectorScores;

/**
 * Timed runs of {@link EigenvectorCentrality} on the ties of a generated study folder (benchmarks/large/study.py
 * or benchmarks/igraph/compare.py: ids {@code p0..p(n-1)}, a header line, then "source,target" rows):
 * {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar org.plnet.benchmarks.EigenvectorPass FOLDER PEOPLE [RUNS]}.
 * Prints the wall and CPU seconds of each run (the graph read and built first, not timed) and a fingerprint
 * of the scores (their sum, the largest, and the score of person 0), so that two builds can be compared on the
 * same graph.
 */
public final class EigenvectorPass {

    private EigenvectorPass() {
    }

    public static void main(String[] args) throws IOException {
        Path ties = Path.of(args[0]).resolve("ties.csv");
        int n = Integer.parseInt(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int[] from = new int[1 << 16];
        int[] to = new int[1 << 16];
        int m = 0;
        try (BufferedReader in = Files.newBufferedReader(ties, StandardCharsets.US_ASCII)) {
            in.readLine(); // the header
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int comma = line.indexOf(',');
                if (m == from.length) {
                    from = Arrays.copyOf(from, 2 * m);
                    to = Arrays.copyOf(to, 2 * m);
                }
                from[m] = Integer.parseInt(line, 1, comma, 10);
                to[m] = Integer.parseInt(line, comma + 2, line.length(), 10);
                m++;
            }
        }
        double[] w = new double[m];
        Arrays.fill(w, 1.0);
        CompactGraph g = CompactGraph.of(n, Arrays.copyOf(from, m), Arrays.copyOf(to, m), w);
        System.out.printf(Locale.ROOT, "%d people, %d arcs, %d edges of U%n", n, m, g.edgeCount());
        for (int r = 0; r < runs; r++) {
            long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long start = System.nanoTime();
            EigenvectorScores scores = EigenvectorCentrality.compute(g);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                    - cpu) / 1e9;
            double sum = 0;
            double max = 0;
            for (int v = 0; v < n && scores.defined(); v++) {
                sum += scores.score(v);
                max = Math.max(max, scores.score(v));
            }
            System.out.printf(Locale.ROOT, "run %d: %.3f s wall, %.3f s CPU; sum %.17g, max %.17g, x_0 %s%n", r + 1,
                    seconds, cpuSeconds, sum, max,
                    scores.defined() ? Double.toString(scores.score(0)) : "undefined");
        }
    }
}
