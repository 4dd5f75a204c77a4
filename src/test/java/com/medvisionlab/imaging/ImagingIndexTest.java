package com.medvisionlab.imaging;

import static com.medvisionlab.imaging.TestObjects.object;
import static com.medvisionlab.imaging.TestObjects.sample;
import static com.medvisionlab.imaging.TestObjects.storedAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.TestFiles;
import com.medvisionlab.imaging.IndexResult.Conflict;
import com.medvisionlab.imaging.IndexResult.Outcome;
import com.medvisionlab.imaging.InstanceAttributes.PixelSpacing;
import com.medvisionlab.imaging.InstanceAttributes.Rescale;
import com.medvisionlab.imaging.InstanceAttributes.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Indexing the shared samples. Expected values were read from the files with dcmtk's {@code dcmdump}, not with the
 * project's own reader.
 */
@ImagingSliceTest
class ImagingIndexTest {

    @Autowired
    ImagingIndex index;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_ct_slice_is_indexed_with_its_uids_geometry_and_rescale() {
        var ct = sample(TestFiles.get("CT_small.dcm"));

        var result = index.index(ct.dataset(), ct.stored());

        assertThat(result.outcome()).isEqualTo(Outcome.INDEXED);
        var instance = index.instance("1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322")
                .orElseThrow();
        assertThat(instance.studyInstanceUid()).isEqualTo("1.3.6.1.4.1.5962.1.2.1.20040119072730.12322");
        assertThat(instance.seriesInstanceUid()).isEqualTo("1.3.6.1.4.1.5962.1.3.1.1.20040119072730.12322");
        var a = instance.attributes();
        assertThat(a.sopClassUid()).isEqualTo("1.2.840.10008.5.1.4.1.1.2");
        assertThat(a.rows()).isEqualTo(OptionalInt.of(128));
        assertThat(a.columns()).isEqualTo(OptionalInt.of(128));
        assertThat(a.numberOfFrames()).isEqualTo(OptionalInt.of(1));
        assertThat(a.bitsAllocated()).isEqualTo(OptionalInt.of(16));
        assertThat(a.bitsStored()).isEqualTo(OptionalInt.of(16));
        assertThat(a.pixelRepresentation()).isEqualTo(OptionalInt.of(1));
        assertThat(a.photometricInterpretation()).contains("MONOCHROME2");
        assertThat(a.pixelSpacing()).contains(new PixelSpacing(0.661468, 0.661468));
        assertThat(a.sliceThickness()).isEqualTo(OptionalDouble.of(5.0));
        assertThat(a.sliceLocation()).isEqualTo(OptionalDouble.of(-77.2040634155));
        assertThat(a.window()).isEmpty();
        assertThat(a.rescale()).contains(new Rescale(1, -1024));
        assertThat(instance.stored()).isEqualTo(ct.stored());
        assertThat(instance.stored().transferSyntaxUid()).isEqualTo("1.2.840.10008.1.2.1");

        var study = index.study(instance.studyInstanceUid()).orElseThrow();
        assertThat(study.attributes().patientId()).contains("1CT1");
        assertThat(study.attributes().patientName()).contains("CompressedSamples^CT1");
        assertThat(study.attributes().studyDate()).contains(LocalDate.of(2004, 1, 19));
        assertThat(study.attributes().studyTime()).contains(LocalTime.of(7, 27, 30));
        assertThat(study.attributes().accessionNumber()).isEmpty();
        assertThat(study.attributes().studyDescription()).contains("e+1");
        assertThat(study.modalitiesInStudy()).containsExactly("CT");
        assertThat(study.numberOfSeries()).isEqualTo(1);
        assertThat(study.numberOfInstances()).isEqualTo(1);
        assertThat(study.collectionId()).isEmpty();
        assertThat(study.createdAt()).isEqualTo(ImagingSliceTest.NOW);
    }

    @Test
    void a_multi_frame_nuclear_medicine_image_keeps_its_frame_count_body_part_and_window() {
        var nm = sample(TestFiles.get("NM-MONO2-16-13x-heart.dcm"));

        index.index(nm.dataset(), nm.stored());

        var instance = index.instance("2.16.840.1.113662.5.8796818449476.121423489.1.1.3101.5309511143")
                .orElseThrow();
        var a = instance.attributes();
        assertThat(a.numberOfFrames()).isEqualTo(OptionalInt.of(13));
        assertThat(a.rows()).isEqualTo(OptionalInt.of(64));
        assertThat(a.columns()).isEqualTo(OptionalInt.of(64));
        assertThat(a.pixelRepresentation()).isEqualTo(OptionalInt.of(0));
        assertThat(a.pixelSpacing()).contains(new PixelSpacing(3.11583, 3.11583));
        assertThat(a.window()).contains(new Window(70, 141));
        var series = index.series(instance.seriesInstanceUid()).orElseThrow();
        assertThat(series.attributes().modality()).contains("NM");
        assertThat(series.attributes().bodyPartExamined()).contains("HEART");
        assertThat(index.study(instance.studyInstanceUid())
                        .orElseThrow()
                        .attributes()
                        .studyDate())
                .isEmpty();
    }

