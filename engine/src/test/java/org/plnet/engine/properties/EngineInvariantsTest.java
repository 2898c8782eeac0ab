package org.plnet.engine.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plnet.engine.analysis.AnalysisOptions;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.PersonFigures;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.centrality.ShortestPathCentrality;
import org.plnet.engine.scoring.centrality.ShortestPathScores;
import org.plnet.engine.scoring.homophily.EIIndex;
import org.plnet.engine.scoring.links.SchoolLinkMeasures;
import org.plnet.engine.scoring.links.SchoolLinks;

/**
 * Property tests of the engine's invariants (issue 8) on {@value #TRIES} random small networks of schools, drawn
 * from fixed seeds so every run checks the same networks (a failure names the network by its parameters).
 */
class EngineInvariantsTest {

    static final int TRIES = 150;
    private static final double K = 4;
    private static final AnalysisOptions FEW = new AnalysisOptions(9, 1);

    /** A random network: people with a school (or none) and membership, and distinct ties without loops. */
    record Net(int n, String[] school, boolean[] member, int[] source, int[] target, double[] weight) {

        Study study(int[] position) {
            Study.Builder b = Study.builder("random");
            Person[] at = new Person[n];
            for (int i = 0; i < n; i++) {
                at[position[i]] = new Person("p" + i, school[i], member[i]);
            }
            for (Person p : at) {
                b.addPerson(p);
            }
            b.relation(new Relation("advice", null, Flow.SEEK, K, Relation.ANY_POSITIVE, K - 1));
            // the ties sorted by (source, target) at their new places, as KeptTies holds them
            Integer[] order = new Integer[source.length];
            Arrays.setAll(order, k -> k);
            Arrays.sort(order, java.util.Comparator.<Integer>comparingInt(k -> position[source[k]])
                    .thenComparingInt(k -> position[target[k]]));
            int[] s = new int[source.length];
            int[] t = new int[source.length];
            double[] w = new double[source.length];
            for (int k = 0; k < source.length; k++) {
                s[k] = position[source[order[k]]];
                t[k] = position[target[order[k]]];
                w[k] = weight[order[k]];
            }
            b.layer(new KeptTies("advice", "1", s, t, w));
            BitSet all = new BitSet();
            all.set(0, n);
            b.respondents("1", all);
            return b.build();
        }

        Study study() {
            int[] identity = new int[n];
            Arrays.setAll(identity, i -> i);
            return study(identity);
        }

        Net withIsolate() {
            return new Net(n + 1, Arrays.copyOf(school, n + 1), Arrays.copyOf(member, n + 1), source, target,
                    weight);
        }

        CompactGraph graph() {
            return CompactGraph.of(n, source, target, weight);
        }
    }

