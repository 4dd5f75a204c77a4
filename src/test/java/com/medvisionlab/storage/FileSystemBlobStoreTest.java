package com.medvisionlab.storage;

import static com.medvisionlab.storage.Content.bytes;
import static com.medvisionlab.storage.Content.pixels;
import static com.medvisionlab.storage.Content.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileSystemBlobStoreTest {

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(longs = {0, 1, 65_536, 20_000_000})
    void a_blob_comes_back_byte_for_byte_whether_its_length_was_announced_or_not(long length) throws IOException {
        BlobStore store = BlobStores.filesystem(root);

        store.put("known/blob", pixels(length), length);
        store.put("unknown/blob", pixels(length));

        String expected = sha256(pixels(length));
        assertThat(sha256(store.get("known/blob"))).isEqualTo(expected);
        assertThat(sha256(store.get("unknown/blob"))).isEqualTo(expected);
        assertThat(store.size("known/blob")).isEqualTo(length);
    }

    @Test
    void a_range_read_starts_at_the_requested_byte() throws IOException {
        BlobStore store = BlobStores.filesystem(root);
        store.put("a", new ByteArrayInputStream(bytes("0123456789")));

        try (InputStream in = store.get("a", 7)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes("789"));
        }
        try (InputStream in = store.get("a", 10)) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    @Test
    void a_put_whose_stream_fails_leaves_neither_a_blob_nor_a_temporary_file() throws IOException {
        BlobStore store = BlobStores.filesystem(root);
        store.put("studies/kept", new ByteArrayInputStream(bytes("old")));

        assertThatThrownBy(() -> store.put("studies/new", Content.failingAfter(100_000)))
                .hasMessage("connection reset");
        assertThatThrownBy(() -> store.put("studies/kept", Content.failingAfter(100_000)))
                .isInstanceOf(IOException.class);

        assertThat(store.exists("studies/new")).isFalse();
        assertThat(store.get("studies/kept").readAllBytes()).isEqualTo(bytes("old"));
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(root.resolve("studies/kept"));
        }
    }

    @Test
    void a_stream_shorter_or_longer_than_its_announced_length_is_refused_and_not_stored() {
        BlobStore store = BlobStores.filesystem(root);

        assertThatThrownBy(() -> store.put("short", pixels(10), 11))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("ended after 10 of the announced 11 bytes");
        assertThatThrownBy(() -> store.put("long", pixels(12), 11))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("longer than the announced 11 bytes");

        assertThat(Files.exists(root.resolve("short"))).isFalse();
        assertThat(Files.exists(root.resolve("long"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../outside",
                "a/../../outside",
                "/etc/passwd",
                "a//b",
                ".hidden",
                "a/./b",
                "a\\b",
                "a/",
                "",
                "C:x",
                "a/\u0000b"
            })
    void a_key_that_could_leave_the_store_or_hide_in_it_is_refused(String key) {
        BlobStore store = BlobStores.filesystem(root.resolve("store"));

        assertThatThrownBy(() -> store.put(key, new ByteArrayInputStream(bytes("x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid blob key");
        assertThatThrownBy(() -> store.get(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(root.resolve("outside")).doesNotExist();
        assertThat(root.resolve("store")).doesNotExist();
    }

    @Test
    void listing_by_prefix_returns_the_matching_keys_sorted_and_skips_temporary_files() throws IOException {
        BlobStore store = BlobStores.filesystem(root);
        for (String key : new String[] {"s/2/b", "s/1/a", "s/10/c", "t/1"}) {
            store.put(key, new ByteArrayInputStream(bytes(key)));
        }
        Files.writeString(root.resolve("s/1/.put-123.tmp"), "partial");

        assertThat(store.list("s/1")).containsExactly("s/1/a", "s/10/c");
        assertThat(store.list("s/1/")).containsExactly("s/1/a");
        assertThat(store.list("")).containsExactly("s/1/a", "s/10/c", "s/2/b", "t/1");
        assertThat(store.list("none/")).isEmpty();
    }

    @Test
    void a_deleted_blob_is_gone_and_reading_it_names_the_key() throws IOException {
        BlobStore store = BlobStores.filesystem(root);
        store.put("a/b", new ByteArrayInputStream(bytes("x")));

        store.delete("a/b");
        store.delete("a/b");

        assertThat(store.exists("a/b")).isFalse();
        assertThatThrownBy(() -> store.get("a/b"))
                .isInstanceOf(BlobNotFoundException.class)
                .hasMessage("no blob under key a/b");
        assertThatThrownBy(() -> store.size("a/b")).isInstanceOf(BlobNotFoundException.class);
    }
}
