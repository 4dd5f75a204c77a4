package com.medvisionlab.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.ingest.IngestOutcome.Rejected;
import com.medvisionlab.ingest.IngestOutcome.RejectionCause;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Zips crafted to hurt, unpacked in memory against the upload limits. */
class UploadBatchTest {

    static final IngestLimits ROOMY = new IngestLimits(64L << 20, 256L << 20, 100);

    @Test
    void a_zip_gives_its_files_and_skips_directories_resource_forks_dot_files_and_dicomdir() {
        byte[] zip = zip(entries(
                "study/", null,
                "study/CT1.dcm", random(100, 1),
                "study/sub/CT2.dcm", random(120, 2),
                "__MACOSX/study/._CT1.dcm", random(10, 3),
                "study/.DS_Store", random(10, 4),
                "study/DICOMDIR", random(50, 5)));

        var unpacked = new UploadBatch(ROOMY).add(new IncomingFile("upload.zip", zip));

        assertThat(unpacked.refused()).isEmpty();
        assertThat(unpacked.files())
                .extracting(IncomingFile::name)
                .containsExactly("upload.zip/study/CT1.dcm", "upload.zip/study/sub/CT2.dcm");
        assertThat(unpacked.files().get(1).content()).isEqualTo(random(120, 2));
    }

    @Test
    void paths_leaving_the_archive_are_refused_and_not_unpacked() {
        byte[] zip = zip(entries(
                "../evil.dcm", random(10, 1),
                "/etc/absolute.dcm", random(10, 2),
                "C:\\Windows\\drive.dcm", random(10, 3),
                "ok/..\\..\\climb.dcm", random(10, 4),
                "ok/fine.dcm", random(10, 5)));

        var unpacked = new UploadBatch(ROOMY).add(new IncomingFile("u.zip", zip));

        assertThat(unpacked.files()).extracting(IncomingFile::name).containsExactly("u.zip/ok/fine.dcm");
        assertThat(unpacked.refused()).hasSize(4).allSatisfy(r -> {
            assertThat(r.cause()).isEqualTo(RejectionCause.UNREADABLE);
            assertThat(r.reason().messageKey()).isEqualTo(IngestReasons.UNSAFE_PATH);
        });
    }

    @Test
    void an_entry_that_unpacks_far_beyond_its_packed_size_is_refused_as_a_bomb() {
        byte[] zeros = new byte[20 << 20];
        byte[] zip = zip(entries("bomb.dcm", zeros, "after.dcm", random(10, 1)));
        assertThat(zip.length).isLessThan(zeros.length / ArchiveReader.MAX_RATIO);

        var batch = new UploadBatch(ROOMY);
        var unpacked = batch.add(new IncomingFile("b.zip", zip));

        assertThat(unpacked.refused()).singleElement().satisfies(r -> {
            assertThat(r.fileName()).isEqualTo("b.zip/bomb.dcm");
            assertThat(r.reason().messageKey()).isEqualTo(IngestReasons.COMPRESSION_RATIO);
        });
        assertThat(unpacked.files()).extracting(IncomingFile::name).containsExactly("b.zip/after.dcm");
        assertThat(batch.fileCount()).isEqualTo(1);
    }

    @Test
    void an_entry_over_the_file_limit_is_refused_without_being_read_whole() {
        var limits = new IngestLimits(1000, 100_000, 100);
        byte[] zip = zip(entries("big.dcm", random(5000, 1), "small.dcm", random(500, 2)));

        var unpacked = new UploadBatch(limits).add(new IncomingFile("z.zip", zip));

        assertThat(unpacked.refused()).singleElement().satisfies(r -> {
            assertThat(r.cause()).isEqualTo(RejectionCause.TOO_LARGE);
            assertThat(r.reason().messageKey()).isEqualTo(IngestReasons.TOO_LARGE);
        });
        assertThat(unpacked.files()).extracting(IncomingFile::name).containsExactly("z.zip/small.dcm");
    }

    @Test
    void once_the_upload_total_is_reached_the_rest_is_refused_and_nothing_more_is_read() {
        var limits = new IngestLimits(1000, 3000, 100);
        byte[] zip = zip(entries(
                "1.dcm",
                random(900, 1),
                "2.dcm",
                random(900, 2),
                "3.dcm",
                random(900, 3),
                "4.dcm",
                random(900, 4),
                "5.dcm",
                random(900, 5)));
        var batch = new UploadBatch(limits);

        var unpacked = batch.add(new IncomingFile("t.zip", zip));
        var later = batch.add(new IncomingFile("later.dcm", random(10, 9)));

        assertThat(unpacked.files()).hasSize(3);
        assertThat(unpacked.refused()).singleElement().satisfies(r -> {
            assertThat(r.fileName()).isEqualTo("t.zip/4.dcm");
            assertThat(r.reason()).isEqualTo(IngestReason.of(IngestReasons.BATCH_TOO_LARGE, "2.9 KB"));
        });
        assertThat(later.files()).isEmpty();
        assertThat(later.refused()).hasSize(1);
        assertThat(batch.remainingBytes()).isZero();
    }