    /** A random network of 1 to 11 people with up to 3n distinct ties without loops, weights 1 to K. */
    static Net net(Random r) {
        int n = 1 + r.nextInt(11);
        String[] schools = {"A", "B", "C", null};
        String[] school = new String[n];
        boolean[] member = new boolean[n];
        for (int i = 0; i < n; i++) {
            school[i] = schools[r.nextInt(schools.length)];
            member[i] = r.nextBoolean();
        }
        Set<Long> seen = new LinkedHashSet<>();
        List<int[]> ties = new ArrayList<>();
        int tries = r.nextInt(3 * n + 1);
        for (int k = 0; k < tries; k++) {
            int s = r.nextInt(n);
            int t = r.nextInt(n);
            if (s != t && seen.add((long) s * n + t)) {
                ties.add(new int[] {s, t, 1 + r.nextInt((int) K)});
            }
        }
        ties.sort(java.util.Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return new Net(n, school, member, ties.stream().mapToInt(p -> p[0]).toArray(),
                ties.stream().mapToInt(p -> p[1]).toArray(), ties.stream().mapToDouble(p -> p[2]).toArray());
    }

    /** The networks a property is checked on: {@value #TRIES} of them, the same on every run. */
    static Stream<Net> nets() {
        return IntStream.range(0, TRIES).mapToObj(i -> net(new Random(8_000L + i)));
    }

    /** The analysis of the one layer; a study without ties has none (the property is then assumed away). */
    private static GraphAnalysis analysis(Study study) {
        return study.layers().isEmpty() ? null : StudyAnalyzer.analyze(study, FEW).analyses().get(0);
    }

    @ParameterizedTest
    @MethodSource("nets")
    void relabellingPeopleLeavesEveryFigureUnchangedButPermuted(Net net) {
        long shuffleSeed = net.n() * 31L + net.source().length;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < net.n(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new java.util.Random(shuffleSeed));
        int[] position = order.stream().mapToInt(Integer::intValue).toArray();
        GraphAnalysis before = analysis(net.study());
        GraphAnalysis after = analysis(net.study(position));
        if (before == null) {
            assertThat(after).isNull(); // no ties: no layer to analyse either way
            return;
        }
        for (int i = 0; i < net.n(); i++) {
            PersonFigures a = before.people().get(i);
            PersonFigures b = after.people().get(position[i]);
            assertThat(b.person()).isEqualTo(a.person());
            assertThat(b.inDegree()).isEqualTo(a.inDegree());
            assertThat(b.outDegree()).isEqualTo(a.outDegree());
            assertThat(b.inStrength()).isEqualTo(a.inStrength());
            assertThat(b.outStrength()).isEqualTo(a.outStrength());
            assertThat(b.betweenness()).isCloseTo(a.betweenness(), within(1e-9));
            assertThat(b.closeness()).isCloseTo(a.closeness(), within(1e-9));
            assertThat(b.harmonicCloseness()).isCloseTo(a.harmonicCloseness(), within(1e-9));
            assertThat(b.pageRank()).isCloseTo(a.pageRank(), within(1e-6));
            same(b.eigenvector(), a.eigenvector(), 1e-6);
            same(b.constraint(), a.constraint(), 1e-9);
            same(b.effectiveSize(), a.effectiveSize(), 1e-9);
            assertThat(b.brokerage()).isEqualTo(a.brokerage());
        }
        assertThat(after.network().ties()).isEqualTo(before.network().ties());
        assertThat(after.network().density()).isEqualTo(before.network().density());
        same(after.network().reciprocity(), before.network().reciprocity(), 1e-12);
        same(after.network().transitivity(), before.network().transitivity(), 1e-12);
        same(after.network().eiIndex(), before.network().eiIndex(), 1e-12);
        assertThat(after.network().weakComponents()).isEqualTo(before.network().weakComponents());
    }

    @ParameterizedTest
    @MethodSource("nets")
    void anIsolateChangesOnlyTheFiguresThatDependOnN(Net net) {
        GraphAnalysis before = analysis(net.study());
        GraphAnalysis after = analysis(net.withIsolate().study());
        if (before == null) {
            assertThat(after).isNull();
            return;
        }
        for (int i = 0; i < net.n(); i++) {
            PersonFigures a = before.people().get(i);
            PersonFigures b = after.people().get(i);
            assertThat(b.inDegree()).isEqualTo(a.inDegree());
            assertThat(b.outDegree()).isEqualTo(a.outDegree());
            assertThat(b.inStrength()).isEqualTo(a.inStrength());
            assertThat(b.outStrength()).isEqualTo(a.outStrength());
            assertThat(b.betweenness()).isCloseTo(a.betweenness(), within(1e-9));
            same(b.constraint(), a.constraint(), 1e-9);
            same(b.effectiveSize(), a.effectiveSize(), 1e-9);
        }
        PersonFigures isolate = after.people().get(net.n());
        assertThat(isolate.inDegree() + isolate.outDegree()).isZero();
        assertThat(isolate.betweenness()).isZero();
        assertThat(after.network().ties()).isEqualTo(before.network().ties());
        same(after.network().reciprocity(), before.network().reciprocity(), 1e-12);
        same(after.network().transitivity(), before.network().transitivity(), 1e-12);
        same(after.network().eiIndex(), before.network().eiIndex(), 1e-12);
        assertThat(after.network().weakComponents()).isEqualTo(before.network().weakComponents() + 1);
    }

    /**
     * Σ_v betweenness(v) = Σ over ordered pairs (s, t) joined by a path of (d(s,t) − 1): every shortest path
     * from s to t has d − 1 people inside it, and betweenness shares each pair's one unit among its paths.
     */
    @ParameterizedTest
    @MethodSource("nets")
    void betweennessSumsToTheInnerPeopleOfAllShortestPaths(Net net) {
        CompactGraph g = net.graph();
        ShortestPathScores scores = ShortestPathCentrality.compute(g);
        double sum = 0;
        for (int v = 0; v < net.n(); v++) {
            sum += scores.betweenness(v);
        }
        long expected = 0;
        for (int s = 0; s < net.n(); s++) {
            int[] d = distances(g, s);
            for (int t = 0; t < net.n(); t++) {
                if (t != s && d[t] > 0) {
                    expected += d[t] - 1;
                }
            }
        }
        assertThat(sum).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest
    @MethodSource("nets")
    void eiIndexLiesBetweenMinusOneAndOne(Net net) {
        Study study = net.study();
        Double ei = EIIndex.network(net.graph(), study.schoolIndex()).value();
        if (ei != null) {
            assertThat(ei).isBetween(-1.0, 1.0);
        }
    }

    @ParameterizedTest
    @MethodSource("nets")
    void schoolLinkSharesLieBetweenZeroAndOne(Net net) {
        Study study = net.study();
        BitSet all = new BitSet();
        all.set(0, net.n());
        SchoolLinkMeasures m = SchoolLinkMeasures.compute(study, net.graph(), study.relation("advice"), all,
                new long[net.n()], new long[net.n()]);
        for (SchoolLinks s : m.schools()) {
            for (Double share : new Double[] {s.responseRate(), s.reach(), s.reachOwnMembers(),
                s.reachOtherMembers(), s.tieStrength(), s.tieStrengthOwnMembers(), s.tieStrengthOtherMembers(),
                s.strongReach(), s.twoWayShare(), s.colleaguesWithTwoWayLink()}) {
                if (share != null) {
                    assertThat(share).isBetween(0.0, 1.0);
                }
            }
        }
    }

    /** Hop distances from {@code s} along arcs; -1 where there is no path. */
    private static int[] distances(CompactGraph g, int s) {
        int[] d = new int[g.vertexCount()];
        Arrays.fill(d, -1);
        d[s] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(s));
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int k = g.outOffsets()[u]; k < g.outOffsets()[u + 1]; k++) {
                int v = g.outTargets()[k];
                if (d[v] < 0) {
                    d[v] = d[u] + 1;
                    queue.add(v);
                }
            }
        }
        return d;
    }

    private static void same(Double b, Double a, double tolerance) {
        if (a == null) {
            assertThat(b).isNull();
        } else {
            assertThat(b).isNotNull().isCloseTo(a, within(tolerance));
        }
    }
}
