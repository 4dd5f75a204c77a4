package com.medvisionlab.deid.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileTableTest {

    private final ProfileTable table = ProfileTable.standard();

    @Test
    void checked_in_resource_is_what_the_generator_makes_from_the_shared_standard_json() throws Exception {
        assumeTrue(Files.isDirectory(ProfileTableGenerator.STANDARD_DIR), "../shared/dicom-standard absent");
        String regenerated = ProfileTableGenerator.generate(ProfileTableGenerator.STANDARD_DIR);
        assertThat(Files.readString(ProfileTableGenerator.RESOURCE, StandardCharsets.UTF_8))
                .isEqualTo(regenerated);
    }

    @Test
    void has_every_row_of_the_2024b_table() {
        assertThat(table.size()).isEqualTo(621);
    }

    @Test
    void looks_up_exact_tags_with_their_basic_action_and_keyword() {
        ProfileRow name = table.row(0x00100010).orElseThrow();
        assertThat(name.keyword()).isEqualTo("PatientName");
        assertThat(name.basic()).isEqualTo(ProfileAction.Z);
        assertThat(table.row(0x00080018).orElseThrow().basic()).isEqualTo(ProfileAction.U);
        assertThat(table.row(0x00280010)).as("Rows is not in the table").isEmpty();
    }

    @Test
    void repeating_group_rows_match_every_overlay_and_curve_group() {
        assertThat(table.row(0x60003000).orElseThrow().keyword()).isEqualTo("OverlayData");
        assertThat(table.row(0x601E3000).orElseThrow().keyword()).isEqualTo("OverlayData");
        assertThat(table.row(0x60024000).orElseThrow().keyword()).isEqualTo("OverlayComments");
        assertThat(table.row(0x50000010).orElseThrow().keyword()).isEqualTo("CurveData");
        assertThat(table.row(0x60000010)).as("Overlay Rows is not listed").isEmpty();
    }

    @Test
    void odd_groups_are_private_and_map_to_the_private_row() {
        ProfileRow row = table.row(0x00091001).orElseThrow();
        assertThat(row.basic()).isEqualTo(ProfileAction.X);
        assertThat(row.option(ProfileColumn.RETAIN_SAFE_PRIVATE)).contains(ProfileAction.C);
        assertThat(table.row(0x00290010)).contains(row);
        assertThat(table.row(0x00080018)).isPresent().get().isNotEqualTo(row);
    }

    @Test
    void combined_codes_resolve_to_the_choice_valid_for_the_strictest_type() {
        ActionResolver basic = new ActionResolver(Set.of());
        assertThat(basic.resolve(table.row(0x00080022).orElseThrow()).treatment())
                .as("Acquisition Date X/Z")
                .isEqualTo(Treatment.EMPTY);
        assertThat(basic.resolve(table.row(0x00080080).orElseThrow()).treatment())
                .as("Institution Name X/Z/D")
                .isEqualTo(Treatment.DUMMY);
        assertThat(basic.resolve(table.row(0x00080023).orElseThrow()).treatment())
                .as("Content Date Z/D")
                .isEqualTo(Treatment.DUMMY);
        assertThat(basic.resolve(table.row(0x00081140).orElseThrow()).treatment())
                .as("Referenced Image Seq X/Z/U*")
                .isEqualTo(Treatment.REMAP_UID);
        assertThat(basic.resolve(table.row(0x00100040).orElseThrow()).treatment())
                .as("Patient's Sex Z")
                .isEqualTo(Treatment.EMPTY);
    }

    @Test
    void an_active_option_column_overrides_the_basic_profile() {
        ActionResolver patientChars = new ActionResolver(EnumSet.of(ProfileColumn.RETAIN_PATIENT_CHARACTERISTICS));
        assertThat(patientChars.resolve(table.row(0x00101010).orElseThrow()).treatment())
                .as("Patient's Age")
                .isEqualTo(Treatment.KEEP);
        ActionResolver uids = new ActionResolver(EnumSet.of(ProfileColumn.RETAIN_UIDS));
        assertThat(uids.resolve(table.row(0x00080018).orElseThrow()).treatment())
                .isEqualTo(Treatment.KEEP);
    }

    @Test
    void clean_wins_over_keep_when_two_active_options_disagree() {
        ActionResolver both = new ActionResolver(
                EnumSet.of(ProfileColumn.RETAIN_DEVICE_IDENTITY, ProfileColumn.RETAIN_LONGITUDINAL_MODIFIED_DATES));
        Resolution r = both.resolve(table.row(0x00181200).orElseThrow()); // Date of Last Calibration
        assertThat(r.treatment()).isEqualTo(Treatment.CLEAN);
        assertThat(r.decidedBy()).contains(ProfileColumn.RETAIN_LONGITUDINAL_MODIFIED_DATES);
    }
}
