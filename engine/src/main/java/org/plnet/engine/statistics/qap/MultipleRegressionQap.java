package org.plnet.engine.statistics.qap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * MR-QAP (statistics.md, section 3; = {@code sna::netlm(nullhyp = "qapspp")}): the OLS regression of a dyadic
 * term y on an intercept J and dyadic terms x_1..x_k over the N = n(n - 1) off-diagonal cells, with
 * permutation p-values by double semi-partialling.
 *
 * <p><b>Fit.</b> With the columns X_0 = J, X_1..X_k (p = k + 1), the Gram matrix G = [&lt;X_i, X_j&gt;] and
 * c = [&lt;X_j, y&gt;] come from tie lists and group labels ({@link PermutedCrossProduct} with the identity),
 * so no n x n matrix is made. Then b = G^-1 c (Apache Commons Math QR of the p x p matrix G),
 * rss = &lt;y, y&gt; - b.c, tss = &lt;y, y&gt; - Sy^2 / N, rSquared = mss / (mss + rss) with mss = tss - rss,
 * s^2 = rss / (N - p) and tValue_j = b_j / sqrt(s^2 (G^-1)_jj).
 *
 * <p><b>Rank.</b> As sna's {@code qr(tol = 1e-7)} (LINPACK dqrdc2, columns in order): column j is deficient
 * when the norm of its residual on the columns before it is at most 1e-7 times its own norm, computed from G
 * by Cholesky (r_jj^2 = G_jj - sum_{l &lt; j} r_lj^2, which equals the residual sum of squares of X_j on
 * X_0..X_{j-1}).
 *
 * <p><b>Degenerate designs</b> ({@link DegenerateDesignException}, naming the term): no residual degrees of
 * freedom (N &lt;= p), y constant, an x constant or collinear with the terms before it, rss = 0 (y an exact
 * combination of the x's: rss &lt;= 1e-12 &lt;y, y&gt;, as below that the subtraction is rounding).
 *
 * <p><b>Double semi-partialling</b> (Dekker, Krackhardt &amp; Snijders 2007). For column k, let Z be the
 * other columns and e_k = X_k - Z g the residual of X_k on Z (for the intercept: on the x's). Each
 * permutation pi refits y on [Z, e_k^pi] and compares the t-value of e_k^pi with the observed tValue_k. As
 * e_k = sum_i a_i X_i is a combination of terms, every cross-product the refit needs is one of
 * P[i][j] = &lt;X_i^pi, X_j&gt; (and with y): &lt;e_k^pi, Z_j&gt; = sum_i a_i P[i][j],
 * &lt;e_k^pi, e_k^pi&gt; = &lt;e_k, e_k&gt;. With M the residual projection on Z (Frisch–Waugh),
 * <pre>
 *   eMe = &lt;e', e'&gt; - &lt;e', Z&gt; (Z'Z)^-1 &lt;Z, e'&gt;,  eMy = &lt;e', y&gt; - &lt;e', Z&gt; (Z'Z)^-1 &lt;Z, y&gt;,
 *   rss' = yMy - eMy^2 / eMe,  t' = eMy / sqrt(eMe rss' / (N - p)).
 * </pre>
 * P has k (k + 1) entries that need a pass over ties (J's row and column are totals), so a permutation costs
 * O(k^2 m) whatever the number of people. One permutation stream ({@link NodePermutations}) serves every
 * coefficient. A permutation where a refit is rank-deficient (eMe &lt;= 1e-14 &lt;e, e&gt;) is skipped for every
 * coefficient: the p-values use the R' = {@code definedPermutations} others.
 *
 * <p>References: D. Krackhardt (1988), "Predicting with networks: nonparametric multiple regression analysis
 * of dyadic data", Social Networks 10(4):359–381; D. Dekker, D. Krackhardt and T. A. B. Snijders (2007),
 * "Sensitivity of MRQAP tests to collinearity and autocorrelation conditions", Psychometrika 72(4):563–581.
 *
 * @param coefficients        the intercept first, then the x terms in the order given
 * @param rSquared            mss / (mss + rss)
 * @param permutations        R
 * @param definedPermutations R', the permutations whose refits were all of full rank
 * @param seed                the seed of the permutations
 */
public record MultipleRegressionQap(List<Coefficient> coefficients, double rSquared, int permutations,
                                    int definedPermutations, long seed) {

    /** sna's rank tolerance of the QR decomposition. */
    public static final double RANK_TOLERANCE = 1e-7;

    /**
     * One coefficient.
     *
     * @param term     the term's label, {@code (intercept)} for the intercept
     * @param estimate b_j
     * @param tValue   b_j / se_j
     * @param test     the p-values of tValue by double semi-partialling
     */
    public record Coefficient(String term, double estimate, double tValue, QapPValues test) {
    }

    public MultipleRegressionQap {
        coefficients = List.copyOf(coefficients);
    }

    /**
     * Fits the regression and runs the permutations.
     *
     * @param y            the dependent term
     * @param xs           the independent terms, at least one
     * @param permutations R, at least 1
     * @param seed         the seed of {@link NodePermutations}
     * @throws DegenerateDesignException when the design cannot be estimated
     */
    public static MultipleRegressionQap run(DyadicTerm y, List<DyadicTerm> xs, int permutations, long seed) {
        if (xs.isEmpty()) {
            throw new IllegalArgumentException("at least one x term");
        }
        int n = y.size();
        List<DyadicTerm> columns = new ArrayList<>();
        columns.add(new DyadicTerm.Intercept(n));
        for (DyadicTerm x : xs) {
            if (x.size() != n) {
                throw new IllegalArgumentException("terms of " + n + " and " + x.size() + " people");
            }
            columns.add(x);
        }
        Fit fit = new Fit(y, columns);
        List<Semipartial> partials = new ArrayList<>();
        for (int k = 0; k < fit.p; k++) {
            partials.add(new Semipartial(fit, k));
        }
        List<Tally> tallies = NodePermutations.run(n, permutations, seed, b -> new Tally(fit, partials));
        Tally all = new Tally(fit, partials);
        tallies.forEach(all::add);
        List<Coefficient> coefficients = new ArrayList<>();
        for (int k = 0; k < fit.p; k++) {
            coefficients.add(new Coefficient(columns.get(k).label(), fit.estimate[k], fit.tValue[k],
                    all.exceedances[k].pValues()));
        }
        return new MultipleRegressionQap(Collections.unmodifiableList(coefficients), fit.rSquared, permutations,
                all.defined, seed);
    }

    /** The observed regression, with the checks of a degenerate design. */
    private static final class Fit {
        final DyadicTerm y;
        final List<DyadicTerm> columns;
        final int p;
        final double cells;
        final double[][] gram;
        final double[] withY;
        final double yy;
        final double[] estimate;
        final double[] tValue;
        final double rSquared;

        Fit(DyadicTerm y, List<DyadicTerm> columns) {
            this.y = y;
            this.columns = columns;
            p = columns.size();
            int n = y.size();
            cells = (double) n * (n - 1);
            if (cells <= p) {
                throw new DegenerateDesignException("--y", y.label(), "no residual degrees of freedom: "
                        + (long) cells + " cells for " + p + " coefficients");
            }
            int[] identity = NodePermutations.identity(n);
            PermutedCrossProduct products = new PermutedCrossProduct();
            gram = new double[p][p];
            withY = new double[p];
            for (int i = 0; i < p; i++) {
                for (int j = i; j < p; j++) {
                    gram[i][j] = i == j ? columns.get(i).sumOfSquares()
                            : products.of(columns.get(i), columns.get(j), identity, identity);
                    gram[j][i] = gram[i][j];
                }
                withY[i] = products.of(columns.get(i), y, identity, identity);
            }
            yy = y.sumOfSquares();
            double tss = yy - y.total() * y.total() / cells;
            if (!(tss > RANK_TOLERANCE * RANK_TOLERANCE * yy)) {
                throw new DegenerateDesignException("--y", y.label(), "the term is constant over all n(n - 1) cells");
            }
            checkRank();
            DecompositionSolver solver = new QRDecomposition(new Array2DRowRealMatrix(gram, false)).getSolver();
            estimate = solver.solve(new ArrayRealVector(withY, false)).toArray();
            RealMatrix inverse = solver.getInverse();
            double fitted = 0;
            for (int j = 0; j < p; j++) {
                fitted += estimate[j] * withY[j];
            }
            double rss = yy - fitted;
            if (!(rss > 1e-12 * yy)) {
                throw new DegenerateDesignException("--y", y.label(),
                        "the x terms fit the term exactly (residual sum of squares 0)");
            }
            rSquared = (tss - rss) / tss;
            double variance = rss / (cells - p);
            tValue = new double[p];
            for (int j = 0; j < p; j++) {
                tValue[j] = estimate[j] / Math.sqrt(variance * inverse.getEntry(j, j));
            }
        }

        /** dqrdc2's criterion, columns in order, from G by Cholesky. */
        private void checkRank() {
            double[][] r = new double[p][p];
            for (int j = 0; j < p; j++) {
                double rest = gram[j][j];
                for (int l = 0; l < j; l++) {
                    double s = gram[l][j];
                    for (int i = 0; i < l; i++) {
                        s -= r[i][l] * r[i][j];
                    }
                    r[l][j] = s / r[l][l];
                    rest -= r[l][j] * r[l][j];
                }
                if (!(rest > RANK_TOLERANCE * RANK_TOLERANCE * gram[j][j])) {
                    String label = columns.get(j).label();
                    double centred = gram[j][j] - gram[0][j] * gram[0][j] / cells;
                    throw new DegenerateDesignException("--x", label,
                            !(centred > RANK_TOLERANCE * RANK_TOLERANCE * gram[j][j])
                                    ? "the term is constant over all n(n - 1) cells"
                                    : "the term is collinear with the terms before it (rank tolerance 1e-7)");
                }
                r[j][j] = Math.sqrt(rest);
            }
        }
    }

    /** What the permutations of coefficient k need: e_k as a combination of the columns, and (Z'Z)^-1. */
    private static final class Semipartial {
        final int k;
        final int[] others;
        final double[] combination;
        final double ee;
        final double[][] inverse;
        final double[] zyWeights;
        final double yMy;

        Semipartial(Fit fit, int k) {
            this.k = k;
            int p = fit.p;
            others = new int[p - 1];
            for (int i = 0, at = 0; i < p; i++) {
                if (i != k) {
                    others[at++] = i;
                }
            }
            double[][] zz = new double[p - 1][p - 1];
            double[] zx = new double[p - 1];
            double[] zy = new double[p - 1];
            for (int a = 0; a < p - 1; a++) {
                for (int b = 0; b < p - 1; b++) {
                    zz[a][b] = fit.gram[others[a]][others[b]];
                }
                zx[a] = fit.gram[others[a]][k];
                zy[a] = fit.withY[others[a]];
            }
            DecompositionSolver solver = new QRDecomposition(new Array2DRowRealMatrix(zz, false)).getSolver();
            double[] g = solver.solve(new ArrayRealVector(zx, false)).toArray();
            inverse = solver.getInverse().getData();
            zyWeights = solver.solve(new ArrayRealVector(zy, false)).toArray();
            combination = new double[p];
            combination[k] = 1;
            double explained = 0;
            double yExplained = 0;
            for (int a = 0; a < p - 1; a++) {
                combination[others[a]] = -g[a];
                explained += g[a] * zx[a];
                yExplained += zyWeights[a] * zy[a];
            }
            ee = fit.gram[k][k] - explained;
            yMy = fit.yy - yExplained;
        }

        /**
         * The t-value of e_k^pi in the refit, or NaN when the refit is rank-deficient.
         *
         * @param crossed crossed[i][j] = &lt;X_i^pi, X_j&gt; for j &lt; p, and with y at j = p
         */
        double permutedT(double[][] crossed, double residualDf) {
            int q = others.length;
            double[] ez = new double[q];
            double ey = 0;
            for (int i = 0; i < combination.length; i++) {
                double a = combination[i];
                if (a == 0) {
                    continue;
                }
                for (int b = 0; b < q; b++) {
                    ez[b] += a * crossed[i][others[b]];
                }
                ey += a * crossed[i][combination.length];
            }
            double projected = 0;
            double eMy = ey;
            for (int a = 0; a < q; a++) {
                double row = 0;
                for (int b = 0; b < q; b++) {
                    row += inverse[a][b] * ez[b];
                }
                projected += ez[a] * row;
                eMy -= ez[a] * zyWeights[a];
            }
            double eMe = ee - projected;
            if (!(eMe > RANK_TOLERANCE * RANK_TOLERANCE * ee)) {
                return Double.NaN;
            }
            double rss = yMy - eMy * eMy / eMe;
            if (!(rss > 0)) {
                return Math.copySign(Double.POSITIVE_INFINITY, eMy);
            }
            return eMy / Math.sqrt(eMe * rss / residualDf);
        }
    }

    /** The exceedances of one block of permutations, with its scratch space. */
    private static final class Tally implements NodePermutations.Visitor {
        private final Fit fit;
        private final List<Semipartial> partials;
        private final PermutedCrossProduct products = new PermutedCrossProduct();
        private final double[][] crossed;
        private final double[] t;
        final QapPValues.Exceedances[] exceedances;
        int defined;

        Tally(Fit fit, List<Semipartial> partials) {
            this.fit = fit;
            this.partials = partials;
            int p = fit.p;
            crossed = new double[p][p + 1];
            t = new double[p];
            exceedances = new QapPValues.Exceedances[p];
            for (int k = 0; k < p; k++) {
                exceedances[k] = new QapPValues.Exceedances(fit.tValue[k]);
            }
            // J's row: a permutation keeps every total
            for (int j = 0; j < p; j++) {
                crossed[0][j] = fit.gram[0][j];
            }
            crossed[0][p] = fit.withY[0];
        }

        @Override
        public void visit(int[] pi, int[] inverse) {
            int p = fit.p;
            for (int i = 1; i < p; i++) {
                DyadicTerm xi = fit.columns.get(i);
                crossed[i][0] = fit.gram[i][0];
                for (int j = 1; j < p; j++) {
                    // <X_i^pi, X_i> is not <X_i, X_i>: only both sides permuted keep the sum of squares
                    crossed[i][j] = products.of(xi, fit.columns.get(j), pi, inverse);
                }
                crossed[i][p] = products.of(xi, fit.y, pi, inverse);
            }
            for (int k = 0; k < p; k++) {
                t[k] = partials.get(k).permutedT(crossed, fit.cells - p);
                if (Double.isNaN(t[k])) {
                    return;
                }
            }
            defined++;
            for (int k = 0; k < p; k++) {
                exceedances[k].add(t[k]);
            }
        }

        void add(Tally other) {
            defined += other.defined;
            for (int k = 0; k < exceedances.length; k++) {
                exceedances[k].add(other.exceedances[k]);
            }
        }
    }
}
