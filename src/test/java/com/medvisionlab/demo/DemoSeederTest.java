package com.medvisionlab.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.medvisionlab.course.CaseFilter;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseView;
import com.medvisionlab.demo.phantom.CtPhantom;
import com.medvisionlab.demo.phantom.Lesion;
import com.medvisionlab.demo.phantom.SyntheticPatient;
import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.ReadOptions;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fresh install seeds the demo on start; guests see it; a second run seeds nothing. */
@SpringBootTest(properties = "medvision.demo.seed=true")
class DemoSeederTest {

    @Autowired
    DemoSeeder seeder;

    @Autowired
    CaseService cases;

    @Autowired
    ImagingIndex index;

    @Autowired
    BlobStore blobs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_start_seeded_a_published_bilingual_demo_that_guests_see_and_a_second_run_adds_nothing() {
        long courseId = seeder.demoCourseId().orElseThrow(() -> new AssertionError("not seeded on start"));

        // as a guest (no authentication): the four demo cases, two per language
        List<CaseView> demo = cases.demoCases(CaseFilter.ALL);
        assertThat(demo)
                .hasSize(4)
                .allSatisfy(c -> assertThat(c.published() && c.demo()).isTrue());
        assertThat(cases.demoCases(CaseFilter.text("zh"))).hasSize(2);
        assertThat(demo).anySatisfy(c -> assertThat(c.content().title()).contains("肺结节"));
        assertThat(demo).allSatisfy(c -> {
            assertThat(c.content().suggestedQuestions()).isNotEmpty();
            assertThat(c.content().findings()).isNotEmpty();
            assertThat(c.content().teachingPoints()).isNotBlank();
        });

        long studies = count("study");
        long instances = count("instance");
        long courses = count("course");
        assertThat(seeder.seedIfFresh()).isEqualTo(courseId);
        assertThat(count("study")).isEqualTo(studies);
        assertThat(count("instance")).isEqualTo(instances);
        assertThat(count("course")).isEqualTo(courses);
        // the database may hold other tests' studies (PostgreSQL): count those of the demo cases
        var demoStudies = demo.stream()
                .map(c -> java.util.Objects.requireNonNull(c.content().studyInstanceUid()))
                .distinct()
                .toList();
        assertThat(demoStudies.stream()
                        .mapToLong(uid -> index.study(uid).orElseThrow().numberOfInstances())
                        .sum())
                .isEqualTo(CtPhantom.SLICE_COUNT + 1);
    }

    @Test
    void the_stored_key_image_is_de_identified_and_keeps_the_lesion_facts() throws IOException {
        seeder.seedIfFresh();
        CaseView ctCase = cases.demoCases(CaseFilter.text("ct")).getFirst();
        Lesion solid = CtPhantom.LESIONS.getFirst();
        String keyImage = ctCase.content().findings().getFirst().keyImageUid();
        var instance = index.instance(keyImage).orElseThrow();
        byte[] stored;
        try (InputStream in = blobs.get(instance.stored().blobKey())) {
            stored = in.readAllBytes();
        }
        var file = DicomReader.read(
                new java.io.ByteArrayInputStream(stored),
                "key image",
                ReadOptions.builder().loadAllValues().build());
        var ds = file.dataset();
        assertThat(ds.getString(Tags.PatientName).orElse("")).isNotEqualTo(SyntheticPatient.CT.name());
        assertThat(ds.getString(Tags.PatientID).orElse("")).isNotEqualTo(SyntheticPatient.CT.patientId());
        assertThat(ds.getString(Tags.PatientIdentityRemoved)).hasValue("YES");

        // the lesion's mean HU on its key slice, with the stored header's own geometry
        int[] samples = PixelFrames.of(file).frame(0).samples();
        double[] origin = ds.getDoubles(Tags.ImagePositionPatient);
        double spacing = ds.getDoubles(Tags.PixelSpacing)[0];
        double intercept = ds.getDoubles(Tags.RescaleIntercept)[0];
        double dz = origin[2] - solid.zMm();
        double inPlane = Math.sqrt(solid.radiusMm() * solid.radiusMm() - dz * dz);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < samples.length; i++) {
            double x = origin[0] + (i % CtPhantom.COLUMNS) * spacing;
            double y = origin[1] + (i / CtPhantom.COLUMNS) * spacing;
            if (Math.hypot(x - solid.xMm(), y - solid.yMm()) <= inPlane) {
                sum += samples[i] + intercept;
                n++;
            }
        }
        assertThat(n).isGreaterThan(100);
        assertThat(sum / n).isCloseTo(solid.hu(), within(2.0));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
