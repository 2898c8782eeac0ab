package org.plnet.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.scoring.centrality.ShortestPathCentrality;

/**
 * One timed run of the betweenness + closeness + harmonic closeness pass on an edge list ("source target"
 * per line, vertices 0..n-1), for benchmarks/igraph/compare.py, which times igraph on the same file:
 * {@code java -cp benchmarks/target/benchmarks.jar org.plnet.benchmarks.ShortestPathPass EDGES N THREADS}.
 * Prints the seconds of the pass alone (the graph loaded and built first).
 */
public final class ShortestPathPass {

    private ShortestPathPass() {
    }

    public static void main(String[] args) throws IOException {
        Path edges = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        int[] from = new int[1 << 16];
        int[] to = new int[1 << 16];
        int m = 0;
        try (BufferedReader in = Files.newBufferedReader(edges, StandardCharsets.US_ASCII)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int space = line.indexOf(' ');
                if (m == from.length) {
                    from = Arrays.copyOf(from, 2 * m);
                    to = Arrays.copyOf(to, 2 * m);
                }
                from[m] = Integer.parseInt(line, 0, space, 10);
                to[m] = Integer.parseInt(line, space + 1, line.length(), 10);
                m++;
            }
        }
        double[] w = new double[m];
        Arrays.fill(w, 1.0);
        CompactGraph g = CompactGraph.of(n, Arrays.copyOf(from, m), Arrays.copyOf(to, m), w);
        long start = System.nanoTime();
        ShortestPathCentrality.compute(g, threads);
        System.out.printf(java.util.Locale.ROOT, "%.3f%n", (System.nanoTime() - start) / 1e9);
    }
}
