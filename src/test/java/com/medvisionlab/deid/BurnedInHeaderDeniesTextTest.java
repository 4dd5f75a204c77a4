package com.medvisionlab.deid;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.deid.dicompixels.DicomPixelCleaner;
import com.medvisionlab.deid.pixels.OcrEngine;
import com.medvisionlab.deid.pixels.TextRegion;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
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
 * The reported case (issue 9, "trust no header"): a computed radiograph whose header says BurnedInAnnotation NO, an
 * original image of a modality that rarely burns text in, with a Chinese name in its corner. Under the old rule its
 * pixels were never looked at; by default it must now come out with the name blanked.
 */
class BurnedInHeaderDeniesTextTest {

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
    void a_radiograph_whose_header_denies_burned_in_text_is_scanned_and_its_chinese_name_blanked(@TempDir Path work)
            throws Exception {
        Path input = radiographWithNameInTheCorner(work);
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
        List<String> method = run.read().dataset().getStrings(Tags.DeidentificationMethod);
        assertThat(method)
                .as("the image says why it was scanned and where it was blanked")
                .anyMatch(m -> m.startsWith("text scan: every image is scanned, header not trusted"))
                .anyMatch(m -> m.startsWith("pixels redacted") && m.endsWith("detected"));
    }

    @Test
    void only_the_explicit_header_trusting_opt_out_lets_it_through_and_says_so(@TempDir Path work) throws Exception {
        Path input = radiographWithNameInTheCorner(work);

        BurnedInPipeline.Run run;
        try (DicomPixelCleaner trusting =
                DicomPixelCleaner.standard(DicomPixelCleaner.Settings.defaults().withScanAll(false))) {
            run = BurnedInPipeline.deidentify(trusting, input, work.resolve("run"));
        }

        assertThat(run.output()).isPresent();
        assertThat(readByDcmtkAndOcr(run.output().get(), work.resolve("after")))
                .as("the old rule: the header is believed, the name stays")
                .contains("张伟");
        assertThat(run.read().dataset().getStrings(Tags.DeidentificationMethod))
                .contains("pixels not scanned for text: header trusted");
    }

    /** A smooth CR, BurnedInAnnotation NO, ORIGINAL\PRIMARY, with the patient's name in the top left corner. */
    private static Path radiographWithNameInTheCorner(Path work) {
        BufferedImage image = SyntheticImages.radiograph(512, 512);
        SyntheticImages.draw(image, "张伟 PID4711", SyntheticImages.cjkFont(18), 12, 28);
        return SyntheticImages.write(image, "CR", PATIENT, work.resolve("cr.dcm"), ds -> {
            ds.setString(Tags.BurnedInAnnotation, VR.CS, "NO");
            ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY");
        });
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
