package org.plnet.engine.scoring.brokerage;

import java.util.ArrayList;
import java.util.List;
import org.plnet.engine.graph.CompactGraph;

/**
 * Gould–Fernandez brokerage counts against chance (statistics.md, section 1): for every person, the
 * expected count of each role in a Bernoulli random digraph, its standard deviation and the z-score of the
 * observed count.
 *
 * <p>The null model is the subgraph of D induced by the n' people of known school, with its m' arcs: every
 * ordered pair is an arc independently with probability d = m' / (n'(n' - 1)), so an open two-path
 * a -&gt; b -&gt; c (a != c, no a -&gt; c) has probability p = d²(1 - d). For a broker of school i, with n_j the
 * number of known-school people of school j and N = n' (the broker included, as R {@code sna}):
 * <table>
 *   <caption>expected count E and K, the pairs of potential two-paths that share an arc</caption>
 *   <tr><th>role</th><th>E</th><th>K</th></tr>
 *   <tr><td>coordinator</td><td>p (n_i - 1)(n_i - 2)</td><td>(n_i - 1)(n_i - 2)(n_i - 3)</td></tr>
 *   <tr><td>itinerant</td><td>p Σ_{j≠i} n_j (n_j - 1)</td><td>Σ_{j≠i} n_j (n_j - 1)(n_j - 2)</td></tr>
 *   <tr><td>representative, gatekeeper</td><td>p (n_i - 1)(N - n_i)</td>
 *       <td>(n_i - 1) C(N - n_i, 2) + (N - n_i) C(n_i - 1, 2)</td></tr>
 *   <tr><td>liaison</td><td>p [(Σ_{j≠i} n_j)² - Σ_{j≠i} n_j²]</td>
 *       <td>2 Σ_{j≠i} n_j C(N - n_i - n_j, 2)</td></tr>
 *   <tr><td>total</td><td>p (N - 1)(N - 2)</td><td>(N - 1)(N - 2)(N - 3)</td></tr>
 * </table>
 * Var = E (1 - p) + 2 K d³ (1 - d)³, sd = √Var, z = (observed - E) / sd. The total is tested as one count
 * (its K counts pairs of two-paths of different roles too), so its variance is not the sum of the roles'.
 *
 * <p>Undefined cases: a person of unknown school has no values (null), and nobody has any when n' &lt; 2; a
 * z whose sd is 0 is null (a coordinator in a school of one or two, every role when d is 0 or 1). Unlike
 * {@code sna}, people of unknown school form no group of their own: they are left out, as in the counts.
 * Cost O(n + m + G) for G schools: the sums over j ≠ i are the study's sums less school i's term.
 *
 * <p>References: R. V. Gould and R. M. Fernandez (1989), "Structures of mediation: a formal approach to
 * brokerage in transaction networks", Sociological Methodology 19:89–126; C. T. Butts, R package
 * {@code sna} 2.7, {@code brokerage} ({@code exp.nli}, {@code sd.nli}, {@code z.nli}).
 */
public final class BrokerageAgainstChance {

    /**
     * The figures of one broker.
     *
     * @param expected E of each role and of the total
     * @param sd       the standard deviation √Var of each
     * @param z        (observed - E) / sd of each, {@code null} where sd is 0
     */
    public record Figures(RoleValues expected, RoleValues sd, RoleValues z) {
    }

    private final List<Figures> people;

    private BrokerageAgainstChance(List<Figures> people) {
        this.people = people;
    }

