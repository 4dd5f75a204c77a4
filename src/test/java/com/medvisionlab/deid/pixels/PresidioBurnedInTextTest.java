package com.medvisionlab.deid.pixels;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Presidio's CT localizer with a burned-in synthetic name, sex, study date and DOB, against presidio's own
 * hand-made ground-truth boxes.
 */
class PresidioBurnedInTextTest {

    private static final List<String> IDENTIFIERS = TestImages.PRESIDIO_IDENTIFIERS;

    @RegisterExtension
    static final EnglishOcr OCR = new EnglishOcr();

    private BufferedImage image;
    private Map<String, Rectangle> truth;

    @BeforeEach
    void load() throws Exception {
        image = TestImages.presidioLocalizer();
        truth = TestImages.groundTruth("sample_data/2_ORIGINAL.dcm");
    }

    @Test
    void detector_boxes_cover_every_ground_truth_box_without_false_positives() {
        List<Rectangle> found = TestImages.boxes(new TextDetector().detect(image));

        truth.forEach((label, box) -> assertThat(Boxes.coverage(box, found))
                .as("coverage of ground truth %s %s by %s", label, box, found)
                .isGreaterThanOrEqualTo(0.9));
        Rectangle allTruth = truth.values().stream().reduce(Rectangle::union).orElseThrow();
        for (Rectangle box : found) {
            assertThat(box.intersects(allTruth))
                    .as("detection %s lies on burned-in text", box)
                    .isTrue();
        }
    }

    @Test
    void ocr_reads_the_name_before_redaction() {
        String text = OCR.engine().readWords(image).stream()
                .map(w -> w.text().orElse(""))
                .collect(Collectors.joining(" "));
        FuzzyMatcher matcher = new FuzzyMatcher();

        assertThat(matcher.findWhole("KAUFMAN^SCOTT", text))
                .as("OCR text: %s", text)
                .isPresent();
        assertThat(matcher.findAnyToken("07.22.1943", text))
                .as("OCR text: %s", text)
                .isPresent();
    }

    @Test
    void after_redaction_nothing_is_readable_in_the_ground_truth_boxes() {
        ResidualTextVerifier verifier = new ResidualTextVerifier(OCR.engine(), new FuzzyMatcher());
        List<Rectangle> truthBoxes = new ArrayList<>(truth.values());
        assertThat(verifier.verify(image, truthBoxes, IDENTIFIERS).noIdentifiers())
                .as("the verifier sees the identifiers before redaction")
                .isFalse();

        List<TextRegion> regions = new BurnedInTextFinder(new TextDetector(), Optional.of(OCR.engine())).find(image);
        new Redactor().redact(image, TestImages.boxes(regions));

        ResidualTextVerifier.Report inBoxes = verifier.verify(image, truthBoxes, IDENTIFIERS);
        assertThat(inBoxes.hits()).isEmpty();
        assertThat(inBoxes.readableWords()).isEmpty();
        assertThat(verifier.verify(image, IDENTIFIERS).hits()).as("whole image").isEmpty();
    }

    @Test
    void detector_covers_the_ground_truth_on_the_cr_chest_rendered_by_dcmtk(@TempDir Path tmp) throws Exception {
        Path dicom = TestImages.sharedFile("presidio_0_ORIGINAL_compressed.dcm");
        Path png = tmp.resolve("cr.png");
        Process p;
        try {
            // dcmtk decodes the RLE MONOCHROME1 file independently of our own DICOM code
            p = new ProcessBuilder("dcmj2pnm", "--write-png", "+Wm", dicom.toString(), png.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("log").toFile())
                    .start();
        } catch (IOException e) {
            Assumptions.abort("dcmj2pnm (Debian dcmtk) not installed");
            return;
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        BufferedImage cr = ImageIO.read(png.toFile());
        Map<String, Rectangle> crTruth = TestImages.groundTruth("sample_data/0_ORIGINAL.dcm");

        List<Rectangle> found = TestImages.boxes(new TextDetector().detect(cr));

        crTruth.forEach((label, box) -> assertThat(Boxes.coverage(box, found))
                .as("coverage of ground truth %s by %s", label, found)
                .isGreaterThanOrEqualTo(0.9));
    }
}
