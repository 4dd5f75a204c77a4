package com.medvisionlab.deid.pixels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BurnedInTextPolicyTest {

    private final BurnedInTextPolicy policy = new BurnedInTextPolicy();

    private BurnedInTextPolicy.Decision decide(String modality, String flag, String imageType) {
        return policy.decide(new BurnedInTextPolicy.Input(modality, flag, imageType, false));
    }

    private BurnedInTextPolicy.Decision trustingHeaders(String modality, String flag, String imageType) {
        return policy.decide(new BurnedInTextPolicy.Input(modality, flag, imageType, true));
    }

    @Test
    void every_image_is_scanned_whatever_its_header_says() {
        for (String modality : new String[] {"CT", "MR", "CR", "DX", "MG", "PT", "NM", "US", "SC", ""}) {
            for (String flag : new String[] {"NO", "YES", ""}) {
                assertThat(decide(modality, flag, "ORIGINAL\\PRIMARY").scan())
                        .as("%s with BurnedInAnnotation '%s'", modality, flag)
                        .isTrue();
            }
        }
    }

    @Test
    void a_radiograph_whose_header_says_no_is_scanned_and_the_reason_says_the_header_is_not_trusted() {
        BurnedInTextPolicy.Decision cr = decide("cr", "no", "ORIGINAL\\PRIMARY");

        assertThat(cr.scan()).isTrue();
        assertThat(cr.textExpected()).isFalse();
        assertThat(cr.reason()).contains("every image", "not trusted", "CR", "BurnedInAnnotation NO");
    }

    @Test
    void text_is_expected_where_the_flag_modality_or_image_type_announces_it() {
        assertThat(decide("US", "NO", "ORIGINAL\\PRIMARY").textExpected()).isTrue();
        assertThat(decide("CT", "YES", "").textExpected()).isTrue();
        assertThat(decide("CR", "", "DERIVED\\PRIMARY").textExpected()).isTrue();
        assertThat(decide("CT", "", "ORIGINAL\\PRIMARY\\LOCALIZER").textExpected())
                .isTrue();
        assertThat(decide(" ", "", "").textExpected()).isTrue();
        assertThat(decide("CR", "", "ORIGINAL\\PRIMARY").textExpected()).isFalse();
        BurnedInTextPolicy.Decision ct = decide("ct", null, "ORIGINAL\\PRIMARY\\AXIAL");
        assertThat(ct.textExpected()).isFalse();
        assertThat(ct.reason()).contains("CT", "absent");
    }

    @Test
    void only_the_explicit_opt_out_leaves_an_image_unscanned_and_only_where_no_text_is_announced() {
        BurnedInTextPolicy.Decision ct = trustingHeaders("CT", "NO", "ORIGINAL\\PRIMARY\\AXIAL");
        assertThat(ct.scan()).isFalse();
        assertThat(ct.reason()).startsWith("not scanned").contains("header trusted");

        assertThat(trustingHeaders("US", "NO", "ORIGINAL\\PRIMARY").scan()).isTrue();
        assertThat(trustingHeaders("CT", "YES", "").scan()).isTrue();
        assertThat(trustingHeaders("CR", "", "DERIVED\\PRIMARY").scan()).isTrue();
    }
}
