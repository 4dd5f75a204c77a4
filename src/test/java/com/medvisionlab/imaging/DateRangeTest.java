package com.medvisionlab.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate JAN_1 = LocalDate.of(2020, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2020, 12, 31);

    @Test
    void closed_open_and_single_date_ranges_are_parsed() {
        assertThat(DateRange.parse("20200101-20201231"))
                .isEqualTo(new DateRange(Optional.of(JAN_1), Optional.of(DEC_31)));
        assertThat(DateRange.parse("20200101-")).isEqualTo(new DateRange(Optional.of(JAN_1), Optional.empty()));
        assertThat(DateRange.parse("-20201231")).isEqualTo(new DateRange(Optional.empty(), Optional.of(DEC_31)));
        assertThat(DateRange.parse("20200101")).isEqualTo(DateRange.on(JAN_1));
    }

    @Test
    void malformed_empty_and_reversed_ranges_are_refused() {
        assertThatThrownBy(() -> DateRange.parse("2020-01-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateRange.parse("20201301")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateRange.parse("-")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateRange.parse("20201231-20200101")).isInstanceOf(IllegalArgumentException.class);
    }
}
