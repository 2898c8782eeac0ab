package org.plnet.reports.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.plnet.engine.analysis.AnalysisOptions;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;

/** The same input and seed give byte-identical metrics.json, statistics included, with 1, 2 and 4 threads. */
class StatisticsThreadsTest {

    @Test
    void sameSeedSameBytesForAnyThreadCount() throws Exception {
        Study study = randomStudy();
        AnalysisOptions options = new AnalysisOptions(300, 42);
        byte[] one = metricsIn(1, study, options);
        assertThat(new String(one, StandardCharsets.UTF_8))
                .contains("\"eiTest\": {", "\"brokerageZ\": {", "\"changes\": [\n    {");
        assertThat(metricsIn(2, study, options)).isEqualTo(one);
        assertThat(metricsIn(4, study, options)).isEqualTo(one);
        assertThat(metricsIn(2, study, new AnalysisOptions(300, 43))).isNotEqualTo(one);
    }

    private static byte[] metricsIn(int threads, Study study, AnalysisOptions options) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                MetricsJsonWriter.write(StudyAnalyzer.analyze(study, options), out);
                return out.toByteArray();
            }).get();
        } finally {
            pool.shutdown();
        }
    }

    /** 150 people in 6 schools (some of unknown school), two waves of one relation, seeded. */
    private static Study randomStudy() {
        SplittableRandom random = new SplittableRandom(9);
        Study.Builder b = Study.builder("threads");
        int n = 150;
        for (int v = 0; v < n; v++) {
            b.addPerson(new Person("p" + v, v % 25 == 0 ? null : "S" + v % 6, v % 7 == 0));
        }
        b.relation(new Relation("advice", null, Flow.SEEK, 1, Relation.ANY_POSITIVE, 1));
        for (String wave : new String[] {"1", "2"}) {
            TreeSet<Long> pairs = new TreeSet<>();
            while (pairs.size() < 600) {
                int s = random.nextInt(n);
                int t = random.nextInt(n);
                if (s != t) {
                    pairs.add((long) s * n + t);
                }
            }
            int[] sources = pairs.stream().mapToInt(p -> (int) (p / n)).toArray();
            int[] targets = pairs.stream().mapToInt(p -> (int) (p % n)).toArray();
            double[] weights = new double[sources.length];
            Arrays.fill(weights, 1);
            b.layer(new KeptTies("advice", wave, sources, targets, weights));
            BitSet who = new BitSet();
            Arrays.stream(sources).forEach(who::set);
            b.respondents(wave, who);
        }
        return b.build();
    }
}
