package org.plnet.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plnet.engine.model.Flow;
import org.plnet.engine.scoring.brokerage.BrokerageCounts;

class FlowWordingTest {

    // coordinator 1, itinerant 2, representative 3, gatekeeper 5, liaison 7
    private final BrokerageCounts b = new BrokerageCounts(1, 2, 3, 5, 7);

    @Test
    void seekSwapsTheArrowBasedRoles() {
        // a -> b -> c with a, b in one school: a goes to b, b goes to c; learning c -> b -> a comes in
        FlowWording seek = new FlowWording(Flow.SEEK);
        assertThat(seek.bringsIn(b)).isEqualTo(3);
        assertThat(seek.takesOut(b)).isEqualTo(5);
        assertThat(seek.bringsIn(5, 3)).isEqualTo(3);
        assertThat(seek.takesOut(5, 3)).isEqualTo(5);
    }

    @Test
    void giveKeepsThem() {
        FlowWording give = new FlowWording(Flow.GIVE);
        assertThat(give.bringsIn(b)).isEqualTo(5);
        assertThat(give.takesOut(b)).isEqualTo(3);
    }

    @Test
    void mutualCountsBothRolesBothWays() {
        FlowWording mutual = new FlowWording(Flow.MUTUAL);
        assertThat(mutual.bringsIn(b)).isEqualTo(8);
        assertThat(mutual.takesOut(b)).isEqualTo(8);
    }

    @Test
    void theBrokerageNoteNeverUsesTheArrowLabels() {
        for (Flow flow : Flow.values()) {
            assertThat(new FlowWording(flow).brokerageNote().toLowerCase(java.util.Locale.ROOT))
                    .doesNotContain("gatekeeper", "representative");
        }
    }
}
