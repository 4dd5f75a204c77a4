package com.medvisionlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.storage.BlobStore;
import com.medvisionlab.storage.BlobStores;
import com.medvisionlab.storage.Keyring;
import com.medvisionlab.storage.MasterKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotateKeysCommandTest {

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Locale previousLocale;

    @BeforeEach
    void english() {
        previousLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(previousLocale);
    }

    private int run(String... args) {
        return CommandLine.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void rotate_keys_rewraps_every_data_key_under_the_new_key_and_reports_the_counts() throws IOException {
        MasterKey old = MasterKey.generateFile(work.resolve("old.key"));
        Path store = work.resolve("blobs");
        BlobStore before = BlobStores.encrypted(BlobStores.filesystem(store), Keyring.of(old));
        for (String key : new String[] {"s/1", "s/2", "t/3"}) {
            before.put(key, new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8)));
        }
        MasterKey next = MasterKey.generateFile(work.resolve("new.key"));

        int exit = run(
                "rotate-keys",
                "--store",
                store.toString(),
                "--new-key-file",
                work.resolve("new.key").toString(),
                "--key-file",
                work.resolve("old.key").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().strip())
                .isEqualTo(
                        "re-wrapped 3 data keys under master key " + next.id() + "; 0 were already under it; 0 failed");
        BlobStore after = BlobStores.encrypted(BlobStores.filesystem(store), Keyring.of(next));
        assertThat(after.get("t/3").readAllBytes()).isEqualTo("t/3".getBytes(StandardCharsets.UTF_8));

        out.getBuffer().setLength(0);
        assertThat(run(
                        "rotate-keys",
                        "--store",
                        store.toString(),
                        "--new-key-file",
                        work.resolve("new.key").toString()))
                .isZero();
        assertThat(out.toString()).contains("re-wrapped 0 data keys", "; 3 were already under it");
    }

    @Test
    void without_the_old_key_the_blobs_are_listed_as_not_rewrapped_and_the_exit_code_is_1() throws IOException {
        MasterKey old = MasterKey.generateFile(work.resolve("old.key"));
        Path store = work.resolve("blobs");
        BlobStores.encrypted(BlobStores.filesystem(store), Keyring.of(old))
                .put("a", new ByteArrayInputStream(new byte[1]));
        MasterKey.generateFile(work.resolve("new.key"));

        assertThat(run(
                        "rotate-keys",
                        "--store",
                        store.toString(),
                        "--new-key-file",
                        work.resolve("new.key").toString()))
                .isEqualTo(1);
        assertThat(err.toString())
                .startsWith("not re-wrapped: a: the data key of blob a is wrapped by master key " + old.id());
        assertThat(out.toString()).contains("re-wrapped 0 data keys", "1 failed");
    }

    @Test
    void a_missing_key_file_or_store_is_one_error_line_and_exit_2() throws IOException {
        MasterKey.generateFile(work.resolve("new.key"));

        assertThat(run(
                        "rotate-keys",
                        "--store",
                        work.toString(),
                        "--new-key-file",
                        work.resolve("none.key").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("error: cannot use key file " + work.resolve("none.key"));
        assertThat(run(
                        "rotate-keys",
                        "--store",
                        work.resolve("nowhere").toString(),
                        "--new-key-file",
                        work.resolve("new.key").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("error: no blob store directory at " + work.resolve("nowhere"));
        assertThat(Files.exists(work.resolve("nowhere"))).isFalse();
    }
}