    /**
     * @param g        the graph D
     * @param group    each vertex's school index, -1 when unknown (as for {@link GouldFernandezBrokerage})
     * @param observed the counts of {@link GouldFernandezBrokerage#compute} on the same graph and groups
     */
    public static BrokerageAgainstChance compute(CompactGraph g, int[] group, GouldFernandezBrokerage observed) {
        int n = g.vertexCount();
        if (group.length != n || observed.size() != n) {
            throw new IllegalArgumentException("groups and counts must have one entry per vertex (" + n + ")");
        }
        int groups = 0;
        long known = 0;
        for (int v = 0; v < n; v++) {
            groups = Math.max(groups, group[v] + 1);
            known += group[v] >= 0 ? 1 : 0;
        }
        List<Figures> people = new ArrayList<>(n);
        if (known < 2) {
            for (int v = 0; v < n; v++) {
                people.add(null);
            }
            return new BrokerageAgainstChance(people);
        }
        long[] size = new long[groups];
        for (int v = 0; v < n; v++) {
            if (group[v] >= 0) {
                size[group[v]]++;
            }
        }
        long arcs = 0;
        for (int a = 0; a < n; a++) {
            if (group[a] < 0) {
                continue;
            }
            for (int k = g.outOffsets()[a]; k < g.outOffsets()[a + 1]; k++) {
                arcs += group[g.outTargets()[k]] >= 0 ? 1 : 0;
            }
        }
        double bigN = known;
        double d = arcs / (bigN * (bigN - 1));
        double p = d * d * (1 - d);
        double pairShare = 2 * d * d * d * (1 - d) * (1 - d) * (1 - d);
        // study-wide sums over schools j, from which school i's own term is taken off
        double sumN = 0;
        double sumN2 = 0;
        double sumPairs = 0;
        double sumTriples = 0;
        for (long s : size) {
            sumN += s;
            sumN2 += (double) s * s;
            sumPairs += (double) s * (s - 1);
            sumTriples += (double) s * (s - 1) * (s - 2);
        }
        for (int v = 0; v < n; v++) {
            int i = group[v];
            if (i < 0) {
                people.add(null);
                continue;
            }
            double ni = size[i];
            double others = bigN - ni;
            double liaisonK = 0;
            for (int j = 0; j < groups; j++) {
                if (j != i && size[j] > 0) {
                    liaisonK += 2 * size[j] * choose2(bigN - ni - size[j]);
                }
            }
            double[] e = {
                p * (ni - 1) * (ni - 2),
                p * (sumPairs - ni * (ni - 1)),
                p * (ni - 1) * others,
                p * (ni - 1) * others,
                p * ((sumN - ni) * (sumN - ni) - (sumN2 - ni * ni)),
                p * (bigN - 1) * (bigN - 2)};
            double[] k = {
                (ni - 1) * (ni - 2) * (ni - 3),
                sumTriples - ni * (ni - 1) * (ni - 2),
                (ni - 1) * choose2(others) + others * choose2(ni - 1),
                (ni - 1) * choose2(others) + others * choose2(ni - 1),
                liaisonK,
                (bigN - 1) * (bigN - 2) * (bigN - 3)};
            BrokerageCounts c = observed.counts(v);
            long[] counts = {c.coordinator(), c.itinerant(), c.representative(), c.gatekeeper(), c.liaison(),
                c.total()};
            Double[] expected = new Double[6];
            Double[] sd = new Double[6];
            Double[] z = new Double[6];
            for (int r = 0; r < 6; r++) {
                double variance = Math.max(0, e[r] * (1 - p) + k[r] * pairShare);
                double s = Math.sqrt(variance);
                expected[r] = e[r] + 0.0; // -0.0 (a school of one: p * 0 * -1) is written as 0
                sd[r] = s;
                z[r] = s > 0 ? (counts[r] - e[r]) / s : null;
            }
            people.add(new Figures(values(expected), values(sd), values(z)));
        }
        return new BrokerageAgainstChance(people);
    }

    /** The figures of person v; {@code null} when undefined (unknown school, or n' &lt; 2). */
    public Figures of(int v) {
        return people.get(v);
    }

    /** The number of people. */
    public int size() {
        return people.size();
    }

    private static double choose2(double x) {
        return x * (x - 1) / 2;
    }

    private static RoleValues values(Double[] v) {
        return new RoleValues(v[0], v[1], v[2], v[3], v[4], v[5]);
    }
}
