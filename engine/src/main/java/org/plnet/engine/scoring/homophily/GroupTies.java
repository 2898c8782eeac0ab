package org.plnet.engine.scoring.homophily;

/**
 * The ties of D that touch one group g with staff P(g) (metrics.md, "School figures").
 *
 * @param staff         s = |P(g)|
 * @param internalTies  arcs of D with both ends in P(g)
 * @param externalTies  arcs of D with exactly one end in P(g), either direction, including arcs to and
 *                      from people of unknown group
 */
public record GroupTies(int staff, long internalTies, long externalTies) {

    /** The group's E-I index (external - internal) / (external + internal); {@code null} when both are 0. */
    public Double eiIndex() {
        long all = externalTies + internalTies;
        return all == 0 ? null : (double) (externalTies - internalTies) / all;
    }

    /** The density of the group's internal ties, internalTies / (s(s-1)); {@code null} when s &lt; 2. */
    public Double density() {
        return staff < 2 ? null : internalTies / ((double) staff * (staff - 1));
    }
}
