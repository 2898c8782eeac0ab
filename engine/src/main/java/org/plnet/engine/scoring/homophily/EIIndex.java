package org.plnet.engine.scoring.homophily;

import java.util.ArrayList;
import java.util.List;
import org.plnet.engine.graph.CompactGraph;

/**
 * The E-I index of Krackhardt and Stern (1988) over the directed graph D with groups = schools:
 * (E - I) / (E + I), where E counts the external ties (between people of different groups) and I the
 * internal ties (within one group). It runs from -1 (every tie internal) to +1 (every tie external).
 *
 * <p>At network level ({@link #network}) a tie with a person of unknown group ({@code group[v] = -1}) is
 * neither E nor I and is left out; the index is {@code null} when E + I = 0. Per group
 * ({@link #byGroup}) the ties of that group are counted and ties to people of unknown group are external
 * to it: see {@link GroupTies}.
 *
 * <p>Reference: D. Krackhardt and R. N. Stern (1988), "Informal networks and organizational crises: an
 * experimental simulation", Social Psychology Quarterly 51(2):123–140.
 *
 * @param externalTies E, arcs of D whose ends are in two different known groups
 * @param internalTies I, arcs of D whose ends are in the same known group
 */
public record EIIndex(long externalTies, long internalTies) {

    /**
     * The network-level counts of D.
     *
     * @param group the group of each vertex {@code 0..n-1}, {@code -1} when unknown
     * @throws IllegalArgumentException when {@code group} is not of length n or holds a value below -1
     */
    public static EIIndex network(CompactGraph g, int[] group) {
        checkGroups(g.vertexCount(), group, Integer.MAX_VALUE);
        int[] outOffsets = g.outOffsets();
        int[] outTargets = g.outTargets();
        long external = 0;
        long internal = 0;
        for (int u = 0; u < g.vertexCount(); u++) {
            int su = group[u];
            if (su < 0) {
                continue;
            }
            for (int k = outOffsets[u]; k < outOffsets[u + 1]; k++) {
                int sv = group[outTargets[k]];
                if (sv == su) {
                    internal++;
                } else if (sv >= 0) {
                    external++;
                }
            }
        }
        return new EIIndex(external, internal);
    }

    /**
     * The tie counts of every group {@code 0..groupCount-1}, in group order; a group nobody belongs to has
     * staff 0 and no ties.
     *
     * @param group      the group of each vertex {@code 0..n-1}, {@code -1} when unknown
     * @param groupCount the number of groups
     * @throws IllegalArgumentException when {@code group} is not of length n or holds a value below -1 or
     *                                  at least {@code groupCount}
     */
    public static List<GroupTies> byGroup(CompactGraph g, int[] group, int groupCount) {
        checkGroups(g.vertexCount(), group, groupCount);
        int[] staff = new int[groupCount];
        long[] internal = new long[groupCount];
        long[] external = new long[groupCount];
        int[] outOffsets = g.outOffsets();
        int[] outTargets = g.outTargets();
        for (int u = 0; u < g.vertexCount(); u++) {
            int su = group[u];
            if (su >= 0) {
                staff[su]++;
            }
            for (int k = outOffsets[u]; k < outOffsets[u + 1]; k++) {
                int sv = group[outTargets[k]];
                if (su == sv) {
                    if (su >= 0) {
                        internal[su]++;
                    }
                    continue;
                }
                if (su >= 0) {
                    external[su]++;
                }
                if (sv >= 0) {
                    external[sv]++;
                }
            }
        }
        List<GroupTies> ties = new ArrayList<>(groupCount);
        for (int s = 0; s < groupCount; s++) {
            ties.add(new GroupTies(staff[s], internal[s], external[s]));
        }
        return List.copyOf(ties);
    }

    /** (E - I) / (E + I); {@code null} when E + I = 0. */
    public Double value() {
        long all = externalTies + internalTies;
        return all == 0 ? null : (double) (externalTies - internalTies) / all;
    }

    private static void checkGroups(int n, int[] group, int groupCount) {
        if (groupCount < 0) {
            throw new IllegalArgumentException("negative group count " + groupCount);
        }
        if (group.length != n) {
            throw new IllegalArgumentException("group has " + group.length + " entries for " + n + " vertices");
        }
        for (int v = 0; v < n; v++) {
            if (group[v] < -1 || group[v] >= groupCount) {
                throw new IllegalArgumentException("group of vertex " + v + " is " + group[v]
                        + ", outside -1.." + (groupCount - 1));
            }
        }
    }
}
