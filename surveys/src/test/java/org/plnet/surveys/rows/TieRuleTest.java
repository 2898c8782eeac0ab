package org.plnet.surveys.rows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plnet.surveys.ReadMode;

class TieRuleTest {

    @Test
    void aRowIsATieWhenItsWeightIsAboveZeroAndItLinksTwoPeople() {
        assertThat(TieRule.kind("p01", "p02", 0.5)).isEqualTo(TieRule.Kind.TIE);
        assertThat(TieRule.kind("p01", "p02", 0)).isEqualTo(TieRule.Kind.NO_TIE);
        assertThat(TieRule.kind("p01", "p02", Double.NaN)).isEqualTo(TieRule.Kind.NO_TIE);
        assertThat(TieRule.kind("p01", "p01", 2)).isEqualTo(TieRule.Kind.SELF_TIE);
        assertThat(TieRule.kind(3, 3, 0)).isEqualTo(TieRule.Kind.NO_TIE);
        assertThat(TieRule.kind(3, 4, 1)).isEqualTo(TieRule.Kind.TIE);
    }

    @Test
    void duplicatesKeepTheLargerWeightAndUnknownPeopleAreSkippedOnlyWhenLenient() {
        assertThat(TieRule.merged(2, 3)).isEqualTo(3);
        assertThat(TieRule.merged(3, 2)).isEqualTo(3);
        assertThat(TieRule.skipsUnknownPeople(ReadMode.LENIENT)).isTrue();
        assertThat(TieRule.skipsUnknownPeople(ReadMode.STRICT)).isFalse();
    }
}
