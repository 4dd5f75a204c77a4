package com.medvisionlab.deid;

import com.medvisionlab.deid.consistency.DeidSecret;
import com.medvisionlab.deid.consistency.MappingStore;
import com.medvisionlab.deid.report.RunReport;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.DicomWriter;
import com.medvisionlab.dicom.io.ReadOptions;
import com.medvisionlab.dicom.io.TransferSyntax;
import com.medvisionlab.dicom.io.WriteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DeidBatchTest {

    private static final Path SAMPLES = Path.of("../shared/testdata/dicom");
    private static final DeidSecret SECRET = DeidSecret.fromMaterial(
            "batch-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path tmp;

    /** The whole shared corpus: readable, quarantined, unreadable (malformed) and non-DICOM files alike. */
    @Test
    void output_files_report_and_mappings_do_not_depend_on_the_thread_count() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "shared test data absent");
        Run single = run(1);
        Run parallel = run(3);

        assertThat(single.report.filesIn()).isGreaterThan(10);
        assertThat(parallel.report.toJson()).isEqualTo(single.report.toJson());
        assertThat(parallel.uidCsv).isEqualTo(single.uidCsv);
        assertThat(parallel.patientCsv).isEqualTo(single.patientCsv);
        List<Path> files = relativeFiles(single.root);
        assertThat(relativeFiles(parallel.root)).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.readAllBytes(parallel.root.resolve(file)))
                    .as(file.toString()).isEqualTo(Files.readAllBytes(single.root.resolve(file)));
        }
    }

    /**
     * Four files with 16 MiB of pixel data each, de-identified by the CLI in a child JVM whose heap (24 MiB) could
     * not hold the pixel data of two of them: it only works if pixel data is streamed from input to output.
     */
    @Test
    void pixel_data_is_streamed_so_memory_does_not_grow_with_the_files(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        byte[] pixels = new byte[4096 * 2048 * 2];
        new Random(7).nextBytes(pixels);
        for (int n = 0; n < 4; n++) {
            Dataset meta = new Dataset();
            meta.setString(Tags.MediaStorageSOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
            meta.setString(Tags.MediaStorageSOPInstanceUID, VR.UI, "1.2.3.4." + n);
            meta.setString(Tags.TransferSyntaxUID, VR.UI, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid());
            Dataset ds = new Dataset();
            ds.setString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
            ds.setString(Tags.SOPInstanceUID, VR.UI, "1.2.3.4." + n);
            ds.setString(Tags.PatientName, VR.PN, "BIGFILE^PATIENT");
            ds.setString(Tags.PatientID, VR.LO, "BIG" + n);
            ds.setString(Tags.Modality, VR.CS, "CT");
            ds.setInts(Tags.SamplesPerPixel, VR.US, 1);
            ds.setString(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2");
            ds.setInts(Tags.Rows, VR.US, 4096);
            ds.setInts(Tags.Columns, VR.US, 2048);
            ds.setInts(Tags.BitsAllocated, VR.US, 16);
            ds.setInts(Tags.BitsStored, VR.US, 16);
            ds.setInts(Tags.HighBit, VR.US, 15);
            ds.setInts(Tags.PixelRepresentation, VR.US, 0);
            ds.setBytes(Tags.PixelData, VR.OW, pixels);
            DicomWriter.write(new DicomFile(meta, ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN),
                    in.resolve("big" + n + ".dcm"), WriteOptions.keepSourceTransferSyntax());
        }
        Files.writeString(dir.resolve("secret"), "a-secret-for-the-memory-test-0123456789");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx24m", "-cp", System.getProperty("java.class.path"),
                "com.medvisionlab.MedVisionLabApplication", "deid", in.toString(), dir.resolve("out").toString(),
                "--secret-file", dir.resolve("secret").toString(), "--mapping-dir", dir.resolve("map").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
        for (int n = 0; n < 4; n++) {
            Dataset out = DicomReader.read(dir.resolve("out/big" + n + ".dcm"),
                    ReadOptions.builder().loadAllValues().build()).dataset();
            assertThat(out.getValue(Tags.PixelData)).hasValueSatisfying(v -> assertThat((byte[]) v).isEqualTo(pixels));
            assertThat(out.getString(Tags.PatientName)).isNotEqualTo(Optional.of("BIGFILE^PATIENT"));
        }
    }

    private record Run(Path root, RunReport report, String uidCsv, String patientCsv) {
    }

    private Run run(int threads) throws IOException {
        Path root = tmp.resolve("t" + threads);
        MappingStore store = MappingStore.inMemory(SECRET);
        DeidEngine engine = new DeidEngine(SECRET, store, PixelCleaner.NONE);
        RunReport report = new DeidBatch(engine, DeidConfig.of(DeidPreset.TEACHING)).withThreads(threads)
                .run(SAMPLES, root.resolve("out"), root.resolve("quarantine"), (done, total) -> { });
        return new Run(root, report, store.exportCsv(MappingStore.Kind.UID),
                store.exportCsv(MappingStore.Kind.PATIENT_ID));
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
