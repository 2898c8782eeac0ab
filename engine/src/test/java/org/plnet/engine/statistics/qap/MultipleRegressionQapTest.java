package org.plnet.engine.statistics.qap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;
import org.plnet.engine.graph.CompactGraph;

class MultipleRegressionQapTest {

    private static final double EXACT = 1e-9;

    /**
     * People 0, 1 in school A and 2, 3 in B; y has arcs 0->1, 1->0, 2->3, 0->2; x = same:school. N = 12 cells,
     * Sx = 4, Sy = 4, Sxy = 3, Sxx = Syy = 4.
     * r = (12*3 - 4*4) / sqrt((12*4 - 16)(12*4 - 16)) = 20 / 32 = 0.625.
     * b1 = (Sxy - SxSy/N) / (Sxx - Sx^2/N) = (5/3) / (8/3) = 0.625; b0 = (Sy - b1 Sx) / N = 1.5 / 12 = 0.125
     * (the share of ties among the 8 cross-school cells: 1/8; within school 3/4 = b0 + b1).
     * rss = 4 (.75)(.25) + 8 (1/8)(7/8) = 0.75 + 0.875 = 1.625; tss = 4 - 16/12 = 8/3; R^2 = 1 - 1.625 * 3/8 =
     * 0.390625 = r^2. s^2 = 1.625 / 10 = 0.1625; (X'X)^-1 = [[4, -4], [-4, 12]] / 32, so
     * t1 = 0.625 / sqrt(0.1625 * 12/32) and t0 = 0.125 / sqrt(0.1625 * 4/32).
     */
    @Test
    void fourPeopleByHand() {
        DyadicTerm y = ties("advice@2020", graph(4, 0, 1, 1, 0, 2, 3, 0, 2), false);
        DyadicTerm x = new DyadicTerm.SameGroup("same:school", new int[] {0, 0, 1, 1}, 2);
        MultipleRegressionQap fit = MultipleRegressionQap.run(y, List.of(x), 99, 1);
        assertThat(fit.coefficients()).extracting(MultipleRegressionQap.Coefficient::term)
                .containsExactly("(intercept)", "same:school");
        assertThat(fit.coefficients().get(0).estimate()).isCloseTo(0.125, within(EXACT));
        assertThat(fit.coefficients().get(1).estimate()).isCloseTo(0.625, within(EXACT));
        assertThat(fit.coefficients().get(1).tValue()).isCloseTo(0.625 / Math.sqrt(0.1625 * 12 / 32),
                within(EXACT));
        assertThat(fit.coefficients().get(0).tValue()).isCloseTo(0.125 / Math.sqrt(0.1625 * 4 / 32),
                within(EXACT));
        assertThat(fit.rSquared()).isCloseTo(0.390625, within(EXACT));
        assertThat(QapCorrelation.run(y, x, 99, 1).correlation()).isCloseTo(0.625, within(EXACT));
    }

    @Test
    void estimatesTValuesAndRSquaredMatchADenseRegression() {
        for (int seed = 0; seed < 5; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 9 + seed;
            DyadicTerm y = ties("y", randomGraph(n, 0.35, random), seed % 2 == 0);
            DyadicTerm a = ties("a", randomGraph(n, 0.3, random), seed % 2 == 0);
            DyadicTerm s = new DyadicTerm.SameGroup("same:s", randomGroups(n, 3, random), 3);
            DyadicTerm b = ties("b", randomGraph(n, 0.5, random), false);
            List<DyadicTerm> xs = List.of(a, s, b);
            MultipleRegressionQap fit = MultipleRegressionQap.run(y, xs, 40, seed);
            OLSMultipleLinearRegression dense = dense(y, xs, List.of());
            double[] beta = dense.estimateRegressionParameters();
            double[] se = dense.estimateRegressionParametersStandardErrors();
            for (int j = 0; j < beta.length; j++) {
                MultipleRegressionQap.Coefficient c = fit.coefficients().get(j);
                assertThat(c.estimate()).isCloseTo(beta[j], within(EXACT * Math.max(1, Math.abs(beta[j]))));
                double t = beta[j] / se[j];
                assertThat(c.tValue()).isCloseTo(t, within(EXACT * Math.max(1, Math.abs(t))));
            }
            // rSquared = mss / (mss + rss), mss centred: with an intercept, as OLS's R^2
            assertThat(fit.rSquared()).isCloseTo(dense.calculateRSquared(), within(EXACT));
            double r = pearson(cells(a), cells(y));
            assertThat(QapCorrelation.run(y, a, 10, seed).correlation()).isCloseTo(r, within(EXACT));
        }
    }

