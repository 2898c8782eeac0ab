package org.plnet.engine.scoring.centrality;

import java.util.Arrays;
import org.plnet.engine.graph.CompactGraph;

/**
 * An estimate of the Perron vector of B = A + I on one connected component of U, by explicitly restarted
 * Lanczos (Lanczos 1950; Golub &amp; Van Loan, "Matrix Computations", 4th ed., sections 10.1 and 10.5): from the
 * unit vector q_1, build the orthonormal basis q_1..q_k of the Krylov space span{q_1, B q_1, .., B^(k-1) q_1}
 * (each new vector orthogonalised against all earlier ones, twice, so that rounding cannot bring back
 * directions already found), the tridiagonal T_k = Q_k' B Q_k, and the Ritz vector Q_k s for the largest
 * eigenvalue theta of T_k with its eigenvector s; then restart from that Ritz vector. ||B y - theta y|| of the
 * unit Ritz vector y equals beta_k |s_k| (beta_k the norm of the last, unnormalised basis vector); the restarts
 * stop when it is below {@value #RESIDUAL} theta, or after {@value #MAX_RESTARTS} restarts.
 *
 * <p>After k steps the error of the Ritz vector shrinks like 1 / T_(k-1)(1 + 2 gamma) (T the Chebyshev
 * polynomial, gamma = (lambda_1 - lambda_2) / (lambda_2 - lambda_n)) rather than like
 * ((lambda_2 + 1) / (lambda_1 + 1))^k for power iteration: on a school-shaped network of 500,000 people, where
 * lambda_2 is close to lambda_1, tens of products with B instead of hundreds. It is only a start:
 * {@link EigenvectorCentrality} finishes with its power iteration and its convergence test, so the figures
 * keep that test's accuracy whatever the estimate's.
 *
 * <p>References: C. Lanczos (1950), "An iteration method for the solution of the eigenvalue problem of linear
 * differential and integral operators", Journal of Research of the National Bureau of Standards 45:255–282.
 * G. H. Golub and C. F. Van Loan (2013), "Matrix Computations", 4th ed., Johns Hopkins University Press.
 */
final class Lanczos {

    /** The size k of the Krylov basis between restarts. */
    static final int BASIS = 20;
    /** The restarts stop when ||B y - theta y|| is below this times theta. */
    static final double RESIDUAL = 1e-14;
    /** The most restarts. */
    static final int MAX_RESTARTS = 20;

    private Lanczos() {
    }

    /**
     * Replaces {@code x} on {@code vertices} (one connected component of U with at least one edge, in
     * ascending order) by the unit estimate of its Perron vector, starting from {@code x} there (not zero).
     * Entries of {@code x} outside the component are left alone.
     */
    static void perronEstimate(CompactGraph g, int[] vertices, double[] x) {
        int size = vertices.length;
        int k = Math.min(BASIS, size);
        // the basis is held compactly (entry i is vertices[i]); a product with B spreads its vector out first
        double[][] q = new double[k][size];
        double[] spread = new double[g.vertexCount()];
        double[] w = new double[size];
        double[] alpha = new double[k];
        double[] beta = new double[k];
        for (int i = 0; i < size; i++) {
            q[0][i] = x[vertices[i]];
        }
        scale(q[0], 1 / Math.sqrt(dot(q[0], q[0])));
        for (int restart = 0; restart <= MAX_RESTARTS; restart++) {
            int m = 0;
            boolean invariant = false;
            for (int j = 0; j < k; j++) {
                multiply(g, vertices, q[j], spread, w);
                alpha[j] = dot(q[j], w);
                for (int pass = 0; pass < 2; pass++) {
                    for (int i = 0; i <= j; i++) {
                        subtract(w, dot(q[i], w), q[i]);
                    }
                }
                m = j + 1;
                beta[j] = Math.sqrt(dot(w, w));
                if (beta[j] <= RESIDUAL * Math.abs(alpha[j])) {
                    invariant = true; // the Krylov space holds an eigenvector: T_m's is exact
                    break;
                }
                if (j + 1 < k) {
                    for (int i = 0; i < size; i++) {
                        q[j + 1][i] = w[i] / beta[j];
                    }
                }
            }
            double[] s = new double[m];
            double theta = largestEigenpair(alpha, beta, m, s);
            Arrays.fill(w, 0);
            for (int r = 0; r < m; r++) {
                subtract(w, -s[r], q[r]);
            }
            double total = 0;
            for (double value : w) {
                total += value;
            }
            // the Perron vector is positive: take the sign that makes the Ritz vector so
            scale(w, Math.copySign(1 / Math.sqrt(dot(w, w)), total));
            System.arraycopy(w, 0, q[0], 0, size);
            if (invariant || beta[m - 1] * Math.abs(s[m - 1]) <= RESIDUAL * theta) {
                break;
            }
        }
        for (int i = 0; i < size; i++) {
            x[vertices[i]] = q[0][i];
        }
    }

