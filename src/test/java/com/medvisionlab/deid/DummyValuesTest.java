package com.medvisionlab.deid;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.VR;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DummyValuesTest {

    private static final int TAG = 0x00191001;

    @ParameterizedTest
    @EnumSource(
            value = VR.class,
            names = {"US", "SS", "UL", "SL", "UV", "SV", "FL", "FD"})
    void a_binary_number_is_replaced_by_a_single_zero_of_its_size(VR vr) {
        Dataset ds = new Dataset();
        ds.setBytes(TAG, vr, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
        DummyValues.replace(ds, TAG, vr);
        assertThat(ds.getBytes(TAG)).get().isEqualTo(new byte[vr.bytesPerValue()]);
        assertThat(ds.getStrings(TAG)).containsExactly(vr == VR.FL || vr == VR.FD ? "0.0" : "0");
    }

    @Test
    void character_vrs_get_their_text_dummy_and_other_binary_vrs_an_empty_value() {
        Dataset ds = new Dataset();
        DummyValues.replace(ds, TAG, VR.LO);
        DummyValues.replace(ds, 0x00191002, VR.DA);
        DummyValues.replace(ds, 0x00191003, VR.OB);
        DummyValues.replace(ds, 0x00191004, VR.AT);
        assertThat(ds.getStrings(TAG)).containsExactly("ANONYMIZED");
        assertThat(ds.getStrings(0x00191002)).containsExactly("19000101");
        assertThat(ds.getBytes(0x00191003)).get().isEqualTo(new byte[0]);
        assertThat(ds.getBytes(0x00191004)).get().isEqualTo(new byte[0]);
        assertThat(DummyValues.text(VR.OB)).isEmpty();
    }

    @Test
    void cleaned_text_is_cut_to_the_length_its_vr_allows() {
        assertThat(DummyValues.fit(VR.SH, "A".repeat(20))).hasSize(16);
        assertThat(DummyValues.fit(VR.UT, "A".repeat(20000))).hasSize(20000);
    }
}
