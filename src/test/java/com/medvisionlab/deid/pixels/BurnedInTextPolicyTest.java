package com.medvisionlab.deid.pixels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BurnedInTextPolicyTest {

    private final BurnedInTextPolicy policy = new BurnedInTextPolicy();

    @Test
    void scans_ultrasound_even_when_the_header_says_no_burned_in_text() {
        assertThat(policy.decide(new BurnedInTextPolicy.Input("US", "NO", "ORIGINAL\\PRIMARY", false))
                        .scan())
                .isTrue();
    }

    @Test
    void scans_when_the_flag_is_yes_or_everything_is_requested() {
        assertThat(policy.decide(new BurnedInTextPolicy.Input("CT", "YES", "", false))
                        .scan())
                .isTrue();
        assertThat(policy.decide(new BurnedInTextPolicy.Input("MR", "NO", "ORIGINAL", true))
                        .scan())
                .isTrue();
    }

    @Test
    void scans_derived_radiographs_but_not_original_ct() {
        assertThat(policy.decide(new BurnedInTextPolicy.Input("CR", "", "DERIVED\\PRIMARY", false))
                        .scan())
                .isTrue();
        assertThat(policy.decide(new BurnedInTextPolicy.Input("CR", "", "ORIGINAL\\PRIMARY", false))
                        .scan())
                .isFalse();
        BurnedInTextPolicy.Decision ct =
                policy.decide(new BurnedInTextPolicy.Input("ct", null, "ORIGINAL\\PRIMARY\\AXIAL", false));
        assertThat(ct.scan()).isFalse();
        assertThat(ct.reason()).contains("CT");
    }

    @Test
    void scans_when_the_modality_is_unknown() {
        assertThat(policy.decide(new BurnedInTextPolicy.Input(" ", "", "", false))
                        .scan())
                .isTrue();
    }
}
