package com.medvisionlab.deid.freetext;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifyingValuesTest {

    @Test
    void a_chinese_name_in_the_ideographic_group_is_kept_whole() {
        IdentifyingValues values = new IdentifyingValues().addPersonName("Wang^Wei=王^伟=wang^wei");

        assertThat(values.ideographicNames()).containsExactly("王伟");
        assertThat(values.nameTokens()).as("alphabetic tokens as before").containsExactly("WANG", "WEI");
    }

    @Test
    void a_chinese_name_in_the_alphabetic_group_is_kept_whole_but_a_single_character_is_not() {
        assertThat(new IdentifyingValues().addPersonName("张^伟").ideographicNames()).containsExactly("张伟");
        assertThat(new IdentifyingValues().addPersonName("=王^=").ideographicNames()).isEmpty();
        assertThat(new IdentifyingValues().addPersonName("SMITH^JOHN").ideographicNames()).isEmpty();
    }
}
