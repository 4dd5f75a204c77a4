package com.medvisionlab.demo.phantom;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.deid.DeidConfig;
import com.medvisionlab.deid.DeidEngine;
import com.medvisionlab.deid.DeidPreset;
import com.medvisionlab.deid.DeidResult;
import com.medvisionlab.deid.consistency.DeidSecret;
import com.medvisionlab.deid.consistency.MappingStore;
import com.medvisionlab.deid.dicompixels.DicomPixelCleaner;
import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo goes through the teaching preset like real data: its invented identifiers are removed, and its pixels
 * (no burned-in text) come through with nothing redacted, so nothing waits for a reviewer before publication.
 */
class GeneratedImagesDeidTest {

    private static final DeidSecret SECRET =
            DeidSecret.fromMaterial("demo-phantom-test-secret-0123456".getBytes(StandardCharsets.UTF_8));

    @Test
    void radiograph_and_a_ct_slice_pass_the_teaching_preset_without_redaction() {
        try (var cleaner = DicomPixelCleaner.standard(DicomPixelCleaner.Settings.defaults())) {
            var engine = new DeidEngine(SECRET, MappingStore.inMemory(SECRET), cleaner);
            check(engine, ChestRadiograph.generate(), SyntheticPatient.CXR);
            check(engine, CtPhantom.slice(CtPhantom.SLICE_COUNT / 2), SyntheticPatient.CT);
        }
    }

    private static void check(DeidEngine engine, GeneratedObject object, SyntheticPatient patient) {
        DicomFile file = object.file();
        int[] samplesBefore = PixelFrames.of(file).frame(0).samples().clone();
        DeidResult result = engine.deidentify(file, DeidConfig.of(DeidPreset.TEACHING));
        assertThat(result.quarantined())
                .as(object.name() + ": " + result.blockingReasons())
                .isFalse();
        assertThat(result.redactedAreas()).as(object.name()).isEmpty();
        assertThat(result.boxesRedacted()).isZero();
        for (String identifier : List.of(patient.patientId(), patient.name())) {
            assertThat(file.dataset().getString(Tags.PatientName).orElse("")).doesNotContain(identifier);
            assertThat(file.dataset().getString(Tags.PatientID).orElse("")).isNotEqualTo(identifier);
        }
        assertThat(file.dataset().getString(Tags.InstitutionName).orElse("")).isNotEqualTo(patient.institution());
        // lossless: the pixel samples survive unchanged
        assertThat(PixelFrames.of(file).frame(0).samples()).isEqualTo(samplesBefore);
    }
}