    /** Every p-value against a dense double semi-partialling on the same permutations (n x n matrices). */
    @Test
    void pValuesMatchADenseDoubleSemiPartialling() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 10;
        DyadicTerm y = ties("y", randomGraph(n, 0.4, random), true);
        DyadicTerm a = ties("a", randomGraph(n, 0.3, random), false);
        DyadicTerm s = new DyadicTerm.SameGroup("same:s", randomGroups(n, 2, random), 2);
        List<DyadicTerm> xs = List.of(a, s);
        int permutations = 150;
        MultipleRegressionQap fit = MultipleRegressionQap.run(y, xs, permutations, 5);
        List<int[]> pis = new ArrayList<>();
        NodePermutations.run(n, permutations, 5, b -> (pi, inverse) -> {
            synchronized (pis) {
                pis.add(pi.clone());
            }
        });
        List<int[]> ordered = orderedPermutations(n, permutations, 5);
        assertThat(pis).hasSize(permutations);
        assertThat(fit.definedPermutations()).isEqualTo(permutations);
        List<DyadicTerm> columns = new ArrayList<>();
        columns.add(new DyadicTerm.Intercept(n));
        columns.addAll(xs);
        for (int k = 0; k < columns.size(); k++) {
            List<DyadicTerm> others = new ArrayList<>(columns);
            others.remove(k);
            double[] residual = residual(cells(columns.get(k)), others, n);
            double observed = fit.coefficients().get(k).tValue();
            int greater = 0;
            int less = 0;
            int abs = 0;
            for (int[] pi : ordered) {
                double[] permuted = permute(residual, pi, n);
                double t = lastT(cells(y), others, permuted, n);
                double slack = 1e-9 * Math.max(1, Math.abs(observed));
                greater += t >= observed - slack ? 1 : 0;
                less += t <= observed + slack ? 1 : 0;
                abs += Math.abs(t) >= Math.abs(observed) - slack ? 1 : 0;
            }
            QapPValues p = fit.coefficients().get(k).test();
            assertThat(p.pGreater()).isEqualTo((1.0 + greater) / (1 + permutations));
            assertThat(p.pLess()).isEqualTo((1.0 + less) / (1 + permutations));
            assertThat(p.pAbs()).isEqualTo((1.0 + abs) / (1 + permutations));
        }
    }

    @Test
    void yEqualToXIsNeverReachedByAPermutation() {
        // r = 1 and, on a graph with no symmetry a random permutation keeps, every r' < 1
        SplittableRandom random = new SplittableRandom(3);
        DyadicTerm y = ties("y", randomGraph(14, 0.3, random), false);
        int permutations = 200;
        QapCorrelation c = QapCorrelation.run(y, y, permutations, 1);
        assertThat(c.correlation()).isCloseTo(1.0, within(EXACT));
        assertThat(c.test().pGreater()).isEqualTo(1.0 / (1 + permutations));
        assertThat(c.test().pLess()).isEqualTo(1.0);
    }

    @Test
    void degenerateDesignsNameTheTerm() {
        DyadicTerm y = ties("advice@2020", graph(4, 0, 1, 1, 0, 2, 3, 0, 2), false);
        DyadicTerm school = new DyadicTerm.SameGroup("same:school", new int[] {0, 0, 1, 1}, 2);
        DyadicTerm oneSchool = new DyadicTerm.SameGroup("same:phase", new int[] {0, 0, 0, 0}, 1);
        DyadicTerm empty = ties("research@2020", graph(4), false);
        assertThatThrownBy(() -> MultipleRegressionQap.run(y, List.of(oneSchool), 10, 1))
                .isInstanceOf(DegenerateDesignException.class).hasMessageContaining("same:phase")
                .hasMessageContaining("constant");
        assertThatThrownBy(() -> MultipleRegressionQap.run(y, List.of(school, empty), 10, 1))
                .isInstanceOf(DegenerateDesignException.class).hasMessageContaining("research@2020");
        DyadicTerm sameAgain = new DyadicTerm.SameGroup("same:team", new int[] {1, 1, 0, 0}, 2);
        assertThatThrownBy(() -> MultipleRegressionQap.run(y, List.of(school, sameAgain), 10, 1))
                .isInstanceOf(DegenerateDesignException.class).hasMessageContaining("same:team")
                .hasMessageContaining("collinear");
        assertThatThrownBy(() -> MultipleRegressionQap.run(empty, List.of(school), 10, 1))
                .isInstanceOf(DegenerateDesignException.class).hasMessageContaining("--y research@2020");
        assertThatThrownBy(() -> MultipleRegressionQap.run(school, List.of(school), 10, 1))
                .isInstanceOf(DegenerateDesignException.class).hasMessageContaining("--y same:school")
                .hasMessageContaining("exactly");
        assertThatThrownBy(() -> QapCorrelation.run(y, oneSchool, 10, 1))
                .isInstanceOf(DegenerateDesignException.class).hasMessageContaining("--x same:phase");
        // 2 people: 2 cells for 2 coefficients
        assertThatThrownBy(() -> MultipleRegressionQap.run(ties("y", graph(2, 0, 1), false),
                List.of(new DyadicTerm.SameGroup("same:s", new int[] {0, -1}, 1)), 10, 1))
                .isInstanceOf(DegenerateDesignException.class).hasMessageContaining("degrees of freedom");
    }

    @Test
    void theSameSeedGivesTheSameResultWithAnyNumberOfThreads() throws Exception {
        SplittableRandom random = new SplittableRandom(8);
        int n = 40;
        DyadicTerm y = ties("y", randomGraph(n, 0.1, random), false);
        List<DyadicTerm> xs = List.of(ties("a", randomGraph(n, 0.1, random), false),
                new DyadicTerm.SameGroup("same:s", randomGroups(n, 4, random), 4));
        MultipleRegressionQap one = new ForkJoinPool(1).submit(() -> MultipleRegressionQap.run(y, xs, 500, 9)).get();
        for (int threads : new int[] {2, 4}) {
            MultipleRegressionQap many = new ForkJoinPool(threads)
                    .submit(() -> MultipleRegressionQap.run(y, xs, 500, 9)).get();
            assertThat(many).isEqualTo(one);
        }
        assertThat(MultipleRegressionQap.run(y, xs, 500, 10)).isNotEqualTo(one);
    }

    // ---- dense reference ----

    /** The permutations in block order, made one block at a time on this thread. */
    private static List<int[]> orderedPermutations(int n, int permutations, long seed) {
        List<int[]> all = new ArrayList<>();
        int blocks = (permutations + NodePermutations.BLOCK - 1) / NodePermutations.BLOCK;
        for (int b = 0; b < blocks; b++) {
            all.addAll(blockOf(n, Math.min(NodePermutations.BLOCK, permutations - b * NodePermutations.BLOCK),
                    seed * 1_000_003L + b));
        }
        return all;
    }

    /** Fisher–Yates as NodePermutations documents it, written out again. */
    private static List<int[]> blockOf(int n, int count, long streamSeed) {
        org.apache.commons.math3.random.Well19937c random = new org.apache.commons.math3.random.Well19937c(
                streamSeed);
        int[] pi = new int[n];
        for (int i = 0; i < n; i++) {
            pi[i] = i;
        }
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = pi[i];
                pi[i] = pi[j];
                pi[j] = swap;
            }
            out.add(pi.clone());
        }
        return out;
    }

    static CompactGraph graph(int n, int... arcs) {
        int m = arcs.length / 2;
        int[] s = new int[m];
        int[] t = new int[m];
        double[] w = new double[m];
        for (int k = 0; k < m; k++) {
            s[k] = arcs[2 * k];
            t[k] = arcs[2 * k + 1];
            w[k] = 1;
        }
        return CompactGraph.of(n, s, t, w);
    }

    private static DyadicTerm ties(String label, CompactGraph d, boolean weighted) {
        return new DyadicTerm.Ties(label, d, weighted);
    }

    private static CompactGraph randomGraph(int n, double p, SplittableRandom random) {
        List<int[]> arcs = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                if (u != v && random.nextDouble() < p) {
                    arcs.add(new int[] {u, v, 1 + random.nextInt(4)});
                }
            }
        }
        int[] s = new int[arcs.size()];
        int[] t = new int[arcs.size()];
        double[] w = new double[arcs.size()];
        for (int k = 0; k < arcs.size(); k++) {
            s[k] = arcs.get(k)[0];
            t[k] = arcs.get(k)[1];
            w[k] = arcs.get(k)[2];
        }
        return CompactGraph.of(n, s, t, w);
    }

    private static int[] randomGroups(int n, int groups, SplittableRandom random) {
        int[] g = new int[n];
        for (int v = 0; v < n; v++) {
            g[v] = v < groups ? v : random.nextInt(groups + 1) - 1;
        }
        return g;
    }

    /** The n(n - 1) off-diagonal cells in row order. */
    private static double[] cells(DyadicTerm z) {
        int n = z.size();
        double[] out = new double[n * (n - 1)];
        int at = 0;
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                if (u != v) {
                    if (z instanceof DyadicTerm.Ties t) {
                        out[at++] = t.at(u, v);
                    } else if (z instanceof DyadicTerm.SameGroup s) {
                        out[at++] = s.group()[u] >= 0 && s.group()[u] == s.group()[v] ? 1 : 0;
                    } else {
                        out[at++] = 1;
                    }
                }
            }
        }
        return out;
    }

    private static double[] permute(double[] cells, int[] pi, int n) {
        double[][] full = new double[n][n];
        int at = 0;
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                if (u != v) {
                    full[u][v] = cells[at++];
                }
            }
        }
        double[] out = new double[cells.length];
        at = 0;
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                if (u != v) {
                    out[at++] = full[pi[u]][pi[v]];
                }
            }
        }
        return out;
    }

    /** OLS without an added intercept on the columns (the intercept, when wanted, is one of them). */
    private static OLSMultipleLinearRegression dense(double[] y, List<double[]> columns) {
        double[][] x = new double[y.length][columns.size()];
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < columns.size(); j++) {
                x[i][j] = columns.get(j)[i];
            }
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        ols.newSampleData(y, x);
        return ols;
    }

    private static OLSMultipleLinearRegression dense(DyadicTerm y, List<DyadicTerm> xs, List<double[]> extra) {
        List<double[]> columns = new ArrayList<>();
        columns.add(cells(new DyadicTerm.Intercept(y.size())));
        xs.forEach(x -> columns.add(cells(x)));
        columns.addAll(extra);
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        double[][] x = new double[cells(y).length][columns.size() - 1];
        for (int i = 0; i < x.length; i++) {
            for (int j = 1; j < columns.size(); j++) {
                x[i][j - 1] = columns.get(j)[i];
            }
        }
        ols.newSampleData(cells(y), x);
        return ols;
    }

    private static double[] residual(double[] target, List<DyadicTerm> others, int n) {
        List<double[]> columns = new ArrayList<>();
        others.forEach(o -> columns.add(cells(o)));
        return dense(target, columns).estimateResiduals();
    }

    private static double lastT(double[] y, List<DyadicTerm> others, double[] extra, int n) {
        List<double[]> columns = new ArrayList<>();
        others.forEach(o -> columns.add(cells(o)));
        columns.add(extra);
        OLSMultipleLinearRegression ols = dense(y, columns);
        double[] beta = ols.estimateRegressionParameters();
        double[] se = ols.estimateRegressionParametersStandardErrors();
        return beta[beta.length - 1] / se[se.length - 1];
    }

    private static double pearson(double[] x, double[] y) {
        return new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(x, y);
    }
}
