package org.plnet.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plnet.engine.model.Flow;
import org.plnet.engine.scoring.brokerage.BrokerageAgainstChance;
import org.plnet.engine.scoring.brokerage.RoleValues;
import org.plnet.engine.scoring.change.TieTurnover;
import org.plnet.engine.scoring.homophily.EITest;

class ChanceWordingTest {

    private static final RoleValues ANY = new RoleValues(0.0, 0.0, 0.0, 0.0, 0.0, 0.0);

    @Test
    void brokerageNamesTheCountsAboveChanceByTheWayLearningMoves() {
        // z: coordinator 1.9, itinerant null, representative 2.0, gatekeeper 3.25, liaison -4, total 2.5
        RoleValues z = new RoleValues(1.9, null, 2.0, 3.25, -4.0, 2.5);
        BrokerageAgainstChance.Figures f = new BrokerageAgainstChance.Figures(ANY, ANY, z);
        // seek: knowledge moves against the arrow, so the representative brings learning in
        assertThat(ChanceWording.brokerage(f, Flow.SEEK))
                .isEqualTo("carries learning into own school (z 2.0); carries learning out of own school (z 3.3)");
        assertThat(ChanceWording.brokerage(f, Flow.GIVE))
                .isEqualTo("carries learning into own school (z 3.3); carries learning out of own school (z 2.0)");
        assertThat(ChanceWording.brokerage(new BrokerageAgainstChance.Figures(ANY, ANY, ANY), Flow.SEEK))
                .isEqualTo("no");
        assertThat(ChanceWording.brokerage(null, Flow.SEEK)).isEqualTo("cannot tell (school not known)");
    }

    @Test
    void eiIndexAgainstChanceInWords() {
        EITest inward = new EITest(-0.5, 0.4, 0.1, 1.0, 0.001, 999, 999, 1);
        assertThat(ChanceWording.insideOrAcross(inward, "the network")).startsWith(
                "More of the network\u2019s ties stay inside school walls than chance would give (a random mix of the"
                        + " same staff across schools would give about 0.40; here it is -0.50").endsWith("p = 0.001).");
        EITest outward = new EITest(0.9, 0.4, 0.1, 0.0005, 1.0, 999, 998, 1);
        assertThat(ChanceWording.insideOrAcross(outward, "this school"))
                .startsWith("More of this school\u2019s ties cross school walls").endsWith("p below 0.001).");
        EITest neither = new EITest(0.3, 0.4, 0.1, 0.8, 0.2, 999, 999, 1);
        assertThat(ChanceWording.insideOrAcross(neither, "this school"))
                .startsWith("The balance of this school\u2019s ties inside and across school walls is what chance");
        assertThat(ChanceWording.insideOrAcross(null, "this school")).contains("cannot be told");
    }

    @Test
    void turnoverInOneSentence() {
        assertThat(ChanceWording.turnover(new TieTurnover.SchoolTurnover(12, 9, 4), "2019", "2020")).isEqualTo(
                "Among staff who answered both surveys (2019 and 2020): 12 of their ties were named both times, 9 are"
                        + " new and 4 were named in 2019 but not in 2020.");
        assertThat(ChanceWording.turnover(new TieTurnover.SchoolTurnover(0, 0, 0), "1", "2"))
                .startsWith("Among staff who answered both surveys, nobody named anyone");
    }
}
