package com.medvisionlab.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.deid.freetext.IdentifyingValues;
import com.medvisionlab.deid.report.Finding;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.MalformedValueException;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The element-value half of the verification scan for a patient whose name is written in Han characters, and for a
 * birth date written the Chinese way (1950年1月2日) or in full-width digits.
 */
class VerificationScanChineseTest {

    private static final int STUDY_DESCRIPTION = 0x00081030;
    private static final int CONTENT_SEQUENCE = 0x0040A730;
    private static final int TEXT_VALUE = 0x0040A160;
    private static final int BODY_PART_EXAMINED = 0x00180015;
    private static final int GEMS_CREATOR = 0x00190010;
    private static final int GEMS_PRIVATE_TEXT = 0x00191040;

    /** A dataset in UTF-8, so that it can hold Han characters. */
    private static TestDataset unicode() {
        return new TestDataset().put(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 192");
    }

    private final VerificationScan scan = new VerificationScan(new IdentifyingValues().addPersonName("Zhang^Wei=张^伟="));
    private final VerificationScan bornOnSecondJanuary1950 = new VerificationScan(
            new IdentifyingValues().addPersonName("Zhang^Wei=张^伟=").addDate("19500102"));

    @Test
    void finds_the_name_inside_a_value_even_with_spaces_between_its_characters_and_in_nested_items() {
        Dataset dataset = unicode()
                .put(STUDY_DESCRIPTION, VR.LO, "张伟胸部CT")
                .putSequence(CONTENT_SEQUENCE, new TestDataset().put(TEXT_VALUE, VR.UT, "患者 张 伟，男"))
                .build();

        assertThat(scan.scan(dataset))
                .extracting(Finding::location)
                .containsExactly("(0008,1030)", "(0040,A730)[0]/(0040,A160)");
        assertThat(scan.scan(dataset))
                .allSatisfy(f -> assertThat(f.kind()).doesNotContain("张").doesNotContain("伟"));
    }

    @Test
    void a_lone_surname_or_the_characters_apart_are_not_findings() {
        Dataset dataset = unicode().put(STUDY_DESCRIPTION, VR.LO, "张医生 伟大 胸部CT").build();

        assertThat(scan.scan(dataset)).isEmpty();
    }

    @Test
    void flags_a_birth_date_planted_the_chinese_way_in_a_kept_element_without_reporting_it() {
        Dataset dataset = unicode()
                .put(BODY_PART_EXAMINED, VR.CS, "CHEST")
                .put(GEMS_CREATOR, VR.LO, "GEMS_ACQU_01")
                .put(GEMS_PRIVATE_TEXT, VR.LO, "1950年1月2日")
                .putSequence(CONTENT_SEQUENCE, new TestDataset().put(TEXT_VALUE, VR.UT, "患者1950年1月2日出生，胸部CT平扫"))
                .build();

        assertThat(bornOnSecondJanuary1950.scan(dataset))
                .containsExactly(
                        new Finding("(0019,1040)", "birth date"),
                        new Finding("(0040,A730)[0]/(0040,A160)", "birth date"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1950年01月02日",
                "1950 年 01 月 02 日",
                "１９５０年１月２日",
                "１９５０年０１月０２日",
                "１９５０ 年 １ 月 ２ 日",
                "一九五〇年一月二日",
                "一九五零年一月二日",
                "1950年1月2号",
                "1950年1月02日",
                "出生1950-01-02",
                "出生１９５０－０１－０２",
                "１９５００１０２",
                "1950/1/2",
                "DOB 2/1/1950"
            })
    void flags_the_birth_date_in_full_width_digits_spaced_out_or_in_other_spellings(String planted) {
        Dataset dataset = unicode()
                .put(STUDY_DESCRIPTION, VR.LO, "胸部CT " + planted + " 平扫")
                .build();

        assertThat(bornOnSecondJanuary1950.scan(dataset))
                .as(planted)
                .containsExactly(new Finding("(0008,1030)", "birth date"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1950年1月3日",
                "1950年11月2日",
                "1950年1月22日",
                "1950年1月20日",
                "2012年1月2日",
                "11950年1月2日",
                "一九五〇年一月二十日",
                "一九五〇年十一月二日",
                "１９５０年１月２３日",
                "1950年1月",
                "1950年",
                "2012-03-09",
                "胸部CT平扫",
                "1.2.840.2.1.1950.7"
            })
    void does_not_flag_other_dates_or_part_of_the_birth_date(String unrelated) {
        Dataset dataset = unicode().put(STUDY_DESCRIPTION, VR.LO, unrelated).build();

        assertThat(bornOnSecondJanuary1950.scan(dataset)).as(unrelated).isEmpty();
    }

    @Test
    void a_value_that_cannot_be_decoded_is_no_text_but_its_bytes_are_still_searched() {
        byte[] fiveBytes = "ZHANG".getBytes(StandardCharsets.US_ASCII); // OW holds 2-byte words: malformed
        Dataset dataset = new TestDataset()
                .putBytes(Tags.RedPaletteColorLookupTableData, VR.OW, fiveBytes)
                .build();

        assertThatThrownBy(() -> dataset.getStrings(Tags.RedPaletteColorLookupTableData))
                .isInstanceOf(MalformedValueException.class);
        assertThat(scan.scan(dataset)).containsExactly(new Finding("(0028,1201)", "person name token"));
    }
}
