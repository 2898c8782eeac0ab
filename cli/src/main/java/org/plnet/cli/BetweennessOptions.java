package org.plnet.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.plnet.engine.analysis.BetweennessMethod;
import org.plnet.engine.analysis.ShortestPaths;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.centrality.SampledBetweenness;
import org.plnet.engine.scoring.centrality.ShortestPathCentrality;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --betweenness exact|sampled}, {@code --epsilon}, {@code --confidence}, for analyze and report; with
 * exact betweenness on a graph where it would take more than about ten minutes, a note on stderr suggests
 * sampling, with the expected times of both.
 */
final class BetweennessOptions {

    /** CPU time per arc visited by a breadth-first search, measured on the national benchmark graph. */
    static final double SECONDS_PER_ARC = 6e-9;
    /** Above this expected time of the exact pass, suggest sampling. */
    static final double SUGGEST_ABOVE_SECONDS = 600;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--betweenness", paramLabel = "exact|sampled", defaultValue = "exact",
            converter = MethodConverter.class,
            description = "exact (default): every pair, O(people x ties); sampled: within --epsilon of the exact"
                    + " normalised betweenness for every person, with probability --confidence (Riondato &"
                    + " Kornaropoulos 2016); closeness stays exact.")
    BetweennessMethod method;

    private double epsilon = 0.05;
    private double confidence = 0.9;

    @Option(names = "--epsilon", paramLabel = "E", defaultValue = "0.05",
            description = "Sampled betweenness: the largest error of any normalised betweenness (default:"
                    + " ${DEFAULT-VALUE}).")
    void epsilon(double value) {
        if (!(value > 0 && value < 1)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--epsilon': " + value
                    + " is not between 0 and 1");
        }
        epsilon = value;
    }

    @Option(names = "--confidence", paramLabel = "P", defaultValue = "0.9",
            description = "Sampled betweenness: the probability that no error exceeds --epsilon (default:"
                    + " ${DEFAULT-VALUE}).")
    void confidence(double value) {
        if (!(value > 0 && value < 1)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--confidence': " + value
                    + " is not between 0 and 1");
        }
        confidence = value;
    }

    /** The shortest-path figures to use; with exact betweenness on a large graph, suggests sampling on err. */
    ShortestPaths paths(Study study, long seed, PrintWriter err, Progress shown) {
        if (method == BetweennessMethod.SAMPLED) {
            return ShortestPaths.sampled(epsilon, confidence, seed);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        for (KeptTies ties : study.layers()) {
            double n = study.size();
            double m = ties.size();
            // per source: a search of D and of U (up to 2m arcs) and the dependency sums over D
            double exact = n * 4 * m * SECONDS_PER_ARC / threads;
            if (exact > SUGGEST_ABOVE_SECONDS) {
                long r = SampledBetweenness.sampleSize(study.size(), study.size(), epsilon, confidence);
                double sampled = (r * m + n * 2 * m) * SECONDS_PER_ARC / threads;
                err.printf(Locale.ROOT, "plnet: exact betweenness of %s in wave %s (%,d people, %,d ties) will take"
                        + " about %s on %d processors; --betweenness sampled --epsilon %s would take about %s"
                        + " (closeness stays exact)%n", ties.relation(), ties.wave(), study.size(), ties.size(),
                        duration(exact), threads, epsilon, duration(sampled));
            }
        }
        return graph -> ShortestPathCentrality.compute(graph.compact(), threads, shown.stage(
                "betweenness and closeness of " + graph.relation().name() + " in wave " + graph.wave()));
    }

    private static String duration(double seconds) {
        return Progress.duration(seconds);
    }

    /** exact|sampled, case-insensitive. */
    static final class MethodConverter implements picocli.CommandLine.ITypeConverter<BetweennessMethod> {
        @Override
        public BetweennessMethod convert(String value) {
            try {
                return BetweennessMethod.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not exact or sampled");
            }
        }
    }
}
