package com.medvisionlab.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.MutableClock;
import com.medvisionlab.audit.AuditService;
import com.medvisionlab.base.JdbcSliceTest;
import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.StoredObject;
import com.medvisionlab.storage.BlobStore;
import com.medvisionlab.storage.BlobStores;
import com.medvisionlab.storage.Keyring;
import com.medvisionlab.storage.MasterKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.transaction.TestTransaction;

/**
 * The review with its real collaborators: the table rows, an encrypting directory blob store, the imaging index,
 * the engine's pixel cleaner and text detector, and the audit listener. Each test is rolled back (blobs are not:
 * every test class gets its own store directory).
 */
@JdbcSliceTest
@Import({
    RedactionReview.class,
    ReviewRows.class,
    ReviewBlobs.class,
    ResidualTextCheck.class,
    RedactionConfiguration.class
})
class RedactionReviewTest {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    static final Path STORE_ROOT = temporaryDirectory();

    @TestConfiguration
    @ComponentScan(
            basePackageClasses = {AuditService.class, ImagingIndex.class},
            // the imaging tests' own configurations live in that package too
            excludeFilters = @ComponentScan.Filter(TestConfiguration.class))
    static class Collaborators {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }

        @Bean
        BlobStore blobStore() {
            return BlobStores.encrypted(
                    BlobStores.filesystem(STORE_ROOT),
                    Keyring.of(MasterKey.fromBase64("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")));
        }
    }

    @Autowired
    RedactionReview review;

    @Autowired
    ImagingIndex index;

    @Autowired
    BlobStore store;

    @Autowired
    JdbcClient jdbc;

    QuarantinedSamples sample;

    @BeforeEach
    void plantBurnedInText() throws IOException {
        sample = QuarantinedSamples.withBurnedInName(Files.createTempDirectory("quarantined-sample"));
    }

    @Test
    void a_quarantined_object_is_pending_with_its_reasons_and_kept_only_encrypted() throws IOException {
        quarantine();

        assertThat(review.pending()).singleElement().satisfies(o -> {
            assertThat(o.sopInstanceUid()).isEqualTo(QuarantinedSamples.SOP);
            assertThat(o.reasons()).containsExactly("ingest.reason.burned-in-text");
            assertThat(o.quarantinedBy()).isEqualTo("uploader");
            assertThat(o.quarantinedAt()).isEqualTo(NOW);
            assertThat(o.state()).isEqualTo(QuarantineState.PENDING);
        });
        assertThat(store.list("quarantine/")).contains(quarantineKey());
        assertThat(sample.textFoundUnder(STORE_ROOT)).isFalse();
        // the probe itself finds the text in the object's plain bytes
        Path plain = Files.createTempDirectory("plain-object");
        Files.write(plain.resolve("object.dcm"), sample.part10());
        assertThat(sample.textFoundUnder(plain)).isTrue();
        assertThat(index.instance(QuarantinedSamples.SOP)).isEmpty();
        assertThat(auditActions()).containsExactly("OBJECT_QUARANTINED");
    }

    @Test
    void a_pending_quarantined_object_blocks_publication_of_its_study_only() {
        quarantine();

        assertThat(review.unconfirmedInstances(List.of(QuarantinedSamples.STUDY)))
                .containsExactly(QuarantinedSamples.SOP);
        assertThat(review.unconfirmedInstances(List.of("1.2.3.4"))).isEmpty();
        assertThat(review.unconfirmedInstances(List.of())).isEmpty();
    }

    @Test
    void release_without_boxes_is_refused_by_the_verification_and_stays_quarantined() {
        quarantine();

        var outcome = review.release(QuarantinedSamples.SOP, List.of(), "researcher");

        assertThat(outcome).isInstanceOf(ReviewOutcome.Refused.class);
        var reasons = ((ReviewOutcome.Refused) outcome).reasons();
        assertThat(reasons).isNotEmpty();
        assertThat(reasons).allSatisfy(r -> assertThat(r.key()).isEqualTo("redaction.verify.text-left"));
        // the text is pointed at: the first problem lies on the planted text
        var first = reasons.getFirst().arguments();
        var box = new java.awt.Rectangle(
                Integer.parseInt(first.get(1)),
                Integer.parseInt(first.get(2)),
                Integer.parseInt(first.get(3)),
                Integer.parseInt(first.get(4)));
        assertThat(box.intersects(sample.text())).isTrue();
        assertThat(review.quarantined(QuarantinedSamples.SOP).orElseThrow().state())
                .isEqualTo(QuarantineState.PENDING);
        assertThat(index.instance(QuarantinedSamples.SOP)).isEmpty();
        assertThat(review.unconfirmedInstances(List.of(QuarantinedSamples.STUDY)))
                .containsExactly(QuarantinedSamples.SOP);
        assertThat(auditActions()).containsExactly("OBJECT_QUARANTINED", "QUARANTINE_RELEASE_REFUSED");
    }

    @Test
    void release_with_boxes_over_the_text_stores_indexes_and_confirms_the_redacted_object() throws Exception {
        quarantine();

        var outcome = review.release(QuarantinedSamples.SOP, List.of(sample.cover()), "researcher");

        assertThat(outcome).isInstanceOf(ReviewOutcome.Done.class);
        // besides the areas, the cleaner says why the image was scanned ("text scan: ...")
        assertThat(((ReviewOutcome.Done) outcome)
                        .redactedAreas().stream()
                                .filter(line -> !line.startsWith("text scan:"))
                                .toList())
                .singleElement()
                .asString()
                .startsWith("pixels redacted")
                .endsWith("manual");
        var released = review.quarantined(QuarantinedSamples.SOP).orElseThrow();
        assertThat(released.state()).isEqualTo(QuarantineState.RELEASED);
        assertThat(released.decided())
                .hasValueSatisfying(d -> assertThat(d.by()).isEqualTo("researcher"));
        assertThat(released.boxes()).containsExactly(sample.cover());
        assertThat(review.pending()).isEmpty();
        assertThat(review.redacted(QuarantinedSamples.SOP).orElseThrow().state())
                .isEqualTo(ConfirmationState.CONFIRMED);
        assertThat(review.unconfirmedInstances(List.of(QuarantinedSamples.STUDY)))
                .isEmpty();

        var indexed = index.instance(QuarantinedSamples.SOP).orElseThrow();
        assertThat(indexed.studyInstanceUid()).isEqualTo(QuarantinedSamples.STUDY);
        byte[] stored;
        try (InputStream in = store.get(indexed.stored().blobKey())) {
            stored = in.readAllBytes();
        }
        assertThat(indexed.stored().sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(stored)));
        var file = BoxRedaction.read(stored);
        assertThat(file.dataset().getStrings(Tags.DeidentificationMethod))
                .anySatisfy(line -> assertThat(line).startsWith("pixels redacted"));
        var frame = PixelFrames.of(file).frame(0);
        var text = sample.text();
        for (int y = text.y; y < text.y + text.height; y++) {
            for (int x = text.x; x < text.x + text.width; x++) {
                assertThat(frame.sample(x, y, 0)).as("pixel %d,%d", x, y).isZero();
            }
        }
        assertThat(sample.textFoundUnder(STORE_ROOT)).isFalse();
        assertThat(auditActions())
                .containsExactly("OBJECT_QUARANTINED", "REDACTION_BOXES_CHANGED", "QUARANTINE_RELEASED");
    }

    @Test
    void an_identifier_found_in_the_header_cannot_be_cured_by_boxes() {
        review.quarantine(
                QuarantinedSamples.STUDY,
                QuarantinedSamples.SERIES,
                sample.sop(),
                sample.part10(),
                List.of("ingest.quarantine.identifier-left"),
                "uploader");

        var outcome = review.release(sample.sop(), List.of(sample.cover()), "researcher");

        assertThat(outcome)
                .isEqualTo(new ReviewOutcome.Refused(List.of(ReviewMessage.of("redaction.release.header-identifier"))));
        assertThat(index.instance(sample.sop())).isEmpty();
        assertThat(review.quarantined(sample.sop()).orElseThrow().state()).isEqualTo(QuarantineState.PENDING);
    }

    @Test
    void a_released_object_cannot_be_released_or_discarded_again() {
        quarantine();
        review.release(QuarantinedSamples.SOP, List.of(sample.cover()), "researcher");

        assertThatThrownBy(() -> review.release(QuarantinedSamples.SOP, List.of(sample.cover()), "researcher"))
                .isInstanceOfSatisfying(
                        ReviewException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("redaction.error.not-pending"));
        assertThatThrownBy(() -> review.discard(QuarantinedSamples.SOP, "researcher"))
                .isInstanceOf(ReviewException.class);
    }

    @Test
    void a_discarded_object_no_longer_blocks_and_its_bytes_are_gone_once_committed() throws IOException {
        // committed, so under a SOP Instance UID of its own
        sample = QuarantinedSamples.withBurnedInName(
                Files.createTempDirectory("quarantined-sample"), QuarantinedSamples.SOP + "." + System.nanoTime());
        quarantine();
        String key = ReviewBlobs.quarantineKey(QuarantinedSamples.STUDY, sample.sop());

        review.discard(sample.sop(), "researcher");

        assertThat(review.quarantined(sample.sop()).orElseThrow().state()).isEqualTo(QuarantineState.DISCARDED);
        assertThat(review.unconfirmedInstances(List.of(QuarantinedSamples.STUDY)))
                .doesNotContain(sample.sop());
        assertThat(store.exists(key)).as("deleted only after commit").isTrue();
        assertThat(auditActions()).containsExactly("OBJECT_QUARANTINED", "QUARANTINE_DISCARDED");
        TestTransaction.flagForCommit();
        TestTransaction.end();
        try {
            assertThat(store.exists(key)).isFalse();
        } finally {
            jdbc.sql("DELETE FROM quarantined_object WHERE sop_instance_uid = :sop")
                    .param("sop", sample.sop())
                    .update();
        }
    }

    @Test
    void an_automatically_redacted_image_blocks_until_confirmed() {
        review.redactedAutomatically(
                QuarantinedSamples.STUDY,
                QuarantinedSamples.SERIES,
                QuarantinedSamples.SOP,
                List.of("pixels redacted 9,10 180x24 detected"));

        assertThat(review.unconfirmedInstances(List.of(QuarantinedSamples.STUDY)))
                .containsExactly(QuarantinedSamples.SOP);
        assertThat(review.awaitingConfirmation())
                .filteredOn(i -> i.sopInstanceUid().equals(QuarantinedSamples.SOP))
                .singleElement()
                .satisfies(i -> assertThat(i.areaBoxes()).containsExactly(new RedactionBox(9, 10, 180, 24)));

        var outcome = review.confirm(QuarantinedSamples.SOP, List.of(), "researcher");

        assertThat(outcome).isEqualTo(new ReviewOutcome.Done(List.of("pixels redacted 9,10 180x24 detected")));
        assertThat(review.unconfirmedInstances(List.of(QuarantinedSamples.STUDY)))
                .isEmpty();
        assertThat(review.redacted(QuarantinedSamples.SOP).orElseThrow().confirmed())
                .hasValueSatisfying(c -> assertThat(c.by()).isEqualTo("researcher"));
        assertThat(auditActions()).containsExactly("REDACTION_CONFIRMED");
    }

    @Test
    void boxes_added_on_confirmation_are_blanked_in_the_stored_image_and_the_index_points_at_it() throws Exception {
        String oldKey = "studies/" + QuarantinedSamples.STUDY + "/" + QuarantinedSamples.SERIES + "/"
                + QuarantinedSamples.SOP + ".dcm";
        storeAndIndex(oldKey);
        review.redactedAutomatically(
                QuarantinedSamples.STUDY, QuarantinedSamples.SERIES, QuarantinedSamples.SOP, List.of());

        var outcome = review.confirm(QuarantinedSamples.SOP, List.of(sample.cover()), "researcher");

        assertThat(outcome).isInstanceOf(ReviewOutcome.Done.class);
        var indexed = index.instance(QuarantinedSamples.SOP).orElseThrow();
        assertThat(indexed.stored().blobKey()).isNotEqualTo(oldKey).startsWith("studies/");
        var image = review.storedImage(QuarantinedSamples.SOP);
        assertThat(image.frames()).isEqualTo(1);
        byte[] stored;
        try (InputStream in = store.get(indexed.stored().blobKey())) {
            stored = in.readAllBytes();
        }
        var frame = PixelFrames.of(BoxRedaction.read(stored)).frame(0);
        assertThat(frame.sample(sample.text().x + 2, sample.text().y + 2, 0)).isZero();
        var confirmed = review.redacted(QuarantinedSamples.SOP).orElseThrow();
        assertThat(confirmed.addedBoxes()).containsExactly(sample.cover());
        assertThat(confirmed.redactedAreas().stream()
                        .filter(line -> !line.startsWith("text scan:"))
                        .toList())
                .singleElement()
                .asString()
                .endsWith("manual");
    }

    @Test
    void the_review_image_renders_every_frame_as_png() {
        quarantine();

        var image = review.quarantinedImage(QuarantinedSamples.SOP);

        assertThat(image.frames()).isEqualTo(1);
        assertThat(image.width()).isEqualTo(QuarantinedSamples.WIDTH);
        assertThat(image.height()).isEqualTo(QuarantinedSamples.HEIGHT);
        assertThat(image.png(0)).startsWith(0x89, 'P', 'N', 'G');
    }

    private void quarantine() {
        review.quarantine(
                QuarantinedSamples.STUDY,
                QuarantinedSamples.SERIES,
                sample.sop(),
                sample.part10(),
                List.of("ingest.reason.burned-in-text"),
                "uploader");
    }

    private void storeAndIndex(String key) throws Exception {
        byte[] bytes = sample.part10();
        store.put(key, new java.io.ByteArrayInputStream(bytes), bytes.length);
        index.index(
                BoxRedaction.read(bytes).dataset(),
                new StoredObject(
                        key,
                        bytes.length,
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                        "1.2.840.10008.1.2.1"));
    }

    private String quarantineKey() {
        return ReviewBlobs.quarantineKey(QuarantinedSamples.STUDY, QuarantinedSamples.SOP);
    }

    private List<String> auditActions() {
        return jdbc.sql("SELECT action FROM audit_event WHERE target_id = :sop ORDER BY id")
                .param("sop", sample.sop())
                .query(String.class)
                .list();
    }

    private static Path temporaryDirectory() {
        try {
            Path dir = Files.createTempDirectory("redaction-store");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
