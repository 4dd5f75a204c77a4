package com.medvisionlab.deid.freetext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifyingValuesTest {

    @Test
    void a_chinese_name_in_the_ideographic_group_is_kept_whole() {
        IdentifyingValues values = new IdentifyingValues().addPersonName("Wang^Wei=王^伟=wang^wei");

        assertThat(values.ideographicNames()).containsExactly("王伟");
        assertThat(values.nameTokens()).as("alphabetic tokens as before").containsExactly("WANG", "WEI");
    }

    @Test
    void a_chinese_name_in_the_alphabetic_group_is_kept_whole_but_a_single_character_is_not() {
        assertThat(new IdentifyingValues().addPersonName("张^伟").ideographicNames())
                .containsExactly("张伟");
        assertThat(new IdentifyingValues().addPersonName("=王^=").ideographicNames())
                .isEmpty();
        assertThat(new IdentifyingValues().addPersonName("SMITH^JOHN").ideographicNames())
                .isEmpty();
    }

    @Test
    void a_birth_date_is_also_spelled_the_chinese_ways_and_without_leading_zeros() {
        assertThat(IdentifyingValues.dateSpellings("19500102"))
                .contains(
                        "19500102",
                        "1950-01-02",
                        "1950.01.02",
                        "02/01/1950",
                        "01/02/1950",
                        "1950/1/2",
                        "2/1/1950",
                        "1950年1月2日",
                        "1950年01月02日",
                        "一九五〇年一月二日");
        assertThat(IdentifyingValues.dateSpellings("19991231")).contains("1999年12月31日", "一九九九年十二月三十一日");
        assertThat(IdentifyingValues.dateSpellings("20101120")).contains("2010年11月20日", "二〇一〇年十一月二十日");
    }

    @Test
    void the_text_scan_spells_a_date_in_the_standard_orders_and_the_chinese_forms_without_month_names() {
        // Written by hand: compact; ISO, US (month first) and European (day first) orders with - / . and zero padding;
        // the same without padding for - and / only; 年月日 with and without padding and in Chinese numerals.
        assertThat(IdentifyingValues.dateSpellings("19500102"))
                .containsExactlyInAnyOrder(
                        "19500102",
                        "1950-01-02",
                        "01-02-1950",
                        "02-01-1950",
                        "1950/01/02",
                        "01/02/1950",
                        "02/01/1950",
                        "1950.01.02",
                        "01.02.1950",
                        "02.01.1950",
                        "1950-1-2",
                        "1-2-1950",
                        "2-1-1950",
                        "1950/1/2",
                        "1/2/1950",
                        "2/1/1950",
                        "1950年1月2日",
                        "1950年01月02日",
                        "一九五〇年一月二日");
    }

    @Test
    void unpadded_dotted_spellings_are_left_out_because_uids_are_made_of_them() {
        assertThat(IdentifyingValues.dateSpellings("19500102"))
                .doesNotContain("1950.1.2", "2.1.1950", "1.2.1950")
                .doesNotHaveDuplicates();
    }

    @Test
    void only_text_with_nian_or_a_full_width_year_digit_may_hold_a_chinese_or_full_width_date() {
        IdentifyingValues born1950 = new IdentifyingValues().addDate("19500102");

        assertThat(born1950.mayHoldWideOrChineseDate("患者1950年1月2日出生")).isTrue();
        assertThat(born1950.mayHoldWideOrChineseDate("一九五〇年")).isTrue();
        assertThat(born1950.mayHoldWideOrChineseDate("出生１９５０－０１－０２")).isTrue();
        assertThat(born1950.mayHoldWideOrChineseDate("DOB 1950-01-02, CT CHEST"))
                .isFalse();
        assertThat(born1950.mayHoldWideOrChineseDate("胸部CT平扫 ２ｍｍ"))
                .as("２ cannot start the year 1950")
                .isFalse();
        assertThat(new IdentifyingValues().mayHoldWideOrChineseDate("1950年1月2日"))
                .as("no dates to look for")
                .isFalse();
    }
}
