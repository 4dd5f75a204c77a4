package com.medvisionlab.dicom.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Sequence;
import com.medvisionlab.dicom.json.DicomJsonWriter;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates sample files (bit flips, byte overwrites, truncation, inflated length fields) with a fixed seed. Every
 * mutant must parse, or fail with a {@link DicomException}; value access and JSON output likewise. No other exception,
 * no OutOfMemoryError, no hang.
 */
class FuzzTest {

    private static final int CASES_PER_FILE = 250;
    private static final List<String> SAMPLES = List.of(
            "MR_small.dcm",
            "MR_small_implicit.dcm",
            "MR_small_bigendian.dcm",
            "rtplan.dcm",
            "test-SR.dcm",
            "nested_priv_SQ.dcm",
            "priv_SQ.dcm",
            "charsets/chrH31.dcm",
            "charsets/chrSQEncoding.dcm",
            "compressed/Deflated_SR_report_dfl.dcm",
            "compressed/JPEG-baseline_SC_rgb_jpeg_dcmtk.dcm",
            "malformed/UN_sequence.dcm");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> mutated_files_parse_or_fail_with_a_dicom_exception() {
        return SAMPLES.stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    byte[] original = Files.readAllBytes(TestFiles.get(name));
                    Random random = new Random(name.hashCode());
                    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                        for (int i = 0; i < CASES_PER_FILE; i++) {
                            byte[] mutant = mutate(original, random);
                            try {
                                exercise(mutant, i % 10 == 0);
                            } catch (DicomException expected) {
                                // a clean, typed failure is a pass
                            } catch (RuntimeException | Error e) {
                                Path kept = temp.resolve("mutant-" + i + ".dcm");
                                Files.write(kept, mutant);
                                throw new AssertionError(name + " mutant " + i + " (seeded) threw " + e, e);
                            }
                        }
                    });
                }));
    }

    private void exercise(byte[] bytes, boolean viaFile) throws Exception {
        DicomFile file;
        if (viaFile) {
            Path path = temp.resolve("case.dcm");
            Files.write(path, bytes);
            file = DicomReader.read(
                    path,
                    ReadOptions.builder()
                            .largeValues(ReadOptions.LargeValues.REFERENCE, 64)
                            .build());
        } else {
            file = DicomReader.read(
                    new ByteArrayInputStream(bytes),
                    "mutant",
                    ReadOptions.builder().loadAllValues().build());
        }
        touchEveryValue(file.dataset());
        DicomJsonWriter.toJson(file.dataset());
    }

    private static void touchEveryValue(Dataset ds) {
        ds.forEach((tag, vr, value) -> {
            if (value instanceof Sequence sequence) {
                sequence.forEach(FuzzTest::touchEveryValue);
            } else {
                ds.getStrings(tag);
            }
        });
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        switch (random.nextInt(5)) {
            case 0 -> { // bit flips
                for (int k = 1 + random.nextInt(8); k > 0; k--) {
                    int at = random.nextInt(b.length);
                    b[at] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> { // byte overwrites
                for (int k = 1 + random.nextInt(8); k > 0; k--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            case 2 -> { // truncation
                return java.util.Arrays.copyOf(b, random.nextInt(b.length));
            }
            case 3 -> { // inflate a 32-bit length-like field
                int at = random.nextInt(Math.max(1, b.length - 4));
                int value = switch (random.nextInt(4)) {
                    case 0 -> 0xFFFFFFFF;
                    case 1 -> 0x7FFFFFF0;
                    case 2 -> 0x40000000 + random.nextInt(1000);
                    default -> random.nextInt();
                };
                for (int k = 0; k < 4 && at + k < b.length; k++) {
                    b[at + k] = (byte) (value >> (8 * k));
                }
            }
            default -> { // inflate a 16-bit length-like field
                int at = random.nextInt(Math.max(1, b.length - 2));
                b[at] = (byte) 0xFF;
                if (at + 1 < b.length) {
                    b[at + 1] = (byte) random.nextInt(256);
                }
            }
        }
        return b;
    }
}