    @Test
    void more_entries_than_the_upload_may_have_files_are_refused() {
        var limits = new IngestLimits(1000, 100_000, 2);
        byte[] zip = zip(entries("1.dcm", random(10, 1), "2.dcm", random(10, 2), "3.dcm", random(10, 3)));

        var unpacked = new UploadBatch(limits).add(new IncomingFile("c.zip", zip));

        assertThat(unpacked.files()).hasSize(2);
        assertThat(unpacked.refused())
                .extracting(Rejected::reason)
                .containsExactly(IngestReason.of(IngestReasons.TOO_MANY_FILES, "2"));
    }

    @Test
    void a_zip_inside_the_zip_is_not_followed() {
        byte[] inner = zip(entries("inner.dcm", random(10, 1)));
        byte[] zip = zip(entries("inner.zip", inner, "outer.dcm", random(10, 2)));

        var unpacked = new UploadBatch(ROOMY).add(new IncomingFile("n.zip", zip));

        assertThat(unpacked.files()).extracting(IncomingFile::name).containsExactly("n.zip/outer.dcm");
        assertThat(unpacked.refused())
                .singleElement()
                .satisfies(r -> assertThat(r.reason().messageKey()).isEqualTo(IngestReasons.NESTED_ARCHIVE));
    }

    @Test
    void a_damaged_zip_keeps_what_came_before_the_damage_and_says_so() {
        byte[] zip = zip(entries("first.dcm", random(2000, 1), "second.dcm", random(50_000, 2)));
        byte[] cut = Arrays.copyOf(zip, 2000 + 200);

        var unpacked = new UploadBatch(ROOMY).add(new IncomingFile("d.zip", cut));

        assertThat(unpacked.files()).extracting(IncomingFile::name).containsExactly("d.zip/first.dcm");
        assertThat(unpacked.refused()).singleElement().satisfies(r -> {
            assertThat(r.fileName()).isEqualTo("d.zip");
            assertThat(r.reason().messageKey()).isEqualTo(IngestReasons.UNREADABLE_ARCHIVE);
        });
    }

    @Test
    void a_plain_file_is_taken_as_it_is_and_counted() {
        var batch = new UploadBatch(new IngestLimits(1000, 1500, 10));

        var first = batch.add(new IncomingFile("a.dcm", random(800, 1)));
        var second = batch.add(new IncomingFile("b.dcm", random(800, 2)));

        assertThat(first.files()).hasSize(1);
        assertThat(second.files()).isEmpty();
        assertThat(second.refused())
                .singleElement()
                .satisfies(r -> assertThat(r.reason().messageKey()).isEqualTo(IngestReasons.BATCH_TOO_LARGE));
    }

    @Test
    void a_folder_sent_file_by_file_skips_what_a_zip_skips_and_counts_the_rest_against_the_limits() {
        var batch = new UploadBatch(new IngestLimits(1000, 10_000, 3));

        var taken = java.util.stream.Stream.of(
                        "scan/CT1.dcm",
                        "scan/.DS_Store",
                        "scan/DICOMDIR",
                        "scan/.hidden/CT9.dcm",
                        "scan/series 2/CT2.dcm",
                        "scan/series 2/CT3.dcm",
                        "scan/series 2/CT4.dcm")
                .map(name -> batch.add(new IncomingFile(name, random(100, name.hashCode()))))
                .toList();

        assertThat(taken.stream().flatMap(u -> u.files().stream()))
                .extracting(IncomingFile::name)
                .containsExactly("scan/CT1.dcm", "scan/series 2/CT2.dcm", "scan/series 2/CT3.dcm");
        assertThat(taken.stream().flatMap(u -> u.refused().stream()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.fileName()).isEqualTo("scan/series 2/CT4.dcm");
                    assertThat(r.reason().messageKey()).isEqualTo(IngestReasons.TOO_MANY_FILES);
                });
        assertThat(batch.fileCount()).isEqualTo(3);
    }

    private static Map<String, byte[]> entries(Object... namesAndContents) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            map.put((String) namesAndContents[i], (byte[]) namesAndContents[i + 1]);
        }
        return map;
    }

    /** A zip of these entries in order; a null content makes a directory entry. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getValue() != null) {
                    zip.write(entry.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
