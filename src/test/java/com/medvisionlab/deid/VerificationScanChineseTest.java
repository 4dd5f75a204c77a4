package com.medvisionlab.deid;

import com.medvisionlab.deid.freetext.IdentifyingValues;
import com.medvisionlab.deid.report.Finding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The element-value half of the verification scan for a patient whose name is written in Han characters. */
class VerificationScanChineseTest {

    private static final int STUDY_DESCRIPTION = 0x00081030;
    private static final int CONTENT_SEQUENCE = 0x0040A730;
    private static final int TEXT_VALUE = 0x0040A160;

    private final VerificationScan scan = new VerificationScan(
            new IdentifyingValues().addPersonName("Zhang^Wei=张^伟="));

    @Test
    void finds_the_name_inside_a_value_even_with_spaces_between_its_characters_and_in_nested_items() {
        MapTree dataset = new MapTree()
                .put(STUDY_DESCRIPTION, "LO", "张伟胸部CT")
                .putSequence(CONTENT_SEQUENCE, new MapTree().put(TEXT_VALUE, "UT", "患者 张 伟，男"));

        assertThat(scan.scan(dataset)).extracting(Finding::location)
                .containsExactly("(0008,1030)", "(0040,A730)[0]/(0040,A160)");
        assertThat(scan.scan(dataset)).allSatisfy(f -> assertThat(f.kind()).doesNotContain("张").doesNotContain("伟"));
    }

    @Test
    void a_lone_surname_or_the_characters_apart_are_not_findings() {
        MapTree dataset = new MapTree().put(STUDY_DESCRIPTION, "LO", "张医生 伟大 胸部CT");

        assertThat(scan.scan(dataset)).isEmpty();
    }
}
