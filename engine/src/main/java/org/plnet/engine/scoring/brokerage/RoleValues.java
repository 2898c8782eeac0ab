package org.plnet.engine.scoring.brokerage;

import java.util.Arrays;

/**
 * One number per brokerage role and one for the total, as metrics.json keys them; a {@code null} entry is
 * undefined (e.g. a z-score whose standard deviation is 0).
 *
 * @param coordinator    the value for {@link BrokerageRole#COORDINATOR}
 * @param itinerant      the value for {@link BrokerageRole#ITINERANT}
 * @param representative the value for {@link BrokerageRole#REPRESENTATIVE}
 * @param gatekeeper     the value for {@link BrokerageRole#GATEKEEPER}
 * @param liaison        the value for {@link BrokerageRole#LIAISON}
 * @param total          the value for all open two-paths together, tested as one count of its own
 */
public record RoleValues(Double coordinator, Double itinerant, Double representative, Double gatekeeper,
                         Double liaison, Double total) {

    /** The value of one role: the components come in the order of {@link BrokerageRole}'s constants. */
    public Double of(BrokerageRole role) {
        return Arrays.asList(coordinator, itinerant, representative, gatekeeper, liaison).get(role.ordinal());
    }
}
