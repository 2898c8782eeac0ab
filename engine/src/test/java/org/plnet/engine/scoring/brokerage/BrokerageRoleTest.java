package org.plnet.engine.scoring.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BrokerageRoleTest {

    @Test
    void rolesFollowTheGroupsOfTheTwoPath() {
        // of(s(a), s(b), s(c)), broker b in the middle.
        assertThat(BrokerageRole.of(4, 4, 4)).isEqualTo(BrokerageRole.COORDINATOR);
        assertThat(BrokerageRole.of(2, 4, 2)).isEqualTo(BrokerageRole.ITINERANT);
        assertThat(BrokerageRole.of(4, 4, 2)).isEqualTo(BrokerageRole.REPRESENTATIVE);
        assertThat(BrokerageRole.of(2, 4, 4)).isEqualTo(BrokerageRole.GATEKEEPER);
        assertThat(BrokerageRole.of(1, 4, 2)).isEqualTo(BrokerageRole.LIAISON);
    }

    @Test
    void unknownGroupHasNoRole() {
        assertThatThrownBy(() -> BrokerageRole.of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BrokerageRole.of(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BrokerageRole.of(0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsAddUpAndAreReadByRole() {
        BrokerageCounts c = new BrokerageCounts(1, 2, 3, 4, 5);
        assertThat(c.total()).isEqualTo(15);
        assertThat(c.count(BrokerageRole.COORDINATOR)).isEqualTo(1);
        assertThat(c.count(BrokerageRole.ITINERANT)).isEqualTo(2);
        assertThat(c.count(BrokerageRole.REPRESENTATIVE)).isEqualTo(3);
        assertThat(c.count(BrokerageRole.GATEKEEPER)).isEqualTo(4);
        assertThat(c.count(BrokerageRole.LIAISON)).isEqualTo(5);
        assertThat(BrokerageCounts.NONE.total()).isZero();
    }
}
