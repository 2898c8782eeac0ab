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
        LearningBrokerage seek = LearningBrokerage.of(b, Flow.SEEK);
        assertThat(seek.bringsIn()).isEqualTo(3);
        assertThat(seek.takesOut()).isEqualTo(5);
        LearningBrokerage roleSums = LearningBrokerage.of(new BrokerageCounts(0, 0, 3, 5, 0), Flow.SEEK);
        assertThat(roleSums.bringsIn()).isEqualTo(3);
        assertThat(roleSums.takesOut()).isEqualTo(5);
    }

    @Test
    void giveKeepsThem() {
        LearningBrokerage give = LearningBrokerage.of(b, Flow.GIVE);
        assertThat(give.bringsIn()).isEqualTo(5);
        assertThat(give.takesOut()).isEqualTo(3);
    }

    @Test
    void mutualCountsBothRolesBothWays() {
        LearningBrokerage mutual = LearningBrokerage.of(b, Flow.MUTUAL);
        assertThat(mutual.bringsIn()).isEqualTo(8);
        assertThat(mutual.takesOut()).isEqualTo(8);
    }

    @Test
    void theBrokerageNoteNeverUsesTheArrowLabels() {
        for (Flow flow : Flow.values()) {
            assertThat(new FlowWording(flow).brokerageNote().toLowerCase(java.util.Locale.ROOT))
                    .doesNotContain("gatekeeper", "representative");
        }
    }
}
