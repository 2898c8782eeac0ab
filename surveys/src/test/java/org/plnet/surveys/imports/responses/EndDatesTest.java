package org.plnet.surveys.imports.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EndDatesTest {

    @Test
    void isoDatesOrder() {
        EndDates d = EndDates.of(List.of("2019-10-02 09:20:00", "2019-10-01 23:59:59", ""));
        assertThat(d.compare(0, 1)).isPositive();
        assertThat(d.compare(1, 0)).isNegative();
        assertThat(d.compare(0, 2)).isZero();
    }

    @Test
    void dayFirstIsKnownOnceADayAbove12Appears() {
        // 13/02 can only be 13 February, so 02/03 is 2 March: row 1 is later
        EndDates d = EndDates.of(List.of("13/02/2024 10:00:00", "02/03/2024 09:00:00"));
        assertThat(d.compare(1, 0)).isPositive();
        assertThat(d.ambiguous(0, 1)).isFalse();
    }

    @Test
    void dayAndMonthThatCannotBeToldApartAreNotOrdered() {
        EndDates d = EndDates.of(List.of("03/02/2024 09:10:00", "02/03/2024 09:10:00"));
        assertThat(d.compare(0, 1)).isZero();
        assertThat(d.ambiguous(0, 1)).isTrue();
    }

    @Test
    void surveyMonkeyAndGoogleLayouts() {
        EndDates monkey = EndDates.of(List.of("10/02/2019 09:20:00 PM", "10/02/2019 10:20:00 AM"));
        // the same day either way; 21:20 is after 10:20
        assertThat(monkey.compare(0, 1)).isPositive();
        EndDates google = EndDates.of(List.of("2019/10/02 9:10:00 AM GMT+1", "2019/10/02 8:10:00 PM GMT+1"));
        assertThat(google.compare(0, 1)).isNegative();
    }

    @Test
    void unreadableColumnOrdersNothing() {
        EndDates d = EndDates.of(List.of("yesterday", "today"));
        assertThat(d.readable()).isFalse();
        assertThat(d.compare(0, 1)).isZero();
    }
}
