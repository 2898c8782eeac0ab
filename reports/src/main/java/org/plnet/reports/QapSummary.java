package org.plnet.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plnet.engine.statistics.qap.DyadicTerm;
import org.plnet.engine.statistics.qap.MultipleRegressionQap;
import org.plnet.engine.statistics.qap.QapAnalysis;

/**
 * The plain-text {@code qap.txt}: each term with its estimate and two-sided p-value, R-squared, the
 * correlation with a single x, and in words which terms are significant at 0.05.
 */
public final class QapSummary {

    /** A two-sided p-value at most this marks a term as significant. */
    public static final double SIGNIFICANCE = 0.05;

    private QapSummary() {
    }

    public static String text(QapAnalysis qap) {
        MultipleRegressionQap regression = qap.regression();
        List<String> xs = qap.xs().stream().map(DyadicTerm::label).toList();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "MR-QAP regression of %s on %s%s%n", qap.y().label(),
                String.join(", ", xs), qap.weighted() ? " (tie weights)" : ""));
        s.append(String.format(Locale.ROOT, "Study %s: %d people, %d permutations (%d used), seed %d%n%n",
                qap.study(), qap.people(), regression.permutations(), regression.definedPermutations(),
                regression.seed()));
        int width = Math.max(12, regression.coefficients().stream().mapToInt(c -> c.term().length()).max()
                .orElse(0));
        s.append(String.format(Locale.ROOT, "%-" + width + "s  %12s  %10s  %10s%n", "term", "estimate", "t",
                "p (2-sided)"));
        List<String> significant = new ArrayList<>();
        for (MultipleRegressionQap.Coefficient c : regression.coefficients()) {
            s.append(String.format(Locale.ROOT, "%-" + width + "s  %12.6f  %10.3f  %10.4f%n", c.term(),
                    c.estimate(), c.tValue(), c.test().pAbs()));
            if (!c.term().equals(DyadicTerm.Intercept.LABEL) && c.test().pAbs() <= SIGNIFICANCE) {
                significant.add(c.term() + (c.estimate() > 0 ? " (more ties)" : " (fewer ties)"));
            }
        }
        s.append(String.format(Locale.ROOT, "%nR-squared: %.4f%n", regression.rSquared()));
        if (qap.correlation() != null) {
            s.append(String.format(Locale.ROOT, "Correlation of %s with %s: %.4f (two-sided p %.4f)%n",
                    qap.y().label(), xs.get(0), qap.correlation().correlation(),
                    qap.correlation().test().pAbs()));
        }
        s.append('\n');
        if (significant.isEmpty()) {
            s.append("No term is significant at 0.05: none differs from what random relabelling of the people"
                    + " gives.\n");
        } else {
            s.append("Significant at 0.05 (a t-value this far from 0 in at most 5% of random relabellings of the"
                    + " people): ").append(String.join(", ", significant)).append(".\n");
        }
        return s.toString();
    }
}
