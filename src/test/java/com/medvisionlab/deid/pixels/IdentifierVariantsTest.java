package com.medvisionlab.deid.pixels;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierVariantsTest {

    @Test
    void a_date_has_the_renderings_seen_on_real_screens() {
        // "07.22.1943" is how presidio's CT localizer shows the DOB; "17 Oct 16" how the dcm4che thyroid US shows its date
        assertThat(IdentifierVariants.ofDate(LocalDate.of(1943, 7, 22))).contains("07.22.1943", "19430722",
                "1943年7月22日");
        assertThat(IdentifierVariants.ofDate(LocalDate.of(2016, 10, 17))).contains("17 Oct 16");
    }

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
