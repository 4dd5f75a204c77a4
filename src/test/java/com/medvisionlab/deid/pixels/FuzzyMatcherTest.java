package com.medvisionlab.deid.pixels;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FuzzyMatcherTest {

    private final FuzzyMatcher matcher = new FuzzyMatcher();

    @Test
    void treats_tesseracts_star_like_the_dicom_caret() {
        assertThat(matcher.findWhole("KAUFMAN^SCOTT", "Name: kaufman*scott [M]")).isPresent();
    }

    @Test
    void tolerates_one_ocr_slip_and_ignores_case_punctuation_and_accents() {
        assertThat(matcher.findWhole("Buc^Jérôme", "BUC, JER0ME")).isPresent();
        assertThat(matcher.findWhole("03.09.2012", "05.09.2012")).isPresent();
    }

    @Test
    void does_not_match_unrelated_text() {
        assertThat(matcher.findAnyToken("KAUFMAN^SCOTT", "LEFT LATERAL 120 kV")).isEmpty();
        assertThat(matcher.findWhole("07.22.1943", "01.01.2000")).isEmpty();
    }

    @Test
    void finds_a_lone_surname_but_not_a_lone_short_token() {
        assertThat(matcher.findAnyToken("KAUFMAN^SCOTT^M", "KAUFMAN")).isPresent();
        assertThat(matcher.findAnyToken("DOE^JO", "JO")).isEmpty();
    }

    @Test
    void similarity_is_one_minus_normalised_edit_distance() {
        assertThat(FuzzyMatcher.similarity("kitten", "sitting")).isEqualTo(1 - 3.0 / 7);
        assertThat(FuzzyMatcher.similarity("", "")).isEqualTo(1.0);
    }
}
