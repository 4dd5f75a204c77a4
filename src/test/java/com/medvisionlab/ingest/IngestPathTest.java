package com.medvisionlab.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.medvisionlab.deid.DeidConfig;
import com.medvisionlab.deid.DeidPreset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.Page;
import com.medvisionlab.imaging.StudyQuery;
import com.medvisionlab.ingest.IngestOutcome.AlreadyPresent;
import com.medvisionlab.ingest.IngestOutcome.Quarantined;
import com.medvisionlab.ingest.IngestOutcome.Rejected;
import com.medvisionlab.ingest.IngestOutcome.RejectionCause;
import com.medvisionlab.ingest.IngestOutcome.Stored;
import com.medvisionlab.redaction.PublicationCheck;
import com.medvisionlab.storage.BlobStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A zip of shared samples plus a synthetic slice with a planted patient and a broken file, uploaded through the
 * batch and the service into a data directory of its own (H2 in memory): everything on disk is searched for the
 * planted identifiers and for the original pixels.
 */
@SpringBootTest
class IngestPathTest {

    static final Path SAMPLES = Path.of("../shared/testdata/dicom");
    static final Path DATA =
            Path.of("target/test-data/ingest-path-" + ProcessHandle.current().pid());
    static final List<String> SAMPLE_FILES = List.of(
            "CT_small.dcm",
            "MR_small.dcm",
            "series/MR-wrist-16-slices/MR01.dcm",
            "series/MR-wrist-16-slices/MR02.dcm",
            "series/MR-wrist-16-slices/MR03.dcm",
            "burned-in/presidio_2_ORIGINAL.dcm");

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("medvision.storage.root", () -> DATA.resolve("blobs").toString());
        registry.add(
                "medvision.ingest.deid-secret-file",
                () -> DATA.resolve("deid/secret").toString());
        registry.add(
                "medvision.ingest.deid-mapping-dir",
                () -> DATA.resolve("deid/mappings").toString());
    }

    @Autowired
    Ingestion ingestion;

    @Autowired
    IngestLimits limits;

    @Autowired
    ImagingIndex index;

    @Autowired
    BlobStore blobs;

    @Autowired
    PublicationCheck publication;

    @Test
    void a_zip_of_samples_is_de_identified_encrypted_indexed_and_idempotent_and_a_broken_file_spoils_nothing()
            throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "shared test data absent");
        var planted = SyntheticUploads.ct(42);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String sample : SAMPLE_FILES) {
            entries.put("case/" + sample, Files.readAllBytes(SAMPLES.resolve(sample)));
        }
        entries.put("case/planted.dcm", planted.bytes());
        entries.put("case/broken.dcm", Arrays.copyOf(planted.bytes(), 400));
        byte[] zip = zip(entries);

        List<IngestOutcome> first = upload(zip);

        assertThat(first).hasSize(SAMPLE_FILES.size() + 2);
        assertThat(first)
                .filteredOn(o -> o.fileName().equals("case.zip/case/broken.dcm"))
                .singleElement()
                .isEqualTo(new Rejected(
                        "case.zip/case/broken.dcm",
                        RejectionCause.UNREADABLE,
                        IngestReason.of(IngestReasons.UNREADABLE_DICOM)));
        var taken =
                first.stream().filter(o -> !o.fileName().endsWith("broken.dcm")).toList();
        assertThat(taken)
                .filteredOn(o -> !o.fileName().contains("burned-in"))
                .allSatisfy(o -> assertThat(o).isInstanceOf(Stored.class));
        // burned-in text: blanked and recorded for review, or quarantined when it cannot be removed
        var burned = taken.stream()
                .filter(o -> o.fileName().contains("burned-in"))
                .findFirst()
                .orElseThrow();
        assertThat(burned).isInstanceOfAny(Stored.class, Quarantined.class);
        if (burned instanceof Stored stored) {
            assertThat(publication.unconfirmedInstances(List.of(stored.ids().studyInstanceUid())))
                    .contains(stored.ids().sopInstanceUid());
        }

        var plantedIds = ((Stored) first.stream()
                        .filter(o -> o.fileName().endsWith("planted.dcm"))
                        .findFirst()
                        .orElseThrow())
                .ids();
        var found = index.findStudies(StudyQuery.builder(new Page(10, 0))
                .studyInstanceUids(List.of(plantedIds.studyInstanceUid()))
                .modalitiesInStudy(List.of("CT"))
                .build());
        assertThat(found.total()).isEqualTo(1);
        assertThat(found.items().getFirst().numberOfInstances()).isEqualTo(1);
        assertThat(index.findStudies(StudyQuery.builder(new Page(10, 0))
                                .patientName(SyntheticUploads.PLANTED_NAME)
                                .build())
                        .total())
                .isZero();
        var wrist = first.stream()
                .filter(o -> o.fileName().contains("MR-wrist"))
                .map(o -> ((Stored) o).ids().seriesInstanceUid())
                .distinct()
                .toList();
        assertThat(wrist).hasSize(1);
        assertThat(index.series(wrist.getFirst()).orElseThrow().numberOfInstances())
                .isEqualTo(3);

        assertNothingOnDiskReveals(
                planted.pixels(),
                SyntheticUploads.PLANTED_NAME.getBytes(StandardCharsets.US_ASCII),
                SyntheticUploads.PLANTED_ID.getBytes(StandardCharsets.US_ASCII),
                "QUIXBLATT".getBytes(StandardCharsets.US_ASCII));
        byte[] ctPixels = DicomReader.read(SAMPLES.resolve("CT_small.dcm"))
                .dataset()
                .getBytes(Tags.PixelData)
                .orElseThrow();
        assertNothingOnDiskReveals(ctPixels);

        int blobsBefore = blobs.list("").size();
        List<IngestOutcome> again = upload(zip);

        assertThat(again).hasSize(first.size());
        for (int i = 0; i < first.size(); i++) {
            switch (first.get(i)) {
                case Stored stored ->
                    assertThat(again.get(i)).isEqualTo(new AlreadyPresent(stored.fileName(), stored.ids()));
                default ->
                    assertThat(again.get(i).getClass()).isEqualTo(first.get(i).getClass());
            }
        }
        assertThat(blobs.list("").size()).isEqualTo(blobsBefore);
    }

    private List<IngestOutcome> upload(byte[] zip) {
        var settings = new IngestSettings(DeidConfig.of(DeidPreset.TEACHING), "tester");
        var unpacked = new UploadBatch(limits).add(new IncomingFile("case.zip", zip));
        List<IngestOutcome> outcomes = new ArrayList<>(unpacked.refused());
        unpacked.files().forEach(file -> outcomes.add(ingestion.ingest(file, settings)));
        return outcomes;
    }

    /**
     * No file under the data directory holds any of these byte strings, nor (for the first, pixel data) any 64-byte
     * run of it taken every 32 bytes, so a stored copy of 96 or more contiguous original bytes would be found.
     */
    private static void assertNothingOnDiskReveals(byte[] pixels, byte[]... identifiers) throws IOException {
        java.util.Set<java.nio.ByteBuffer> runs = new java.util.HashSet<>();
        for (int offset = 0; offset + 64 <= pixels.length; offset += 32) {
            runs.add(java.nio.ByteBuffer.wrap(Arrays.copyOfRange(pixels, offset, offset + 64)));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DATA)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(f -> f.toString().endsWith(".dek")); // the store really is under DATA
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            for (byte[] identifier : identifiers) {
                assertThat(IngestServiceTest.contains(content, identifier))
                        .as("%s holds a planted identifier", file)
                        .isFalse();
            }
            for (int i = 0; i + 64 <= content.length; i++) {
                assertThat(runs.contains(
                                java.nio.ByteBuffer.wrap(content, i, 64).slice()))
                        .as("%s holds original pixel bytes at %d", file, i)
                        .isFalse();
            }
        }
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
