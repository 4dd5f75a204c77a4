package com.medvisionlab.storage;

import static com.medvisionlab.storage.Content.pixels;
import static com.medvisionlab.storage.Content.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRotationTest {

    private static final int BLOBS = 6;

    @TempDir
    Path root;

    private final MasterKey old = MasterKey.fromBase64("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
    private final MasterKey next = MasterKey.fromBase64("HxwdHhscGRoXGBUWExQREg8QDQ4LDAkKBwgFBgMEAQI=");

    @Test
    void rotation_rewraps_every_data_key_leaves_the_content_untouched_and_the_old_key_is_no_longer_needed()
            throws IOException {
        fill();
        Map<String, String> contentBefore = contentHashes();
        Map<String, String> sidecarsBefore = sidecarHashes();

        KeyRotation.Report report = KeyRotation.rotate(BlobStores.filesystem(root), Keyring.of(next, List.of(old)));

        assertThat(report).isEqualTo(new KeyRotation.Report(BLOBS, 0, List.of()));
        assertThat(contentHashes()).isEqualTo(contentBefore);
        Map<String, String> sidecarsAfter = sidecarHashes();
        assertThat(sidecarsAfter.keySet()).isEqualTo(sidecarsBefore.keySet());
        sidecarsAfter.forEach((name, hash) -> assertThat(hash).as(name).isNotEqualTo(sidecarsBefore.get(name)));
        BlobStore withNewKeyOnly = BlobStores.encrypted(BlobStores.filesystem(root), Keyring.of(next));
        for (int i = 0; i < BLOBS; i++) {
            assertThat(sha256(withNewKeyOnly.get("cases/" + i))).isEqualTo(sha256(pixels(length(i))));
        }
        assertThatThrownBy(() -> BlobStores.encrypted(BlobStores.filesystem(root), Keyring.of(old))
                        .get("cases/0"))
                .isInstanceOf(DataKeyException.class)
                .hasMessageContaining("wrapped by master key " + next.id());
    }

    @Test
    void an_interrupted_rotation_is_finished_by_running_it_again() throws IOException {
        fill();
        Map<String, String> contentBefore = contentHashes();
        AtomicInteger writesLeft = new AtomicInteger(2);
        BlobStore crashing = new FailingWrites(BlobStores.filesystem(root), writesLeft);

        assertThatThrownBy(() -> KeyRotation.rotate(crashing, Keyring.of(next, List.of(old))))
                .hasMessage("disk full");
        KeyRotation.Report rerun = KeyRotation.rotate(BlobStores.filesystem(root), Keyring.of(next, List.of(old)));

        assertThat(rerun).isEqualTo(new KeyRotation.Report(BLOBS - 2, 2, List.of()));
        assertThat(contentHashes()).isEqualTo(contentBefore);
        BlobStore withNewKeyOnly = BlobStores.encrypted(BlobStores.filesystem(root), Keyring.of(next));
        for (int i = 0; i < BLOBS; i++) {
            assertThat(sha256(withNewKeyOnly.get("cases/" + i))).isEqualTo(sha256(pixels(length(i))));
        }
        assertThat(KeyRotation.rotate(BlobStores.filesystem(root), Keyring.of(next)))
                .isEqualTo(new KeyRotation.Report(0, BLOBS, List.of()));
    }

    @Test
    void a_data_key_no_configured_master_key_unwraps_is_reported_and_left_as_it_was() throws IOException {
        fill();
        Map<String, String> sidecarsBefore = sidecarHashes();

        KeyRotation.Report report = KeyRotation.rotate(BlobStores.filesystem(root), Keyring.of(next));

        assertThat(report.rewrapped()).isZero();
        assertThat(report.failed())
                .hasSize(BLOBS)
                .allSatisfy(line -> assertThat(line)
                        .contains("is wrapped by master key " + old.id() + ", which is not configured"));
        assertThat(sidecarHashes()).isEqualTo(sidecarsBefore);
    }

    private void fill() throws IOException {
        BlobStore store = BlobStores.encrypted(BlobStores.filesystem(root), Keyring.of(old));
        for (int i = 0; i < BLOBS; i++) {
            store.put("cases/" + i, pixels(length(i)));
        }
    }

    private static long length(int i) {
        return 50_000L * i * i;
    }

    private Map<String, String> contentHashes() throws IOException {
        return hashes(false);
    }

    private Map<String, String> sidecarHashes() throws IOException {
        return hashes(true);
    }

    private Map<String, String> hashes(boolean sidecars) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.toString().endsWith(".dek") == sidecars) {
                    hashes.put(root.relativize(file).toString(), sha256(Files.newInputStream(file)));
                }
            }
        }
        return hashes;
    }

    /** A backend whose writes start failing after a number of them, like a crash mid-rotation. */
    private record FailingWrites(BlobStore backend, AtomicInteger writesLeft) implements BlobStore {

        @Override
        public void put(String key, InputStream content) throws IOException {
            countWrite();
            backend.put(key, content);
        }

        @Override
        public void put(String key, InputStream content, long length) throws IOException {
            countWrite();
            backend.put(key, content, length);
        }

        private void countWrite() throws IOException {
            if (writesLeft.getAndDecrement() <= 0) {
                throw new IOException("disk full");
            }
        }

        @Override
        public InputStream get(String key, long offset) throws IOException {
            return backend.get(key, offset);
        }

        @Override
        public boolean exists(String key) throws IOException {
            return backend.exists(key);
        }

        @Override
        public void delete(String key) throws IOException {
            backend.delete(key);
        }

        @Override
        public List<String> list(String prefix) throws IOException {
            return backend.list(prefix);
        }

        @Override
        public long size(String key) throws IOException {
            return backend.size(key);
        }
    }
}
