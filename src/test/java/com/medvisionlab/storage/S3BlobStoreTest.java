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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The S3 backend against a real S3-compatible server (S3Mock in its own JVM), plain and encrypted. */
class S3BlobStoreTest {

    @TempDir
    static Path work;

    private static S3MockServer server;
    private static BlobStore s3;
    private static final MasterKey MASTER = MasterKey.fromBase64("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

    @BeforeAll
    static void startServer() throws Exception {
        server = S3MockServer.start(work);
        s3 = BlobStores.s3(new S3Settings(
                S3MockServer.BUCKET,
                Optional.of(server.endpoint()),
                "us-east-1",
                S3Settings.Addressing.PATH,
                Optional.of(new S3Settings.Credentials("test-access", "test-secret"))));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (s3 != null) {
            s3.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(longs = {0, 1, 100_000, 20_000_000})
    void a_blob_comes_back_byte_for_byte_whether_its_length_was_announced_or_not(long length) throws IOException {
        s3.put("plain/known-" + length, pixels(length), length);
        s3.put("plain/unknown-" + length, pixels(length));

        String expected = sha256(pixels(length));
        assertThat(sha256(s3.get("plain/known-" + length))).isEqualTo(expected);
        assertThat(sha256(s3.get("plain/unknown-" + length))).isEqualTo(expected);
        assertThat(s3.size("plain/unknown-" + length)).isEqualTo(length);
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(longs = {0, 1, 100_000, 20_000_000})
    void an_encrypted_blob_comes_back_byte_for_byte_and_range_reads_decrypt_from_the_middle(long length)
            throws IOException {
        BlobStore store = BlobStores.encrypted(s3, Keyring.of(MASTER));

        store.put("sealed/known-" + length, pixels(length), length);
        store.put("sealed/unknown-" + length, pixels(length));

        assertThat(sha256(store.get("sealed/known-" + length))).isEqualTo(sha256(pixels(length)));
        assertThat(sha256(store.get("sealed/unknown-" + length))).isEqualTo(sha256(pixels(length)));
        assertThat(store.size("sealed/known-" + length)).isEqualTo(length);
        long offset = length / 2 + 3;
        if (offset <= length) {
            InputStream expected = pixels(length);
            expected.skipNBytes(offset);
            assertThat(sha256(store.get("sealed/unknown-" + length, offset))).isEqualTo(sha256(expected));
        }
    }

    @Test
    void a_multipart_upload_that_fails_midway_leaves_no_object() {
        assertThatThrownBy(() -> s3.put("plain/broken", Content.failingAfter(20_000_000)))
                .hasMessage("connection reset");
        assertThatThrownBy(() -> s3.put("plain/short", pixels(9_000_000), 9_000_001))
                .hasMessageContaining("ended after 9000000 of the announced 9000001 bytes");

        assertThat(exists("plain/broken")).isFalse();
        assertThat(exists("plain/short")).isFalse();
    }

    @Test
    void listing_exists_and_delete_work_on_objects() throws IOException {
        for (String key : List.of("list/b", "list/a", "list/c/d", "other")) {
            s3.put(key, new ByteArrayInputStream(bytes(key)));
        }

        assertThat(s3.list("list/")).containsExactly("list/a", "list/b", "list/c/d");
        s3.delete("list/b");
        assertThat(s3.exists("list/b")).isFalse();
        assertThat(s3.exists("list/a")).isTrue();
        assertThatThrownBy(() -> s3.get("list/b")).isInstanceOf(BlobNotFoundException.class);
        assertThatThrownBy(() -> s3.size("list/b")).isInstanceOf(BlobNotFoundException.class);
        assertThatThrownBy(() -> s3.put("../escape", new ByteArrayInputStream(bytes("x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void no_object_the_server_stored_contains_a_planted_identifier_and_rotation_works_on_s3() throws IOException {
        BlobStore store = BlobStores.encrypted(s3, Keyring.of(MASTER));
        byte[] marker = bytes("PATIENT^PLANTED^MARKER-s3");
        store.put("scan/1", new SequenceInputStream(new ByteArrayInputStream(marker), pixels(200_000)));
        store.put("scan/2", new SequenceInputStream(new ByteArrayInputStream(marker), pixels(9_000_000)));

        try (Stream<Path> files = Files.walk(server.storeRoot())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(text).as(file.toString()).doesNotContain("PATIENT^PLANTED^MARKER-s3");
            }
        }
        String contentBefore = sha256(s3.get("scan/2"));
        MasterKey next = MasterKey.fromBase64("HxwdHhscGRoXGBUWExQREg8QDQ4LDAkKBwgFBgMEAQI=");
        KeyRotation.Report report = KeyRotation.rotate(new PrefixOnly(s3, "scan/"), Keyring.of(next, List.of(MASTER)));

        assertThat(report).isEqualTo(new KeyRotation.Report(2, 0, List.of()));
        assertThat(sha256(s3.get("scan/2"))).isEqualTo(contentBefore);
        BlobStore rotated = BlobStores.encrypted(s3, Keyring.of(next));
        assertThat(sha256(rotated.get("scan/2")))
                .isEqualTo(sha256(new SequenceInputStream(new ByteArrayInputStream(marker), pixels(9_000_000))));
    }

    private static boolean exists(String key) {
        try {
            return s3.exists(key);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The other tests' blobs share the bucket: rotate only this test's ones. */
    private record PrefixOnly(BlobStore backend, String prefix) implements BlobStore {

        @Override
        public void put(String key, InputStream content) throws IOException {
            backend.put(key, content);
        }

        @Override
        public void put(String key, InputStream content, long length) throws IOException {
            backend.put(key, content, length);
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
        public List<String> list(String ignored) throws IOException {
            return backend.list(prefix);
        }

        @Override
        public long size(String key) throws IOException {
            return backend.size(key);
        }
    }
}