    /** w = (A + I) q on the component, through {@code spread}, q laid out by vertex. */
    private static void multiply(CompactGraph g, int[] vertices, double[] q, double[] spread, double[] w) {
        int[] off = g.neighbourOffsets();
        int[] adj = g.neighbours();
        for (int i = 0; i < vertices.length; i++) {
            spread[vertices[i]] = q[i];
        }
        for (int i = 0; i < vertices.length; i++) {
            int v = vertices[i];
            double sum = spread[v];
            for (int e = off[v]; e < off[v + 1]; e++) {
                sum += spread[adj[e]];
            }
            w[i] = sum;
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** a = a - c b. */
    private static void subtract(double[] a, double c, double[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] -= c * b[i];
        }
    }

    private static void scale(double[] a, double c) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= c;
        }
    }

    /**
     * The largest eigenvalue of the symmetric tridiagonal m x m matrix with diagonal alpha and off-diagonal
     * beta (beta[i] joins rows i and i + 1), its unit eigenvector left in s; by cyclic Jacobi rotations (Golub
     * &amp; Van Loan, section 8.5), which for m of at most {@value #BASIS} cost nothing beside the products with B.
     */
    static double largestEigenpair(double[] alpha, double[] beta, int m, double[] s) {
        double[][] a = new double[m][m];
        double[][] v = new double[m][m];
        for (int i = 0; i < m; i++) {
            a[i][i] = alpha[i];
            v[i][i] = 1;
            if (i + 1 < m) {
                a[i][i + 1] = beta[i];
                a[i + 1][i] = beta[i];
            }
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            double all = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    all += a[i][j] * a[i][j];
                    off += i != j ? a[i][j] * a[i][j] : 0;
                }
            }
            if (off <= 1e-32 * all) {
                break;
            }
            for (int p = 0; p < m; p++) {
                for (int r = p + 1; r < m; r++) {
                    if (a[p][r] == 0) {
                        continue;
                    }
                    double cot = (a[r][r] - a[p][p]) / (2 * a[p][r]);
                    double t = Math.copySign(1, cot) / (Math.abs(cot) + Math.sqrt(cot * cot + 1));
                    double c = 1 / Math.sqrt(t * t + 1);
                    double sn = t * c;
                    for (int i = 0; i < m; i++) { // columns p and r: A J
                        double ip = a[i][p];
                        double ir = a[i][r];
                        a[i][p] = c * ip - sn * ir;
                        a[i][r] = sn * ip + c * ir;
                    }
                    for (int i = 0; i < m; i++) { // rows p and r: J' (A J)
                        double pi = a[p][i];
                        double ri = a[r][i];
                        a[p][i] = c * pi - sn * ri;
                        a[r][i] = sn * pi + c * ri;
                    }
                    for (int i = 0; i < m; i++) { // V J
                        double ip = v[i][p];
                        double ir = v[i][r];
                        v[i][p] = c * ip - sn * ir;
                        v[i][r] = sn * ip + c * ir;
                    }
                }
            }
        }
        int top = 0;
        for (int i = 1; i < m; i++) {
            if (a[i][i] > a[top][top]) {
                top = i;
            }
        }
        for (int i = 0; i < m; i++) {
            s[i] = v[i][top];
        }
        return a[top][top];
    }
}
