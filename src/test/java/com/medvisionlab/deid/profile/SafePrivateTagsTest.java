package com.medvisionlab.deid.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.dicom.data.VR;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The checked-in PS3.15 Table E.3.10-1 and its lookup. Spot rows name the two sources they were read in: "old text"
 * is the standard's own text (chsasank/dicom_standard part15/chapter_E.rst), "2026a" raster-labs/DICOMKit's table
 * generated from the NEMA DocBook, "2026c" ThalesMMS/DICOM-Swift's likewise.
 */
class SafePrivateTagsTest {

    private final SafePrivateTags safe = SafePrivateTags.standard();
    private final List<SafePrivateRow> rows = SafePrivateTags.rows();

    @Test
    void holds_the_479_rows_of_the_table_minus_the_5_the_standard_gives_no_vr() {
        assertThat(rows).hasSize(474);
        assertThat(safe.size()).isEqualTo(474);
    }

    @Test
    void every_line_has_five_columns_with_fixed_width_hex_group_and_element() throws IOException {
        try (InputStream in = SafePrivateTags.class.getResourceAsStream(SafePrivateRow.FILE)) {
            List<String> data = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
            assertThat(data).hasSize(474).allSatisfy(line -> {
                String[] c = line.split("\t", -1);
                assertThat(c).as(line).hasSize(5);
                assertThat(c[1]).as(line).matches("[0-9A-F]{4}");
                assertThat(c[2]).as(line).matches("[0-9A-F]{2}");
            });
        }
    }

    @Test
    void rows_are_structurally_sane() {
        assertThat(rows).allSatisfy(r -> {
            String where = r.creator() + " " + String.format("(%04X,xx%02X)", r.group(), r.elementLowByte());
            assertThat(r.creator())
                    .as(where)
                    .isNotBlank()
                    .isEqualTo(r.creator().strip())
                    .hasSizeLessThanOrEqualTo(64);
            assertThat(r.group() % 2).as(where + " private groups are odd").isEqualTo(1);
            assertThat(r.group())
                    .as(where + " groups 0001-0007 and FFFF are not private")
                    .isBetween(0x0009, 0xFFFD);
            assertThat(r.elementLowByte()).as(where).isBetween(0x00, 0xFF);
            assertThat(r.vrs()).as(where).isNotEmpty();
            assertThat(r.vrs()).as(where + " UN is no VR a table can give").doesNotContain(VR.UN);
            assertThat(r.meaning()).as(where).isNotBlank();
        });
    }

    @Test
    void no_element_is_listed_twice_even_ignoring_case() {
        Set<String> seen = new HashSet<>();
        assertThat(rows)
                .allSatisfy(r -> assertThat(seen.add(r.key())).as(r.toString()).isTrue());
    }

    @Test
    void spot_rows_read_in_two_sources() {
        // old text + 2026a + 2026c
        assertThat(row("GEMS_ACQU_01", 0x0019, 0x23)).isEqualTo(Set.of(VR.DS));
        assertThat(row("GEMS_PARM_01", 0x0043, 0x27)).isEqualTo(Set.of(VR.SH));
        assertThat(row("GEMS_HELIOS_01", 0x0045, 0x02)).isEqualTo(Set.of(VR.FL));
        assertThat(row("ELSCINT1", 0x01F1, 0x26)).isEqualTo(Set.of(VR.DS));
        assertThat(row("Philips MR Imaging DD 001", 0x2005, 0x0E)).isEqualTo(Set.of(VR.FL));
        assertThat(row("Philips PET Private Group", 0x7053, 0x00)).isEqualTo(Set.of(VR.DS));
        assertThat(row("HOLOGIC, Inc.", 0x7E01, 0x10)).isEqualTo(Set.of(VR.SQ));
        assertThat(row("SIEMENS MR HEADER", 0x0019, 0x27)).isEqualTo(Set.of(VR.FD));
        // 2026a + 2026c (rows added after the old text)
        assertThat(row("Philips Imaging DD 001", 0x2001, 0x7D)).isEqualTo(Set.of(VR.OW, VR.OB));
        assertThat(row("Philips Imaging DD 097", 0x2001, 0x2F)).isEqualTo(Set.of(VR.OB));
        assertThat(row("Philips Imaging DD 129", 0x2001, 0x00)).isEqualTo(Set.of(VR.SQ));
        assertThat(row("Philips ST80i", 0x0025, 0x01)).isEqualTo(Set.of(VR.OW));
    }

