package com.medvisionlab.storage;

import static com.medvisionlab.storage.Content.bytes;
import static com.medvisionlab.storage.Content.pixels;
import static com.medvisionlab.storage.Content.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncryptedBlobStoreTest {

    private static final int SEGMENT = SegmentFormat.SEGMENT;
    private static final int SEALED = SegmentFormat.SEALED_SEGMENT;

    @TempDir
    Path root;

    private final MasterKey master = MasterKey.fromBase64("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

    private BlobStore store() {
        return BlobStores.encrypted(BlobStores.filesystem(root), Keyring.of(master));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(longs = {0, 1, SEGMENT - 1, SEGMENT, SEGMENT + 1, 3L * SEGMENT, 20_000_000})
    void a_blob_comes_back_byte_for_byte_whether_its_length_was_announced_or_not(long length) throws IOException {
        BlobStore store = store();

        store.put("known", pixels(length), length);
        store.put("unknown", pixels(length));

        String expected = sha256(pixels(length));
        assertThat(sha256(store.get("known"))).isEqualTo(expected);
        assertThat(sha256(store.get("unknown"))).isEqualTo(expected);
        assertThat(store.size("known")).isEqualTo(length);
        assertThat(Files.size(root.resolve("known"))).isEqualTo(SegmentFormat.sealedLength(length));
    }

    @ParameterizedTest(name = "from byte {0}")
    @ValueSource(longs = {0, 1, SEGMENT - 1, SEGMENT, 2L * SEGMENT + 17, 3L * SEGMENT - 1, 3L * SEGMENT})
    void a_range_read_returns_the_bytes_from_its_offset_to_the_end(long offset) throws IOException {
        BlobStore store = store();
        long length = 3L * SEGMENT;
        store.put("frames", pixels(length), length);

        InputStream expected = pixels(length);
        expected.skipNBytes(offset);
        assertThat(sha256(store.get("frames", offset))).isEqualTo(sha256(expected));
    }

    @Test
    void nothing_under_the_store_root_contains_a_planted_identifier_or_the_pixel_pattern() throws IOException {
        BlobStore store = store();
        byte[] marker = bytes("PATIENT^PLANTED^MARKER-7f3a");
        byte[] pixelSignature = Content.pixelSignature();
        for (int i = 0; i < 5; i++) {
            InputStream object = new SequenceInputStream(new ByteArrayInputStream(marker), pixels(300_000 + i));
            store.put("studies/1.2.3/" + i + ".dcm", object);
        }
        assertThat(Content.sha256(store.get("studies/1.2.3/0.dcm"))).isNotEmpty();

        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSize(10);
        for (Path file : files) {
            byte[] stored = Files.readAllBytes(file);
            assertThat(indexOf(stored, marker)).as(file.toString()).isEqualTo(-1);
            assertThat(indexOf(stored, pixelSignature)).as(file.toString()).isEqualTo(-1);
        }
        // the search itself finds the pattern in plaintext, so the -1 above means something
        assertThat(indexOf(pixels(1000).readAllBytes(), pixelSignature)).isNotNegative();
    }

    @Test
    void a_flipped_byte_anywhere_in_the_content_is_detected() throws IOException {
        BlobStore store = store();
        store.put("a", pixels(3L * SEGMENT));
        Path file = root.resolve("a");
        for (long position :
                new long[] {SegmentFormat.HEADER + 5, SegmentFormat.HEADER + SEALED + 100, Files.size(file) - 1}) {
            byte[] original = Files.readAllBytes(file);
            byte[] changed = original.clone();
            changed[(int) position] ^= 0x01;
            Files.write(file, changed);

            assertThatThrownBy(() -> sha256(store.get("a")))
                    .isInstanceOf(BlobIntegrityException.class)
                    .hasMessageContaining(
                            "blob a failed authentication at segment " + (position - SegmentFormat.HEADER) / SEALED);
            Files.write(file, original);
        }
        assertThat(sha256(store.get("a"))).isEqualTo(sha256(pixels(3L * SEGMENT)));
    }

    @Test
    void a_changed_header_is_detected_before_any_content_is_returned() throws IOException {
        BlobStore store = store();
        store.put("a", pixels(1000));
        byte[] stored = Files.readAllBytes(root.resolve("a"));
        stored[10] ^= 0x01; // inside the blob id
        Files.write(root.resolve("a"), stored);

        assertThatThrownBy(() -> store.get("a"))
                .isInstanceOf(BlobIntegrityException.class)
                .hasMessage("the content and the data key of blob a belong to different blobs");
    }

    @Test
    void a_blob_truncated_at_a_segment_boundary_or_inside_a_segment_is_detected() throws IOException {
        BlobStore store = store();
        store.put("a", pixels(3L * SEGMENT + 500));
        byte[] original = Files.readAllBytes(root.resolve("a"));

        Files.write(root.resolve("a"), Arrays.copyOf(original, SegmentFormat.HEADER + 2 * SEALED));
        assertThatThrownBy(() -> sha256(store.get("a")))
                .isInstanceOf(BlobIntegrityException.class)
                .hasMessageContaining("failed authentication at segment 1");

        Files.write(root.resolve("a"), Arrays.copyOf(original, original.length - 100));
        assertThatThrownBy(() -> sha256(store.get("a"))).isInstanceOf(BlobIntegrityException.class);
    }

    @Test
    void swapped_segments_are_detected() throws IOException {
        BlobStore store = store();
        store.put("a", pixels(3L * SEGMENT));
        byte[] stored = Files.readAllBytes(root.resolve("a"));
        byte[] swapped = stored.clone();
        System.arraycopy(stored, SegmentFormat.HEADER, swapped, SegmentFormat.HEADER + SEALED, SEALED);
        System.arraycopy(stored, SegmentFormat.HEADER + SEALED, swapped, SegmentFormat.HEADER, SEALED);
        Files.write(root.resolve("a"), swapped);

        assertThatThrownBy(() -> sha256(store.get("a")))
                .isInstanceOf(BlobIntegrityException.class)
                .hasMessageContaining("failed authentication at segment 0");
    }

    @Test
    void a_segment_copied_from_another_blob_is_detected() throws IOException {
        BlobStore store = store();
        store.put("a", pixels(2L * SEGMENT));
        store.put("b", pixels(2L * SEGMENT));
        byte[] a = Files.readAllBytes(root.resolve("a"));
        byte[] b = Files.readAllBytes(root.resolve("b"));
        System.arraycopy(b, SegmentFormat.HEADER, a, SegmentFormat.HEADER, SEALED);
        Files.write(root.resolve("a"), a);

        assertThatThrownBy(() -> sha256(store.get("a"))).isInstanceOf(BlobIntegrityException.class);
    }

    @Test
    void data_key_sidecars_swapped_between_blobs_are_detected() throws IOException {
        BlobStore store = store();
        store.put("a", pixels(1000));
        store.put("b", pixels(2000));
        Path a = root.resolve("a.dek");
        Path b = root.resolve("b.dek");
        byte[] recordOfA = Files.readAllBytes(a);
        Files.write(a, Files.readAllBytes(b));
        Files.write(b, recordOfA);

        assertThatThrownBy(() -> store.get("a"))
                .isInstanceOf(DataKeyException.class)
                .hasMessage("the data key of blob a does not unwrap with master key " + master.id()
                        + ": its key record was changed or belongs to another blob");
        assertThatThrownBy(() -> store.get("b")).isInstanceOf(DataKeyException.class);
    }

    @Test
    void content_and_sidecar_moved_together_to_another_key_are_detected() throws IOException {
        BlobStore store = store();
        store.put("a", pixels(1000));
        Files.copy(root.resolve("a"), root.resolve("c"));
        Files.copy(root.resolve("a.dek"), root.resolve("c.dek"));

        assertThatThrownBy(() -> store.get("c"))
                .isInstanceOf(DataKeyException.class)
                .hasMessageContaining("belongs to another blob");
    }

    @Test
    void a_store_opened_with_the_wrong_master_key_says_which_key_it_needs() throws IOException {
        store().put("a", pixels(1000));
        MasterKey other = MasterKey.fromBase64("HxwdHhscGRoXGBUWExQREg8QDQ4LDAkKBwgFBgMEAQI=");
        BlobStore wrong = BlobStores.encrypted(BlobStores.filesystem(root), Keyring.of(other));

        assertThatThrownBy(() -> wrong.get("a"))
                .isInstanceOf(DataKeyException.class)
                .hasMessage("the data key of blob a is wrapped by master key " + master.id()
                        + ", which is not configured (configured: [" + other.id() + "])");
    }

    @Test
    void a_failed_put_stores_nothing_and_the_blob_does_not_appear() throws IOException {
        BlobStore store = store();

        assertThatThrownBy(() -> store.put("a", Content.failingAfter(200_000))).hasMessage("connection reset");

        assertThat(store.exists("a")).isFalse();
        assertThat(store.list("")).isEmpty();
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void listing_shows_blob_keys_not_data_key_sidecars_and_sidecar_names_are_reserved() throws IOException {
        BlobStore store = store();
        store.put("s/1", pixels(10));
        store.put("s/2", pixels(10));

        assertThat(store.list("s/")).containsExactly("s/1", "s/2");
        assertThat(Files.exists(root.resolve("s/1.dek"))).isTrue();
        assertThatThrownBy(() -> store.put("s/3.dek", pixels(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reserved");
    }

    @Test
    void deleting_removes_the_data_key_and_the_content() throws IOException {
        BlobStore store = store();
        store.put("a", pixels(10));

        store.delete("a");

        assertThat(store.exists("a")).isFalse();
        assertThat(root.resolve("a")).doesNotExist();
        assertThat(root.resolve("a.dek")).doesNotExist();
        assertThatThrownBy(() -> store.get("a")).isInstanceOf(BlobNotFoundException.class);
    }

    @Test
    void two_puts_of_the_same_bytes_give_different_ciphertext() throws IOException {
        BlobStore store = store();
        store.put("a", pixels(1000));
        store.put("b", pixels(1000));

        assertThat(Files.readAllBytes(root.resolve("a"))).isNotEqualTo(Files.readAllBytes(root.resolve("b")));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
