package org.plnet.engine.scoring.brokerage;

/**
 * How many open two-paths a -&gt; b -&gt; c give broker b each {@link BrokerageRole}.
 *
 * @param coordinator    two-paths with s(a) = s(b) = s(c)
 * @param itinerant      two-paths with s(a) = s(c) != s(b)
 * @param representative two-paths with s(a) = s(b) != s(c)
 * @param gatekeeper     two-paths with s(a) != s(b) = s(c)
 * @param liaison        two-paths with s(a), s(b), s(c) all different
 */
public record BrokerageCounts(long coordinator, long itinerant, long representative, long gatekeeper,
                              long liaison) {

    /** All counts 0. */
    public static final BrokerageCounts NONE = new BrokerageCounts(0, 0, 0, 0, 0);

    /** The sum of the five counts: every open two-path through the broker with no unknown group. */
    public long total() {
        return coordinator + itinerant + representative + gatekeeper + liaison;
    }

    /** The count of one role. */
    public long count(BrokerageRole role) {
        return switch (role) {
            case COORDINATOR -> coordinator;
            case ITINERANT -> itinerant;
            case REPRESENTATIVE -> representative;
            case GATEKEEPER -> gatekeeper;
            case LIAISON -> liaison;
        };
    }
}
