package org.plnet.engine.scoring.networks;

import java.util.ArrayList;
import java.util.List;
import org.plnet.engine.graph.CompactGraph;

/**
 * The ties of D inside, across the schools of, and out of one learning network k (programmes.md,
 * section 3), with the E-I index, density and cross-school density they give.
 *
 * <p>For network k with schools S(k) and staff P(k), s = |P(k)| and s_g the staff of school g:
 * <ul>
 * <li>internalTies I = ties of D with both ends in P(k);</li>
 * <li>crossSchoolTies = ties of D with both ends in P(k), the ends in different schools;</li>
 * <li>externalTies E = ties of D with exactly one end in P(k) (the other end may be of unknown school or of
 * a school in no network);</li>
 * <li>eiIndex = (E - I) / (E + I), the E-I index of Krackhardt and Stern (1988) with the network as the
 * group; {@code null} when E + I = 0;</li>
 * <li>density = I / (s(s - 1)); {@code null} when s &lt; 2;</li>
 * <li>crossSchoolDensity = crossSchoolTies / (s(s - 1) - sum over g in S(k) of s_g(s_g - 1)), the ties
 * between schools over the ordered pairs of people of different schools of k; {@code null} when that
 * denominator is 0 (a network of one school).</li>
 * </ul>
 *
 * <p>Reference: D. Krackhardt and R. N. Stern (1988), "Informal networks and organizational crises: an
 * experimental simulation", Social Psychology Quarterly 51(2):123–140.
 *
 * @param staff            s
 * @param crossSchoolPairs s(s - 1) - sum over g in S(k) of s_g(s_g - 1)
 * @param internalTies     I
 * @param crossSchoolTies  ties between two schools of k
 * @param externalTies     E
 */
public record NetworkTies(int staff, long crossSchoolPairs, long internalTies, long crossSchoolTies,
                          long externalTies) {

    /**
     * The ties of every network, in network order; one pass over the ties of D.
     *
     * @param school          each person's school index, -1 when unknown
     * @param networkOfSchool each school's network, -1 when none
     * @param networkCount    the number of networks
     */
    public static List<NetworkTies> count(CompactGraph d, int[] school, int[] networkOfSchool, int networkCount) {
        int n = d.vertexCount();
        if (school.length != n) {
            throw new IllegalArgumentException("school has " + school.length + " entries for " + n + " vertices");
        }
        int[] staff = new int[networkCount];
        long[] schoolPairs = new long[networkCount];
        long[] schoolStaff = new long[networkOfSchool.length];
        long[] internal = new long[networkCount];
        long[] cross = new long[networkCount];
        long[] external = new long[networkCount];
        int[] network = new int[n];
        for (int v = 0; v < n; v++) {
            network[v] = school[v] < 0 ? -1 : networkOfSchool[school[v]];
            if (network[v] >= 0) {
                staff[network[v]]++;
                schoolStaff[school[v]]++;
            }
        }
        for (int g = 0; g < networkOfSchool.length; g++) {
            if (networkOfSchool[g] >= 0) {
                schoolPairs[networkOfSchool[g]] += schoolStaff[g] * (schoolStaff[g] - 1);
            }
        }
        int[] offsets = d.outOffsets();
        int[] targets = d.outTargets();
        for (int u = 0; u < n; u++) {
            for (int k = offsets[u]; k < offsets[u + 1]; k++) {
                int w = targets[k];
                if (network[u] >= 0 && network[u] == network[w]) {
                    internal[network[u]]++;
                    if (school[u] != school[w]) {
                        cross[network[u]]++;
                    }
                    continue;
                }
                if (network[u] >= 0) {
                    external[network[u]]++;
                }
                if (network[w] >= 0) {
                    external[network[w]]++;
                }
            }
        }
        List<NetworkTies> result = new ArrayList<>(networkCount);
        for (int k = 0; k < networkCount; k++) {
            long s = staff[k];
            result.add(new NetworkTies(staff[k], s * (s - 1) - schoolPairs[k], internal[k], cross[k], external[k]));
        }
        return List.copyOf(result);
    }

    /** (E - I) / (E + I); {@code null} when E + I = 0. */
    public Double eiIndex() {
        long all = externalTies + internalTies;
        return all == 0 ? null : (double) (externalTies - internalTies) / all;
    }

    /** I / (s(s - 1)); {@code null} when s &lt; 2. */
    public Double density() {
        return staff < 2 ? null : internalTies / ((double) staff * (staff - 1));
    }

    /** crossSchoolTies / crossSchoolPairs; {@code null} when there are no such pairs. */
    public Double crossSchoolDensity() {
        return crossSchoolPairs == 0 ? null : (double) crossSchoolTies / crossSchoolPairs;
    }
}
