package org.plnet.engine.scoring.brokerage;

/**
 * The five brokerage roles of Gould and Fernandez (1989) for an open two-path a -&gt; b -&gt; c with broker b,
 * decided by the groups s(a), s(b), s(c) of the three people.
 *
 * <p>Reference: R. V. Gould and R. M. Fernandez (1989), "Structures of mediation: a formal approach to
 * brokerage in transaction networks", Sociological Methodology 19:89–126.
 */
public enum BrokerageRole {
    /** s(a) = s(b) = s(c): a broker inside their own group. */
    COORDINATOR,
    /** s(a) = s(c) != s(b): a consultant between two people of another group. */
    ITINERANT,
    /** s(a) = s(b) != s(c): passes from the own group outwards. */
    REPRESENTATIVE,
    /** s(a) != s(b) = s(c): lets an outsider into the own group. */
    GATEKEEPER,
    /** s(a), s(b), s(c) all different: links two other, different groups. */
    LIAISON;

    /**
     * The role of broker b on a two-path a -&gt; b -&gt; c.
     *
     * @param sa the group of a
     * @param sb the group of the broker b
     * @param sc the group of c
     * @throws IllegalArgumentException when a group is negative (unknown): such two-paths have no role
     */
    public static BrokerageRole of(int sa, int sb, int sc) {
        if (sa < 0 || sb < 0 || sc < 0) {
            throw new IllegalArgumentException("a two-path with an unknown group has no brokerage role");
        }
        if (sa == sb) {
            return sb == sc ? COORDINATOR : REPRESENTATIVE;
        }
        if (sb == sc) {
            return GATEKEEPER;
        }
        return sa == sc ? ITINERANT : LIAISON;
    }
}
