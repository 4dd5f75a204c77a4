package com.medvisionlab.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One moment in the reader's language and the server's time zone. */
class DateTimesTest {

    @Test
    void a_moment_reads_as_english_and_chinese_readers_write_it_in_the_servers_zone() {
        var moment = LocalDateTime.of(2026, 12, 3, 18, 30)
                .atZone(ZoneId.systemDefault())
                .toInstant();

        assertThat(DateTimes.shortDateTime(moment, Locale.ENGLISH))
                .contains("12/3/26")
                .contains("6:30");
        assertThat(DateTimes.shortDateTime(moment, Locale.SIMPLIFIED_CHINESE))
                .contains("2026/12/3")
                .contains("18:30");
    }
}
