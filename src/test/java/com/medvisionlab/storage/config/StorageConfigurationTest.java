package com.medvisionlab.storage.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.storage.BlobStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class StorageConfigurationTest {

    @TempDir
    Path data;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(StorageConfiguration.class)
                .withPropertyValues(
                        "medvision.storage.root=" + data.resolve("blobs"),
                        "medvision.storage.master-key-file=" + data.resolve("keys/master.key"));
    }

    @Test
    void a_first_start_with_no_key_generates_an_owner_only_key_file_logs_its_id_but_not_the_key_and_encrypts(
            CapturedOutput output) {
        runner().run(context -> {
            BlobStore store = context.getBean(BlobStore.class);
            store.put("a/b", new ByteArrayInputStream("PLAINTEXT-MARKER".getBytes(StandardCharsets.UTF_8)));

            Path keyFile = data.resolve("keys/master.key");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                    .isEqualTo("rw-------");
            assertThat(output)
                    .contains("generated storage master key mk-")
                    .doesNotContain(Files.readString(keyFile).strip());
            assertThat(new String(store.get("a/b").readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("PLAINTEXT-MARKER");
            try (Stream<Path> files = Files.walk(data.resolve("blobs"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(file, StandardCharsets.ISO_8859_1))
                            .doesNotContain("PLAINTEXT-MARKER");
                }
            }
        });
    }

    @Test
    void the_next_start_reads_the_same_key_file_and_the_blobs_stay_readable() {
        runner().run(context -> context.getBean(BlobStore.class).put("x", new ByteArrayInputStream(new byte[] {42})));
        runner().run(context -> assertThat(
                        context.getBean(BlobStore.class).get("x").readAllBytes())
                .containsExactly(42));
    }

    @Test
    void without_a_master_key_and_with_generation_off_the_start_fails_and_says_how_to_configure_one() {
        runner().withPropertyValues("medvision.storage.generate-master-key=false")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessageStartingWith(
                                    "No storage master key configured: set MEDVISION_STORAGE_MASTER_KEY");
                    assertThat(data.resolve("keys/master.key")).doesNotExist();
                });
    }

    @Test
    void an_s3_store_never_generates_a_local_key_and_needs_a_bucket() {
        runner().withPropertyValues("medvision.storage.type=s3").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("No storage master key");
        });
        runner().withPropertyValues(
                        "medvision.storage.type=s3",
                        "medvision.storage.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("needs a bucket");
                });
    }

    @Test
    void a_master_key_from_the_environment_wins_and_previous_key_files_still_unwrap() throws Exception {
        String oldKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
        runner().withPropertyValues("medvision.storage.master-key=" + oldKey)
                .run(context -> context.getBean(BlobStore.class).put("x", new ByteArrayInputStream(new byte[] {7})));
        Path previous = Files.writeString(data.resolve("old.key"), oldKey);

        runner().withPropertyValues(
                        "medvision.storage.master-key=HxwdHhscGRoXGBUWExQREg8QDQ4LDAkKBwgFBgMEAQI=",
                        "medvision.storage.previous-key-files=" + previous)
                .run(context -> {
                    assertThat(context.getBean(BlobStore.class).get("x").readAllBytes())
                            .containsExactly(7);
                    assertThat(data.resolve("keys/master.key")).doesNotExist();
                });
    }
}
