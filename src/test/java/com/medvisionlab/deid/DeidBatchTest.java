package com.medvisionlab.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.medvisionlab.deid.consistency.DeidSecret;
import com.medvisionlab.deid.consistency.MappingStore;
import com.medvisionlab.deid.report.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeidBatchTest {

    private static final Path SAMPLES = Path.of("../shared/testdata/dicom");
    private static final DeidSecret SECRET =
            DeidSecret.fromMaterial("batch-test-secret-0123456789".getBytes(StandardCharsets.UTF_8));

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
                    .as(file.toString())
                    .isEqualTo(Files.readAllBytes(single.root.resolve(file)));
        }
    }

    private record Run(Path root, RunReport report, String uidCsv, String patientCsv) {}

    private Run run(int threads) throws IOException {
        Path root = tmp.resolve("t" + threads);
        MappingStore store = MappingStore.inMemory(SECRET);
        DeidEngine engine = new DeidEngine(SECRET, store, PixelCleaner.NONE);
        RunReport report = new DeidBatch(engine, DeidConfig.of(DeidPreset.TEACHING))
                .withThreads(threads)
                .run(SAMPLES, root.resolve("out"), root.resolve("quarantine"), (done, total) -> {});
        return new Run(
                root, report, store.exportCsv(MappingStore.Kind.UID), store.exportCsv(MappingStore.Kind.PATIENT_ID));
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .sorted()
                    .toList();
        }
    }
}
