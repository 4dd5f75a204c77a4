package com.medvisionlab.deid.pixels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FuzzyMatcherTest {

    private final FuzzyMatcher matcher = new FuzzyMatcher();

    @Test
    void treats_tesseracts_star_like_the_dicom_caret() {
        assertThat(matcher.findWhole("KAUFMAN^SCOTT", "Name: kaufman*scott [M]"))
                .isPresent();
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

    @Test
    void a_chinese_name_matches_whatever_spaces_ocr_put_between_its_characters() {
        assertThat(matcher.findWhole("王小东", "患者 王 小 东 男"))
                .map(FuzzyMatcher.Match::found)
                .hasValue("王小东");
        assertThat(matcher.findAnyToken("王小东", "患者王小东检查")).isPresent();
        assertThat(matcher.findAnyToken("张伟", "PATIENT ZHANG WEI 张 伟")).isPresent();
    }

    @Test
    void a_chinese_name_needs_all_its_characters_and_a_lone_surname_is_not_a_hit() {
        assertThat(matcher.findAnyToken("张伟", "张 医生 伟大")).isEmpty();
        assertThat(matcher.findAnyToken("王小东", "王小明 检查")).isEmpty();
        assertThat(matcher.findAnyToken("王", "王小东")).isEmpty();
    }

    @Test
    void a_long_chinese_name_tolerates_one_ocr_slip() {
        assertThat(matcher.findWhole("爱新觉罗溥仪", "爱新觉罗 浦仪")).isPresent();
    }
}