    @Test
    void rows_absent_from_the_standard_are_absent_here() {
        // SIEMENS MR HEADER (0019,xx0B) Slice Measurement Duration was in the hand-typed list but is in no source.
        assertThat(safe.isSafe("SIEMENS MR HEADER", 0x0019100B, VR.DS)).isFalse();
        // No VR in the standard: left out (see the resource header).
        assertThat(safe.isSafe("SIEMENS Ultrasound SC2000", 0x01191011, VR.UN)).isFalse();
        // Listed elements of one creator are not safe under another, nor in another group.
        assertThat(safe.isSafe("GEMS_ACQU_02", 0x00191023, VR.DS)).isFalse();
        assertThat(safe.isSafe("GEMS_ACQU_01", 0x00211023, VR.DS)).isFalse();
    }

    @Test
    void the_block_byte_does_not_matter_only_the_low_byte() {
        assertThat(safe.isSafe("GEMS_ACQU_01", 0x00191023, VR.DS)).isTrue();
        assertThat(safe.isSafe("GEMS_ACQU_01", 0x0019A723, VR.DS)).isTrue();
        assertThat(safe.isSafe("GEMS_ACQU_01", 0x00191024, VR.DS)).isTrue();
        assertThat(safe.isSafe("GEMS_ACQU_01", 0x00191002, VR.SL)).isFalse();
    }

    @Test
    void creator_padding_and_case_are_ignored() {
        assertThat(safe.isSafe("GEMS_ACQU_01 ", 0x00191023, VR.DS)).isTrue();
        assertThat(safe.isSafe("PHILIPS MR IMAGING DD 001", 0x2005100E, VR.FL)).isTrue();
    }

    @Test
    void a_vr_the_table_does_not_give_means_a_reused_slot() {
        assertThat(safe.isSafe("GEMS_ACQU_01", 0x00191023, VR.LO)).isFalse();
        assertThat(safe.isSafe("Philips Imaging DD 001", 0x2001107D, VR.OB)).isTrue();
        assertThat(safe.isSafe("Philips Imaging DD 001", 0x2001107D, VR.OW)).isTrue();
        assertThat(safe.isSafe("Philips Imaging DD 001", 0x2001107D, VR.OF)).isFalse();
    }

    @Test
    void un_is_accepted_for_values_but_not_for_sequences_that_cannot_be_walked() {
        assertThat(safe.isSafe("GEMS_ACQU_01", 0x00191023, VR.UN)).isTrue();
        assertThat(safe.isSafe("Philips Imaging DD 129", 0x20019000, VR.UN)).isFalse();
        assertThat(safe.isSafe("Philips Imaging DD 129", 0x20019000, VR.SQ)).isTrue();
    }

    @Test
    void a_malformed_line_is_reported_with_its_number() {
        assertThatThrownBy(() -> SafePrivateRow.parse("GEMS_ACQU_01\t0019\t23\tDS", 7))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 7");
        assertThatThrownBy(() -> SafePrivateRow.parse("GEMS_ACQU_01\t00G9\t23\tDS\tx", 9))
                .hasMessageContaining("line 9")
                .hasMessageContaining("00G9");
        assertThatThrownBy(() -> SafePrivateRow.parse("GEMS_ACQU_01\t0019\t23\tDS/XY\tx", 11))
                .hasMessageContaining("line 11")
                .hasMessageContaining("no such VR: XY");
    }

    private Set<VR> row(String creator, int group, int element) {
        return rows.stream()
                .filter(r -> r.creator().equals(creator) && r.group() == group && r.elementLowByte() == element)
                .map(SafePrivateRow::vrs)
                .findFirst()
                .orElseThrow(() -> new AssertionError(creator + " not listed"));
    }
}
