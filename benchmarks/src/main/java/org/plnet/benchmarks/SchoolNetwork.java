package org.plnet.benchmarks;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.plnet.engine.graph.CompactGraph;

/**
 * A seeded random network shaped like a learning network of schools: people in schools of
 * {@value #SCHOOL_SIZE}, each naming {@code tiesPerPerson} distinct others, {@value #WITHIN_SCHOOL} of
 * them (in expectation) colleagues of their own school and the rest anyone in the network.
 */
final class SchoolNetwork {

    static final int SCHOOL_SIZE = 50;
    static final double WITHIN_SCHOOL = 0.8;

    final int people;
    final int[] sources;
    final int[] targets;

    SchoolNetwork(int people, int tiesPerPerson, long seed) {
        if (tiesPerPerson >= SCHOOL_SIZE) {
            throw new IllegalArgumentException("at most " + (SCHOOL_SIZE - 1) + " ties per person");
        }
        this.people = people;
        SplittableRandom random = new SplittableRandom(seed);
        int m = people * tiesPerPerson;
        sources = new int[m];
        targets = new int[m];
        int k = 0;
        Set<Integer> named = new HashSet<>();
        for (int u = 0; u < people; u++) {
            int schoolStart = u / SCHOOL_SIZE * SCHOOL_SIZE;
            int schoolSize = Math.min(SCHOOL_SIZE, people - schoolStart);
            named.clear();
            while (named.size() < Math.min(tiesPerPerson, people - 1)) {
                int v = random.nextDouble() < WITHIN_SCHOOL && schoolSize > tiesPerPerson
                        ? schoolStart + random.nextInt(schoolSize)
                        : random.nextInt(people);
                if (v != u && named.add(v)) {
                    sources[k] = u;
                    targets[k] = v;
                    k++;
                }
            }
        }
        if (k != m) {
            throw new IllegalStateException("generated " + k + " ties, expected " + m);
        }
    }

    CompactGraph compact() {
        double[] weights = new double[sources.length];
        Arrays.fill(weights, 1.0);
        return CompactGraph.of(people, sources, targets, weights);
    }

    Graph<Integer, DefaultEdge> jgrapht() {
        Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int v = 0; v < people; v++) {
            g.addVertex(v);
        }
        for (int k = 0; k < sources.length; k++) {
            g.addEdge(sources[k], targets[k]);
        }
        return g;
    }
}
