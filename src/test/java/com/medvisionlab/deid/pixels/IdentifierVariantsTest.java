package com.medvisionlab.deid.pixels;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierVariantsTest {

    @Test
    void a_person_name_is_offered_in_both_orders() {
        assertThat(IdentifierVariants.ofPersonName("KAUFMAN^SCOTT^^^")).containsExactly("KAUFMAN SCOTT",
                "SCOTT KAUFMAN", "KAUFMAN, SCOTT");
        assertThat(IdentifierVariants.ofPersonName("^")).isEmpty();
    }

    @Test
    void the_ideographic_group_of_a_chinese_name_is_a_variant_written_family_name_first() {
        assertThat(IdentifierVariants.ofPersonName("Wang^Wei=王^伟=")).containsExactly("Wang Wei", "Wei Wang",
                "Wang, Wei", "王伟");
        assertThat(IdentifierVariants.ofPersonName("欧阳^小东")).containsExactly("欧阳小东");
    }
}
