package org.plnet.reports.html;

import java.util.List;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.Person;

/**
 * One member's share of their school's link measures (school-links.md), so that a school's report can
 * say who carries its links: summed over the school's members, {@code inflow}, {@code outflow} and
 * {@code networkTies} give the school's {@code inflowTies}, {@code outflowTies} and {@code networkTies},
 * and the bridging members are counted by {@code bridgingMembers}.
 *
 * @param person      the member's vertex
 * @param inflow      colleagues c of the school to whom this member p carries knowledge
 * @param outflow     colleagues c who carry knowledge to this member
 * @param networkTies ties of D between this member and members of other schools (O), either direction
 * @param bridging    whether the member has a tie of D with someone in O and with a colleague
 */
public record MemberContributions(int person, long inflow, long outflow, long networkTies, boolean bridging) {

    /**
     * The contributions of member {@code p} of its school on graph D.
     *
     * @param people the roster, vertex i = {@code people.get(i)}
     * @param flow   the relation's flow: which way a tie carries knowledge
     */
    public static MemberContributions of(int p, List<Person> people, CompactGraph d, Flow flow) {
        Person member = people.get(p);
        if (!member.member() || !member.hasSchool()) {
            throw new IllegalArgumentException(member.id() + " is not a member of a school");
        }
        long toColleague = 0;   // p -> c
        long fromColleague = 0; // c -> p
        long both = 0;
        long network = 0;
        boolean colleagueTie = false;
        int[] out = d.outTargets();
        for (int k = d.outOffsets()[p]; k < d.outOffsets()[p + 1]; k++) {
            int u = out[k];
            if (colleague(people, member, u)) {
                toColleague++;
                colleagueTie = true;
                if (d.hasArc(u, p)) {
                    both++;
                }
            } else if (otherMember(people, member, u)) {
                network++;
            }
        }
        int[] in = d.inSources();
        for (int k = d.inOffsets()[p]; k < d.inOffsets()[p + 1]; k++) {
            int u = in[k];
            if (colleague(people, member, u)) {
                fromColleague++;
                colleagueTie = true;
            } else if (otherMember(people, member, u)) {
                network++;
            }
        }
        long either = toColleague + fromColleague - both;
        // seek: c -> p means c goes to p, so p carries knowledge to c
        long inflow = switch (flow) {
            case SEEK -> fromColleague;
            case GIVE -> toColleague;
            case MUTUAL -> either;
        };
        long outflow = switch (flow) {
            case SEEK -> toColleague;
            case GIVE -> fromColleague;
            case MUTUAL -> either;
        };
        return new MemberContributions(p, inflow, outflow, network, network > 0 && colleagueTie);
    }

    private static boolean colleague(List<Person> people, Person member, int u) {
        Person other = people.get(u);
        return !other.member() && member.school().equals(other.school());
    }

    private static boolean otherMember(List<Person> people, Person member, int u) {
        Person other = people.get(u);
        return other.member() && !member.school().equals(other.school());
    }
}
