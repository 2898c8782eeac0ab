package org.plnet.engine.statistics.qap;

import java.util.List;
import java.util.Objects;
import org.plnet.engine.analysis.AnalysisOptions;
import org.plnet.engine.model.Study;

/**
 * Everything {@code plnet qap} reports (statistics.md, section 3): the MR-QAP regression of y on the x's and,
 * with a single x, the QAP correlation test. Both start their own permutation stream from the seed.
 *
 * @param study       the study's name
 * @param y           the dependent term
 * @param xs          the independent terms, in the order given
 * @param weighted    whether relation terms carry tie weights
 * @param correlation the correlation test with one x; {@code null} with several
 * @param regression  the regression
 */
public record QapAnalysis(String study, DyadicTerm y, List<DyadicTerm> xs, boolean weighted,
                          QapCorrelation correlation, MultipleRegressionQap regression) {

    public QapAnalysis {
        Objects.requireNonNull(study);
        xs = List.copyOf(xs);
        Objects.requireNonNull(regression);
    }

    /**
     * Reads the terms and runs the tests.
     *
     * @throws org.plnet.engine.input.InputException for an unknown relation, wave or column, or a degenerate
     *                                               design ({@link DegenerateDesignException})
     */
    public static QapAnalysis run(Study study, String y, List<String> xs, boolean weighted, AnalysisOptions options) {
        if (xs.isEmpty()) {
            throw new IllegalArgumentException("at least one x term");
        }
        DyadicTerm yTerm = DyadicTerms.parse(study, y, weighted, "--y");
        List<DyadicTerm> xTerms = DyadicTerms.parseAll(study, xs, weighted, "--x");
        MultipleRegressionQap regression = MultipleRegressionQap.run(yTerm, xTerms, options.permutations(),
                options.seed());
        QapCorrelation correlation = xTerms.size() == 1
                ? QapCorrelation.run(yTerm, xTerms.get(0), options.permutations(), options.seed())
                : null;
        return new QapAnalysis(study.name(), yTerm, xTerms, weighted, correlation, regression);
    }

    /** n, the number of people of the study. */
    public int people() {
        return y.size();
    }
}