    @Test
    void an_mr_image_keeps_its_first_window_and_spacing_and_a_colour_image_its_photometric_interpretation() {
        var mr = sample(TestFiles.get("MR_small.dcm"));
        var rgb = sample(TestFiles.get("SC_rgb.dcm"));

        index.index(mr.dataset(), mr.stored());
        index.index(rgb.dataset(), rgb.stored());

        var mrInstance = index.instance("1.3.6.1.4.1.5962.1.1.4.1.1.20040826185059.5457")
                .orElseThrow()
                .attributes();
        assertThat(mrInstance.window()).contains(new Window(600, 1600));
        assertThat(mrInstance.pixelSpacing()).contains(new PixelSpacing(0.3125, 0.3125));
        assertThat(mrInstance.sliceThickness()).isEqualTo(OptionalDouble.of(0.8));
        var rgbInstance = index.instance("1.2.826.0.1.3680043.8.498.49043964482360854182530167603505525116")
                .orElseThrow()
                .attributes();
        assertThat(rgbInstance.photometricInterpretation()).contains("RGB");
        assertThat(rgbInstance.bitsAllocated()).isEqualTo(OptionalInt.of(8));
        assertThat(rgbInstance.rows()).isEqualTo(OptionalInt.of(100));
        assertThat(rgbInstance.sopClassUid()).isEqualTo("1.2.840.10008.5.1.4.1.1.7");
    }

    @Test
    void a_structured_report_is_indexed_without_image_attributes() {
        var sr = sample(TestFiles.get("test-SR.dcm"));

        index.index(sr.dataset(), sr.stored());

        var instance = index.instance("1.2.276.0.7230010.3.1.4.2139363186.7819.982086466.4")
                .orElseThrow();
        assertThat(instance.attributes().sopClassUid()).isEqualTo("1.2.840.10008.5.1.4.1.1.88.33");
        assertThat(instance.attributes().rows()).isEmpty();
        assertThat(instance.attributes().numberOfFrames()).isEmpty();
        assertThat(instance.attributes().pixelSpacing()).isEmpty();
        var series = index.series(instance.seriesInstanceUid()).orElseThrow();
        assertThat(series.attributes().modality()).contains("SR");
        assertThat(series.attributes().seriesDescription()).contains("Demonstration of SR Features");
    }

    @Test
    void a_sixteen_slice_series_is_counted_once_per_slice_and_its_middle_slice_represents_it() throws IOException {
        List<Path> slices = wristSlices();
        slices.forEach(file -> {
            var slice = sample(file);
            assertThat(index.index(slice.dataset(), slice.stored()).outcome()).isEqualTo(Outcome.INDEXED);
        });

        var study = index.study("1.113654.3.13.1026").orElseThrow();
        assertThat(study.numberOfSeries()).isEqualTo(1);
        assertThat(study.numberOfInstances()).isEqualTo(16);
        assertThat(study.attributes().accessionNumber()).contains("MOF5026");
        assertThat(study.attributes().studyDescription()).contains("LEFT WRIST");
        var series = index.series("1.113654.5.14.1035").orElseThrow();
        assertThat(series.numberOfInstances()).isEqualTo(16);
        assertThat(series.attributes().seriesNumber()).isEqualTo(OptionalInt.of(107));
        // instance numbers 1..16: the ninth (offset 16 / 2) is MR09
        assertThat(series.representativeSopInstanceUid()).contains("1.113654.5.15.1519");
        var first = index.instance("1.113654.5.15.1504").orElseThrow().attributes();
        assertThat(first.rows()).isEqualTo(OptionalInt.of(256));
        assertThat(first.pixelSpacing()).contains(new PixelSpacing(0.234375, 0.234375));
        assertThat(first.window()).contains(new Window(844, 2677));
    }

    @Test
    void indexing_the_same_objects_again_changes_nothing() throws IOException {
        List<Path> slices = wristSlices();
        slices.forEach(file -> index.index(sample(file).dataset(), sample(file).stored()));
        var before = tableCounts();

        for (Path file : slices) {
            var again = sample(file);
            assertThat(index.index(again.dataset(), again.stored()).outcome()).isEqualTo(Outcome.ALREADY_PRESENT);
        }

        assertThat(tableCounts()).isEqualTo(before);
        assertThat(index.study("1.113654.3.13.1026").orElseThrow().numberOfInstances())
                .isEqualTo(16);
        assertThat(index.series("1.113654.5.14.1035").orElseThrow().numberOfInstances())
                .isEqualTo(16);
    }

