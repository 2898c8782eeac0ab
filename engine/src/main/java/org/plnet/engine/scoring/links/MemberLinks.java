package org.plnet.engine.scoring.links;

import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.model.Flow;

/**
 * One member's share of their school's link measures (school-links.md), so that a school's report can say
 * who carries its links: summed over the school's members, {@code inflowTies}, {@code outflowTies} and
 * {@code networkTies} give the school's {@link SchoolLinks#inflowTies()}, {@link SchoolLinks#outflowTies()}
 * and {@link SchoolLinks#networkTies()}, and the bridging members are counted by
 * {@link SchoolLinks#bridgingMembers()}.
 *
 * @param inflowTies  colleagues c of the school to whom this member p carries knowledge
 * @param outflowTies colleagues c who carry knowledge to this member
 * @param networkTies ties of D between this member and members of other schools (O), either direction
 * @param bridging    whether the member has a tie of D with someone in O and with a colleague
 */
public record MemberLinks(long inflowTies, long outflowTies, long networkTies, boolean bridging) {

    /**
     * The links of member {@code p} of its school on graph D; linear in p's ties.
     *
     * @param school each person's school index, -1 when unknown
     * @param member whether each person is a network member
     * @param flow   the relation's flow: which way a tie carries knowledge
     * @throws IllegalArgumentException when p is not a member of a school
     */
    public static MemberLinks of(CompactGraph d, int p, int[] school, boolean[] member, Flow flow) {
        return of(d, p, school, member, new int[school.length], flow);
    }

    /**
     * The links of member {@code p} when N is only the members of p's scope (programmes.md, section 2: the
     * members of the schools of p's learning network): a member u counts for p only when
     * {@code scope[u] == scope[p]}.
     *
     * @param scope each person's scope; everyone of one school shares it
     */
    public static MemberLinks of(CompactGraph d, int p, int[] school, boolean[] member, int[] scope, Flow flow) {
        if (!member[p] || school[p] < 0) {
            throw new IllegalArgumentException("person " + p + " is not a member of a school");
        }
        long toColleague = 0;   // p -> c
        long fromColleague = 0; // c -> p
        long both = 0;
        long network = 0;
        int[] out = d.outTargets();
        for (int k = d.outOffsets()[p]; k < d.outOffsets()[p + 1]; k++) {
            int u = out[k];
            if (!member[u] && school[u] == school[p]) {
                toColleague++;
                both += d.hasArc(u, p) ? 1 : 0;
            } else if (member[u] && school[u] != school[p] && scope[u] == scope[p]) {
                network++;
            }
        }
        int[] in = d.inSources();
        for (int k = d.inOffsets()[p]; k < d.inOffsets()[p + 1]; k++) {
            int u = in[k];
            if (!member[u] && school[u] == school[p]) {
                fromColleague++;
            } else if (member[u] && school[u] != school[p] && scope[u] == scope[p]) {
                network++;
            }
        }
        boolean colleagueTie = toColleague + fromColleague > 0;
        return new MemberLinks(flow.carrying(toColleague, fromColleague, both),
                flow.carrying(fromColleague, toColleague, both), network, network > 0 && colleagueTie);
    }
}
