package org.plnet.cli;

import org.plnet.engine.analysis.AnalysisOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --permutations} and {@code --seed} of the permutation tests (statistics.md), for analyze and report. */
final class StatisticsOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private int permutations = AnalysisOptions.DEFAULT_PERMUTATIONS;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The seed of the random permutations (default: ${DEFAULT-VALUE}); the same seed gives the"
                    + " same figures.")
    private long seed;

    @Option(names = "--permutations", paramLabel = "R", defaultValue = "1000",
            description = "Random permutations of each permutation test, at least 1 (default: ${DEFAULT-VALUE}).")
    void permutations(int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--permutations': "
                    + value + " is not a whole number of at least 1");
        }
        permutations = value;
    }

    AnalysisOptions options() {
        return new AnalysisOptions(permutations, seed);
    }
}
