package org.plnet.engine.statistics.qap;

import java.util.List;

/**
 * Krackhardt's QAP correlation test (statistics.md, section 3; = {@code sna::gcor} with {@code qaptest}): the
 * Pearson correlation of two dyadic terms over the N = n(n - 1) off-diagonal cells,
 * <pre>
 *   r = (N Sxy - Sx Sy) / sqrt((N Sxx - Sx^2)(N Syy - Sy^2)),
 * </pre>
 * with Sx, Sy the totals, Sxx, Syy the sums of squares and Sxy = &lt;x, y&gt; the cross-product, against its
 * distribution when the rows and columns of one matrix are permuted together. Only Sxy changes under a node
 * permutation, so each permutation costs one {@link PermutedCrossProduct}: O(m), never an n x n matrix. The
 * permutations ({@link NodePermutations}) are applied to x, which gives the same distribution as permuting y
 * (pi^-1 is as uniform as pi): &lt;x^pi, y&gt; = &lt;x, y^(pi^-1)&gt;.
 *
 * <p>Undefined when either term is constant (a zero variance); {@link #run} then throws
 * {@link DegenerateDesignException} naming it.
 *
 * <p>Reference: D. Krackhardt (1988), "Predicting with networks: nonparametric multiple regression analysis of
 * dyadic data", Social Networks 10(4):359–381.
 *
 * @param correlation r
 * @param test        its p-values over the R permutations (none is ever undefined)
 */
public record QapCorrelation(double correlation, QapPValues test, int permutations, long seed) {

    /**
     * Runs the test.
     *
     * @param y            the dependent term (named {@code --y} in errors)
     * @param x            the independent term ({@code --x})
     * @param permutations R, at least 1
     * @param seed         the seed of {@link NodePermutations}
     * @throws DegenerateDesignException when y or x is constant
     */
    public static QapCorrelation run(DyadicTerm y, DyadicTerm x, int permutations, long seed) {
        if (y.size() != x.size()) {
            throw new IllegalArgumentException("terms of " + y.size() + " and " + x.size() + " people");
        }
        int n = y.size();
        double cells = (double) n * (n - 1);
        double varianceX = cells * x.sumOfSquares() - x.total() * x.total();
        double varianceY = cells * y.sumOfSquares() - y.total() * y.total();
        if (!(varianceY > 1e-14 * cells * y.sumOfSquares())) {
            throw new DegenerateDesignException("--y", y.label(), "the term is constant over all n(n - 1) cells");
        }
        if (!(varianceX > 1e-14 * cells * x.sumOfSquares())) {
            throw new DegenerateDesignException("--x", x.label(), "the term is constant over all n(n - 1) cells");
        }
        double scale = Math.sqrt(varianceX * varianceY);
        double centring = x.total() * y.total();
        double observed = (cells * new PermutedCrossProduct().of(x, y, NodePermutations.identity(n), 
                NodePermutations.identity(n)) - centring) / scale;
        List<Tally> tallies = NodePermutations.run(n, permutations, seed, b -> new Tally(observed) {
            private final PermutedCrossProduct products = new PermutedCrossProduct();

            @Override
            public void visit(int[] pi, int[] inverse) {
                exceedances.add((cells * products.of(x, y, pi, inverse) - centring) / scale);
            }
        });
        QapPValues.Exceedances all = new QapPValues.Exceedances(observed);
        tallies.forEach(t -> all.add(t.exceedances));
        return new QapCorrelation(observed, all.pValues(), permutations, seed);
    }

    private abstract static class Tally implements NodePermutations.Visitor {
        final QapPValues.Exceedances exceedances;

        Tally(double observed) {
            exceedances = new QapPValues.Exceedances(observed);
        }
    }
}
