package com.medvisionlab.deid;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.deid.dicompixels.DicomPixelCleaner;
import com.medvisionlab.deid.pixels.OcrEngine;
import com.medvisionlab.deid.pixels.TextRegion;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Chinese patient name burned into an ultrasound image, through DeidBatch with the teaching preset: redacted when
 * detection finds it, quarantined by the eng+chi_sim verification when it does not.
 */
class BurnedInChineseTest {

    private static final String PATIENT = "Zhang^Wei=张^伟=";
    private static OcrEngine ocr;

    @BeforeAll
    static void open() {
        ocr = new OcrEngine(3, List.of(OcrEngine.Language.ENGLISH, OcrEngine.Language.SIMPLIFIED_CHINESE));
    }

    @AfterAll
    static void close() {
        ocr.close();
    }

    @Test
    void a_burned_in_chinese_name_is_redacted_and_the_file_passes(@TempDir Path work) throws Exception {
        Path input = plantedName(work);
        assertThat(readByDcmtkAndOcr(input, work.resolve("before")))
                .as("the planted name is legible")
                .contains("张伟");

        BurnedInPipeline.Run run;
        try (DicomPixelCleaner cleaner = DicomPixelCleaner.standard(DicomPixelCleaner.Settings.defaults())) {
            run = BurnedInPipeline.deidentify(cleaner, input, work.resolve("run"));
        }

        assertThat(run.output())
                .as("quarantine reason: %s", run.quarantineReason())
                .isPresent();
        assertThat(readByDcmtkAndOcr(run.output().get(), work.resolve("after"))).doesNotContain("张伟");
    }

    @Test
    void a_chinese_name_that_detection_missed_sends_the_file_to_quarantine(@TempDir Path work) throws Exception {
        Path input = plantedName(work);

        BurnedInPipeline.Run run = BurnedInPipeline.deidentifyWithoutDetection(input, work.resolve("run"));

        assertThat(run.output()).as("nothing written to the destination").isEmpty();
        assertThat(run.quarantined()).isPresent();
        assertThat(run.quarantineReason())
                .contains("identifier legible in pixels")
                .doesNotContain("张")
                .doesNotContain("伟");
    }

    private static Path plantedName(Path work) {
        BufferedImage image = SyntheticImages.speckle(480, 320);
        SyntheticImages.draw(image, "姓名 张伟  ID PID4711", SyntheticImages.cjkFont(20), 30, 200);
        return SyntheticImages.write(image, "US", PATIENT, work.resolve("zh.dcm"));
    }

    /** dcmtk decodes the file independently of our DICOM code; the text is returned without spaces. */
    private static String readByDcmtkAndOcr(Path dicom, Path work) throws Exception {
        BufferedImage frame = BurnedInPipeline.renderWithDcmtk(dicom, work, 1).getFirst();
        return ocr.readWords(frame).stream()
                .map(TextRegion::text)
                .flatMap(Optional::stream)
                .collect(Collectors.joining())
                .replaceAll("\\s+", "");
    }
}
