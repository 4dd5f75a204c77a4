package com.medvisionlab.deid.dicompixels;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenIdentifiersTest {

    @Test
    void a_date_on_screen_is_looked_for_in_every_text_spelling_and_with_month_names() {
        // Written by hand: ISO, compact, US (month first) and European (day first) orders with - / . and zero padding;
        // without padding for - and /; the Chinese forms; the English month-name forms screens use
        // ("07.22.1943" is how presidio's CT localizer shows a DOB, "17 Oct 16" how the dcm4che thyroid US shows a date).
        assertThat(ScreenIdentifiers.dateSpellings(LocalDate.of(1950, 1, 2))).containsExactlyInAnyOrder(
                "19500102",
                "1950-01-02", "01-02-1950", "02-01-1950",
                "1950/01/02", "01/02/1950", "02/01/1950",
                "1950.01.02", "01.02.1950", "02.01.1950",
                "1950-1-2", "1-2-1950", "2-1-1950",
                "1950/1/2", "1/2/1950", "2/1/1950",
                "1950年1月2日", "1950年01月02日", "一九五〇年一月二日",
                "2 Jan 1950", "2 Jan 50", "02-Jan-1950", "Jan 2, 1950");
        assertThat(ScreenIdentifiers.dateSpellings(LocalDate.of(1943, 7, 22))).contains("07.22.1943", "22.07.1943",
                "1943年7月22日", "22 Jul 43", "22-Jul-1943", "Jul 22, 1943");
        assertThat(ScreenIdentifiers.dateSpellings(LocalDate.of(2016, 10, 17))).contains("17 Oct 16")
                .doesNotHaveDuplicates();
    }
}
