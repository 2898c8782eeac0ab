package org.plnet.engine.statistics.qap;

/**
 * The p-values of a QAP statistic against its R' defined permutations (statistics.md, section 3):
 * pGreater = (1 + #{stat' &gt;= stat}) / (1 + R'), pLess with &lt;=, pAbs with |stat'| &gt;= |stat|.
 */
public record QapPValues(double pGreater, double pLess, double pAbs) {

    /** Counts the permuted statistics that reach the observed one; the one place of the comparison rule. */
    static final class Exceedances {
        private final double observed;
        private int defined;
        private int greater;
        private int less;
        private int absolute;

        Exceedances(double observed) {
            this.observed = observed;
        }

        /**
         * stat' &gt;= stat means stat' &gt;= stat - 1e-9 max(1, |stat|) (and &lt;= likewise): binary data give
         * exact ties that floating point would otherwise split at random.
         */
        void add(double permuted) {
            defined++;
            double slack = 1e-9 * Math.max(1, Math.abs(observed));
            greater += permuted >= observed - slack ? 1 : 0;
            less += permuted <= observed + slack ? 1 : 0;
            absolute += Math.abs(permuted) >= Math.abs(observed) - slack ? 1 : 0;
        }

        void add(Exceedances other) {
            defined += other.defined;
            greater += other.greater;
            less += other.less;
            absolute += other.absolute;
        }

        int defined() {
            return defined;
        }

        QapPValues pValues() {
            double denominator = 1.0 + defined;
            return new QapPValues((1.0 + greater) / denominator, (1.0 + less) / denominator,
                    (1.0 + absolute) / denominator);
        }
    }
}
