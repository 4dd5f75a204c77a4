package com.medvisionlab.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.deid.DeidConfig;
import com.medvisionlab.deid.DeidPreset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.ReadOptions;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.ingest.IngestOutcome.AlreadyPresent;
import com.medvisionlab.ingest.IngestOutcome.Rejected;
import com.medvisionlab.ingest.IngestOutcome.RejectionCause;
import com.medvisionlab.ingest.IngestOutcome.Stored;
import com.medvisionlab.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One file at a time through the whole path: the portal's context, H2, the encrypted store under target/. */
@SpringBootTest(properties = "medvision.ingest.max-file-size=2MB")
class IngestServiceTest {

    static final IngestSettings TEACHING = new IngestSettings(DeidConfig.of(DeidPreset.TEACHING), "tester");

    @Autowired
    Ingestion ingestion;

    @Autowired
    ImagingIndex index;

    @Autowired
    BlobStore blobs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_dicom_slice_is_de_identified_stored_encrypted_indexed_and_audited() throws IOException {
        var slice = SyntheticUploads.ct(1);

        var outcome = ingestion.ingest(new IncomingFile("QUIXBLATT_ZEPHYRINA.dcm", slice.bytes()), TEACHING);

        assertThat(outcome).isInstanceOf(Stored.class);
        var ids = ((Stored) outcome).ids();
        assertThat(ids.sopInstanceUid()).isNotEqualTo(slice.originalSopUid());
        var instance = index.instance(ids.sopInstanceUid()).orElseThrow();
        assertThat(instance.studyInstanceUid()).isEqualTo(ids.studyInstanceUid());
        var study = index.study(ids.studyInstanceUid()).orElseThrow();
        assertThat(study.attributes().patientName()).isPresent().get().isNotEqualTo(SyntheticUploads.PLANTED_NAME);
        assertThat(study.attributes().patientId()).isPresent().get().isNotEqualTo(SyntheticUploads.PLANTED_ID);

        byte[] stored;
        try (InputStream in = blobs.get(instance.stored().blobKey())) {
            stored = in.readAllBytes();
        }
        assertThat(stored).hasSize((int) instance.stored().size());
        assertThat(Part10.sha256(stored)).isEqualTo(instance.stored().sha256());
        assertThat(contains(stored, SyntheticUploads.PLANTED_NAME.getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(contains(stored, SyntheticUploads.PLANTED_ID.getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        DicomFile read = DicomReader.read(new java.io.ByteArrayInputStream(stored), "blob", ReadOptions.defaults());
        assertThat(read.dataset().getString(Tags.PatientIdentityRemoved)).contains("YES");
        assertThat(read.dataset().getBytes(Tags.PixelData)).get().isEqualTo(slice.pixels());

        var series = index.series(ids.seriesInstanceUid()).orElseThrow();
        assertThat(series.thumbnail()).isPresent();
        assertThat(blobs.exists(series.thumbnail().get().blobKey())).isTrue();

        assertThat(auditRows("INGEST_STORED", ids.sopInstanceUid())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT details FROM audit_event WHERE target_id = ?")
                        .param(ids.sopInstanceUid())
                        .query(String.class)
                        .single())
                .doesNotContain("QUIXBLATT")
                .doesNotContain(slice.originalSopUid());
    }

    @Test
    void the_same_file_again_is_already_present_and_writes_nothing() throws IOException {
        var slice = SyntheticUploads.ct(2);
        var first = (Stored) ingestion.ingest(new IncomingFile("a.dcm", slice.bytes()), TEACHING);
        String studyPrefix = "studies/" + first.ids().studyInstanceUid() + "/";
        var blobsBefore = blobs.list(studyPrefix);

        var again = ingestion.ingest(new IncomingFile("a-again.dcm", slice.bytes()), TEACHING);

        assertThat(again).isEqualTo(new AlreadyPresent("a-again.dcm", first.ids()));
        assertThat(blobs.list(studyPrefix)).isEqualTo(blobsBefore).hasSize(1);
        assertThat(auditRows("INGEST_ALREADY_PRESENT", first.ids().sopInstanceUid()))
                .isEqualTo(1);
    }

    @Test
    void another_object_under_a_known_instance_uid_is_a_conflict_and_leaves_the_stored_one_alone() throws IOException {
        var original = SyntheticUploads.ct(3);
        var first = (Stored) ingestion.ingest(new IncomingFile("a.dcm", original.bytes()), TEACHING);
        String studyPrefix = "studies/" + first.ids().studyInstanceUid() + "/";
        var blobsBefore = blobs.list(studyPrefix);
        var read = DicomReader.read(
                new java.io.ByteArrayInputStream(original.bytes()), "original", ReadOptions.defaults());
        var sameUidsOtherPixels = SyntheticUploads.ct(
                read.dataset().getString(Tags.StudyInstanceUID).orElseThrow(),
                read.dataset().getString(Tags.SeriesInstanceUID).orElseThrow(),
                original.originalSopUid(),
                99);

        var outcome = ingestion.ingest(new IncomingFile("b.dcm", sameUidsOtherPixels.bytes()), TEACHING);

        assertThat(outcome).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.cause()).isEqualTo(RejectionCause.CONFLICT);
            assertThat(r.reason().messageKey()).isEqualTo(IngestReasons.CONFLICT);
        });
        assertThat(blobs.list(studyPrefix)).isEqualTo(blobsBefore);
        assertThat(index.instance(first.ids().sopInstanceUid())
                        .orElseThrow()
                        .stored()
                        .blobKey())
                .isEqualTo(blobsBefore.getFirst());
    }

    @Test
    void bytes_that_are_neither_dicom_nor_an_image_are_rejected_and_nothing_is_stored() throws IOException {
        int blobsBefore = blobs.list("").size();
        long rejectedBefore = auditRows("INGEST_REJECTED");

        var text = ingestion.ingest(
                new IncomingFile("notes.txt", "hello, not an image".getBytes(StandardCharsets.UTF_8)), TEACHING);
        byte[] truncated = Arrays.copyOf(SyntheticUploads.ct(4).bytes(), 300);
        var broken = ingestion.ingest(new IncomingFile("broken.dcm", truncated), TEACHING);
        byte[] badPng = Arrays.copyOf(SyntheticUploads.png(40, 30), 60);
        var badImage = ingestion.ingest(new IncomingFile("broken.png", badPng), TEACHING);

        assertThat(text)
                .isEqualTo(new Rejected(
                        "notes.txt", RejectionCause.UNREADABLE, IngestReason.of(IngestReasons.NOT_SUPPORTED)));
        assertThat(broken)
                .isEqualTo(new Rejected(
                        "broken.dcm", RejectionCause.UNREADABLE, IngestReason.of(IngestReasons.UNREADABLE_DICOM)));
        assertThat(badImage)
                .isEqualTo(new Rejected(
                        "broken.png", RejectionCause.UNREADABLE, IngestReason.of(IngestReasons.UNREADABLE_IMAGE)));
        assertThat(blobs.list("").size()).isEqualTo(blobsBefore);
        assertThat(auditRows("INGEST_REJECTED")).isEqualTo(rejectedBefore + 3);
    }

    @Test
    void a_file_over_the_size_limit_is_rejected_before_it_is_read() throws IOException {
        int blobsBefore = blobs.list("").size();

        var outcome = ingestion.ingest(new IncomingFile("huge.dcm", new byte[3 * 1024 * 1024]), TEACHING);

        assertThat(outcome)
                .isEqualTo(new Rejected(
                        "huge.dcm",
                        RejectionCause.TOO_LARGE,
                        IngestReason.of(IngestReasons.TOO_LARGE, "3 MB", "2 MB")));
        assertThat(blobs.list("").size()).isEqualTo(blobsBefore);
    }

    @Test
    void a_photo_becomes_a_secondary_capture_in_the_study_of_its_batch() throws IOException {
        var batch = new IngestSettings(DeidConfig.of(DeidPreset.TEACHING), "tester");

        var first = ingestion.ingest(new IncomingFile("ward.png", SyntheticUploads.png(120, 90)), batch);
        var second = ingestion.ingest(new IncomingFile("ward2.png", SyntheticUploads.png(90, 120)), batch);

        assertThat(first).isInstanceOf(Stored.class);
        assertThat(second).isInstanceOf(Stored.class);
        var a = ((Stored) first).ids();
        var b = ((Stored) second).ids();
        assertThat(a.sopClassUid()).isEqualTo(PhotoCapture.SECONDARY_CAPTURE_IMAGE_STORAGE);
        assertThat(b.studyInstanceUid()).isEqualTo(a.studyInstanceUid());
        assertThat(b.seriesInstanceUid()).isEqualTo(a.seriesInstanceUid());
        assertThat(b.sopInstanceUid()).isNotEqualTo(a.sopInstanceUid());
        var instance = index.instance(a.sopInstanceUid()).orElseThrow();
        assertThat(instance.attributes().rows()).hasValue(90);
        assertThat(instance.attributes().columns()).hasValue(120);
        assertThat(index.study(a.studyInstanceUid()).orElseThrow().numberOfSeries())
                .isEqualTo(1);
    }

    private long auditRows(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = ?")
                .param(action)
                .query(Long.class)
                .single();
    }

    private long auditRows(String action, String target) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = ? AND target_id = ?")
                .param(action)
                .param(target)
                .query(Long.class)
                .single();
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
