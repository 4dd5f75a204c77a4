package com.medvisionlab.deid.pixels;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PixelScrubberTest {

    private static final int PRESIDIO_PADDING = 25; // see PresidioBurnedInTextTest
    private static final List<String> IDENTIFIERS = List.of("KAUFMAN^SCOTT", "03.09.2012", "07.22.1943");

    private static OcrEngine ocr;
    private BufferedImage image;
    private BufferedImage original;
    private PixelScrubber scrubber;

    @BeforeAll
    static void startOcr() {
        ocr = new OcrEngine();
    }

    @AfterAll
    static void stopOcr() {
        ocr.close();
    }

    @BeforeEach
    void load() throws Exception {
        image = ImageIO.read(TestImages.sharedFile("presidio_2_ORIGINAL.png").toFile());
        original = ImageIO.read(TestImages.sharedFile("presidio_2_ORIGINAL.png").toFile());
        scrubber = new PixelScrubber(RegionRuleSet.builtIn(), new BurnedInTextPolicy(),
                new BurnedInTextFinder(new TextDetector(), Optional.of(ocr)), new Redactor());
    }

    @Test
    void a_localizer_is_scanned_and_detected_manual_and_rule_boxes_are_all_blacked_out() throws Exception {
        Rectangle manual = new Rectangle(300, 500, 20, 10);
        PixelScrubber.Request request = new PixelScrubber.Request(
                new ImageOrigin("CT", "TOSHIBA", "Aquilion ONE", 552, 394),
                new BurnedInTextPolicy.Input("CT", "", "ORIGINAL\\PRIMARY\\LOCALIZER", false), List.of(manual));

        PixelScrubber.Result result = scrubber.scrub(image, request);

        assertThat(result.scanDecision().scan()).isTrue();
        assertThat(result.areas()).extracting(PixelScrubber.RedactedArea::origin)
                .contains(PixelScrubber.Origin.RULE, PixelScrubber.Origin.MANUAL, PixelScrubber.Origin.DETECTED);
        assertThat(result.areas()).filteredOn(a -> a.origin() == PixelScrubber.Origin.DETECTED)
                .anySatisfy(a -> assertThat(a.text().orElse("")).contains("KAUFMAN"));
        assertThat(image.getRaster().getSample(310, 505, 0)).isZero();
        Map<String, Rectangle> truth = TestImages.groundTruth("sample_data/2_ORIGINAL.dcm");
        truth.values().forEach(t -> assertThat(isBlack(shifted(t))).as("ground truth %s blacked out", t).isTrue());
    }

    @Test
    void an_axial_ct_is_not_scanned_but_the_device_rule_alone_removes_the_banner() {
        PixelScrubber.Request request = new PixelScrubber.Request(
                new ImageOrigin("CT", "TOSHIBA", "Aquilion ONE", 552, 394),
                new BurnedInTextPolicy.Input("CT", "NO", "ORIGINAL\\PRIMARY\\AXIAL", false), List.of());

        PixelScrubber.Result result = scrubber.scrub(image, request);

        assertThat(result.scanDecision().scan()).isFalse();
        assertThat(result.areas()).extracting(PixelScrubber.RedactedArea::origin)
                .containsOnly(PixelScrubber.Origin.RULE);
        ResidualTextVerifier verifier = new ResidualTextVerifier(ocr, new FuzzyMatcher());
        assertThat(verifier.verify(image, IDENTIFIERS).hits()).isEmpty();
    }

    @Test
    void an_unknown_device_that_is_not_scanned_is_left_untouched() {
        PixelScrubber.Request request = new PixelScrubber.Request(
                new ImageOrigin("CT", "ACME", "X1", 552, 394),
                new BurnedInTextPolicy.Input("CT", "NO", "ORIGINAL\\PRIMARY\\AXIAL", false), List.of());

        assertThat(scrubber.scrub(image, request).areas()).isEmpty();
        assertThat(((DataBufferByte) image.getRaster().getDataBuffer()).getData())
                .isEqualTo(((DataBufferByte) original.getRaster().getDataBuffer()).getData());
    }

    private boolean isBlack(Rectangle r) {
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (image.getRaster().getSample(x, y, 0) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Rectangle shifted(Rectangle r) {
        return new Rectangle(r.x - PRESIDIO_PADDING, r.y - PRESIDIO_PADDING, r.width, r.height);
    }
}