    @Test
    void different_content_under_a_known_sop_instance_uid_is_refused_and_nothing_changes() {
        var ct = sample(TestFiles.get("CT_small.dcm"));
        index.index(ct.dataset(), ct.stored());
        var before = tableCounts();
        Dataset altered = ct.dataset().deepCopy();
        altered.setString(Tags.StudyDescription, VR.LO, "altered");
        altered.setString(Tags.SeriesInstanceUID, VR.UI, "1.2.3.999");

        var result = index.index(altered, storedAs("altered CT"));

        assertThat(result.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(result.conflict()).contains(Conflict.DIFFERENT_CONTENT_UNDER_SOP_INSTANCE_UID);
        assertThat(tableCounts()).isEqualTo(before);
        var kept = index.instance(result.sopInstanceUid()).orElseThrow();
        assertThat(kept.stored()).isEqualTo(ct.stored());
        assertThat(kept.seriesInstanceUid()).isEqualTo("1.3.6.1.4.1.5962.1.3.1.1.20040119072730.12322");
        assertThat(index.study(result.studyInstanceUid())
                        .orElseThrow()
                        .attributes()
                        .studyDescription())
                .contains("e+1");
    }

    @Test
    void a_known_series_under_another_study_is_refused_and_no_study_is_created() {
        index.index(object("1.2.3.1", "1.2.3.1.1", "1.2.3.1.1.1"), storedAs("first"));
        var before = tableCounts();

        var result = index.index(object("1.2.3.2", "1.2.3.1.1", "1.2.3.1.1.2"), storedAs("second"));

        assertThat(result.outcome()).isEqualTo(Outcome.CONFLICT);
        assertThat(result.conflict()).contains(Conflict.SERIES_BELONGS_TO_ANOTHER_STUDY);
        assertThat(tableCounts()).isEqualTo(before);
        assertThat(index.study("1.2.3.2")).isEmpty();
        assertThat(index.instance("1.2.3.1.1.2")).isEmpty();
    }

    @Test
    void a_new_series_adds_to_the_study_counts_and_its_modality_to_modalities_in_study() {
        Dataset ct = object("1.2.4.1", "1.2.4.1.1", "1.2.4.1.1.1");
        ct.setString(Tags.Modality, VR.CS, "CT");
        Dataset sr = object("1.2.4.1", "1.2.4.1.2", "1.2.4.1.2.1");
        sr.setString(Tags.Modality, VR.CS, "SR");
        Dataset ct2 = object("1.2.4.1", "1.2.4.1.1", "1.2.4.1.1.2");
        ct2.setString(Tags.Modality, VR.CS, "CT");

        index.index(sr, storedAs("sr"));
        index.index(ct, storedAs("ct"));
        index.index(ct2, storedAs("ct2"));

        var study = index.study("1.2.4.1").orElseThrow();
        assertThat(study.modalitiesInStudy()).containsExactly("CT", "SR");
        assertThat(study.numberOfSeries()).isEqualTo(2);
        assertThat(study.numberOfInstances()).isEqualTo(3);
        assertThat(index.series("1.2.4.1.1").orElseThrow().numberOfInstances()).isEqualTo(2);
    }

    @Test
    void an_object_without_a_study_instance_uid_is_refused_with_the_missing_attribute_named() {
        Dataset noStudy = object("1.2.5.1", "1.2.5.1.1", "1.2.5.1.1.1");
        noStudy.remove(Tags.StudyInstanceUID);

        assertThatThrownBy(() -> index.index(noStudy, storedAs("no study")))
                .isInstanceOf(UnindexableObjectException.class)
                .hasMessageContaining("Study Instance UID (0020,000D)");
        assertThat(index.instance("1.2.5.1.1.1")).isEmpty();
    }

    @Test
    void a_recorded_thumbnail_is_returned_with_its_series() {
        index.index(object("1.2.6.1", "1.2.6.1.1", "1.2.6.1.1.1"), storedAs("thumb source"));

        assertThat(index.recordThumbnail("1.2.6.1.1", new IndexedSeries.Thumbnail("thumbs/1.2.6.1.1.png", 2048)))
                .isTrue();
        assertThat(index.recordThumbnail("9.9.9", new IndexedSeries.Thumbnail("thumbs/none.png", 1)))
                .isFalse();

        var series = index.series("1.2.6.1.1").orElseThrow();
        assertThat(series.thumbnail()).contains(new IndexedSeries.Thumbnail("thumbs/1.2.6.1.1.png", 2048));
        assertThat(series.representativeSopInstanceUid()).contains("1.2.6.1.1.1");
    }

    private static List<Path> wristSlices() throws IOException {
        Path dir = TestFiles.get("series/MR-wrist-16-slices/MR01.dcm").getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".dcm")).sorted().toList();
        }
    }

    private List<Long> tableCounts() {
        return Stream.of("study", "series", "instance")
                .map(table -> jdbc.sql("SELECT COUNT(*) FROM " + table)
                        .query(Long.class)
                        .single())
                .toList();
    }
}
