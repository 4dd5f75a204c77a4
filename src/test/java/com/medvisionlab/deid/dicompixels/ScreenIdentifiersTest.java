package com.medvisionlab.deid.dicompixels;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.deid.freetext.IdentifyingValues;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScreenIdentifiersTest {

    @Test
    void a_date_on_screen_is_looked_for_in_every_text_spelling_and_with_month_names() {
        List<String> spellings = ScreenIdentifiers.dateSpellings(LocalDate.of(1950, 1, 2));

        // The text scan's spellings (pinned by hand in IdentifyingValuesTest) and the English month-name forms
        Set<String> expected = new LinkedHashSet<>(IdentifyingValues.dateSpellings("19500102"));
        expected.addAll(List.of("2 Jan 1950", "2 Jan 50", "02-Jan-1950", "Jan 2, 1950"));
        assertThat(spellings).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void the_screen_keeps_every_spelling_it_had_before_it_shared_the_text_scans() {
        // By hand: compact, ISO, day-first and month-first with . / - and zero padding, 年月日 without padding, month
        // names ("07.22.1943" is how presidio's CT localizer shows a DOB, "17 Oct 16" how the dcm4che thyroid US
        // shows a date)
        assertThat(ScreenIdentifiers.dateSpellings(LocalDate.of(1943, 7, 22)))
                .contains(
                        "19430722",
                        "1943-07-22",
                        "1943.07.22",
                        "1943/07/22",
                        "22.07.1943",
                        "07.22.1943",
                        "22/07/1943",
                        "07/22/1943",
                        "22-07-1943",
                        "07-22-1943",
                        "22 Jul 1943",
                        "22 Jul 43",
                        "22-Jul-1943",
                        "Jul 22, 1943",
                        "1943年7月22日");
        assertThat(ScreenIdentifiers.dateSpellings(LocalDate.of(2016, 10, 17)))
                .contains("17 Oct 16")
                .doesNotHaveDuplicates();
    }
}
