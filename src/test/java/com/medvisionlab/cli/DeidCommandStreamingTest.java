package com.medvisionlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeidCommandStreamingTest {

    private static final ReadOptions ALL_VALUES =
            ReadOptions.builder().loadAllValues().build();

    /**
     * Four slices with 16 MiB of pixel data each, de-identified by the CLI in a child JVM whose heap (24 MiB) could
     * not hold the pixel data of two of them: it only works if pixel data is streamed from input to output.
     */
    @Test
    void pixel_data_is_streamed_so_memory_does_not_grow_with_the_files(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        SyntheticCtSlices.write(in, 4, 4096, 2048);
        Files.writeString(dir.resolve("secret"), "a-secret-for-the-memory-test-0123456789");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-Xmx24m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "com.medvisionlab.MedVisionLabApplication",
                        "deid",
                        in.toString(),
                        dir.resolve("out").toString(),
                        "--secret-file",
                        dir.resolve("secret").toString(),
                        "--mapping-dir",
                        dir.resolve("map").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue())
                .as(Files.readString(dir.resolve("child.log")))
                .isZero();
        for (int n = 1; n <= 4; n++) {
            String name = String.format("slice%04d.dcm", n);
            Dataset before = DicomReader.read(in.resolve(name), ALL_VALUES).dataset();
            Dataset after = DicomReader.read(dir.resolve("out").resolve(name), ALL_VALUES)
                    .dataset();
            assertThat(before.getBytes(Tags.PixelData).orElseThrow()).hasSize(4096 * 2048 * 2);
            assertThat(after.getBytes(Tags.PixelData))
                    .as(name)
                    .hasValueSatisfying(pixels -> assertThat(pixels)
                            .isEqualTo(before.getBytes(Tags.PixelData).orElseThrow()));
            assertThat(after.getString(Tags.PatientName)).isNotEqualTo(before.getString(Tags.PatientName));
        }
    }
}
