package com.medvisionlab.deid.pixels;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BurnedInTextPipelineTest {

    private static final List<String> IDENTIFIERS = TestImages.PRESIDIO_IDENTIFIERS;
    private static final ImageOrigin TOSHIBA = new ImageOrigin("CT", "TOSHIBA", "Aquilion ONE", 552, 394);

    @RegisterExtension
    static final EnglishOcr OCR = new EnglishOcr();

    private BurnedInTextPipeline pipeline;
    private BufferedImage image;

    @BeforeEach
    void load() throws Exception {
        OcrEngine ocr = OCR.engine();
        pipeline = new BurnedInTextPipeline(
                Optional.of(new BurnedInTextFinder(new TextDetector(), Optional.of(ocr))),
                Optional.of(new ResidualTextVerifier(ocr, new FuzzyMatcher())));
        image = TestImages.presidioLocalizer();
    }

    @Test
    void a_localizer_is_scanned_and_detected_manual_and_rule_boxes_are_all_blacked_out() throws Exception {
        Rectangle manual = new Rectangle(300, 500, 20, 10);
        RedactionPlan plan = plan(
                TOSHIBA,
                new BurnedInTextPolicy.Input("CT", "", "ORIGINAL\\PRIMARY\\LOCALIZER", false),
                List.of(manual));

        List<RedactedArea> areas = pipeline.scrub(image, Fill.black(), plan);

        assertThat(plan.scanDecision().scan()).isTrue();
        assertThat(areas)
                .extracting(RedactedArea::origin)
                .contains(RedactedArea.Origin.RULE, RedactedArea.Origin.MANUAL, RedactedArea.Origin.DETECTED);
        assertThat(image.getRaster().getSample(310, 505, 0)).isZero();
        Map<String, Rectangle> truth = TestImages.groundTruth("sample_data/2_ORIGINAL.dcm");
        truth.values()
                .forEach(t -> assertThat(isBlack(t))
                        .as("ground truth %s blacked out", t)
                        .isTrue());
        assertThat(pipeline.residualHits(image, IDENTIFIERS)).isEmpty();
    }

    @Test
    void an_axial_ct_whose_header_denies_text_is_scanned_all_the_same() {
        RedactionPlan plan = plan(
                new ImageOrigin("CT", "ACME", "X1", 552, 394),
                new BurnedInTextPolicy.Input("CT", "NO", "ORIGINAL\\PRIMARY\\AXIAL", false),
                List.of());

        List<RedactedArea> areas = pipeline.scrub(image, Fill.black(), plan);

        assertThat(plan.scanDecision().scan()).isTrue();
        assertThat(plan.textExpected()).isFalse();
        assertThat(areas).isNotEmpty().extracting(RedactedArea::origin).containsOnly(RedactedArea.Origin.DETECTED);
        assertThat(pipeline.residualHits(image, IDENTIFIERS)).isEmpty();
    }

    @Test
    void under_the_header_trusting_opt_out_an_axial_ct_is_not_scanned_but_the_device_rule_removes_the_banner() {
        assertThat(pipeline.residualHits(image, IDENTIFIERS))
                .as("the banner is legible before")
                .isNotEmpty();
        RedactionPlan plan =
                plan(TOSHIBA, new BurnedInTextPolicy.Input("CT", "NO", "ORIGINAL\\PRIMARY\\AXIAL", true), List.of());

        List<RedactedArea> areas = pipeline.scrub(image, Fill.black(), plan);

        assertThat(plan.scanDecision().scan()).isFalse();
        assertThat(areas).extracting(RedactedArea::origin).containsOnly(RedactedArea.Origin.RULE);
        assertThat(pipeline.residualHits(image, IDENTIFIERS)).isEmpty();
    }

    @Test
    void under_the_opt_out_an_unknown_device_that_is_not_scanned_is_left_untouched() throws Exception {
        RedactionPlan plan = plan(
                new ImageOrigin("CT", "ACME", "X1", 552, 394),
                new BurnedInTextPolicy.Input("CT", "NO", "ORIGINAL\\PRIMARY\\AXIAL", true),
                List.of());

        assertThat(plan.leavesPixelsAlone()).isTrue();
        assertThat(pipeline.scrub(image, Fill.black(), plan)).isEmpty();
        assertThat(((DataBufferByte) image.getRaster().getDataBuffer()).getData())
                .isEqualTo(((DataBufferByte)
                                TestImages.presidioLocalizer().getRaster().getDataBuffer())
                        .getData());
    }

    @Test
    void a_photo_is_scanned_for_text_without_rules_or_reviewer_boxes() {
        List<RedactedArea> areas = pipeline.scrub(image, Fill.black(), RedactionPlan.photo());

        assertThat(areas).isNotEmpty().extracting(RedactedArea::origin).containsOnly(RedactedArea.Origin.DETECTED);
        assertThat(pipeline.residualHits(image, IDENTIFIERS)).isEmpty();
    }

    @Test
    void without_a_verifier_or_identifiers_nothing_is_verified() {
        BurnedInTextPipeline detectionOnly = new BurnedInTextPipeline(Optional.empty(), Optional.empty());

        assertThat(detectionOnly.verifies(IDENTIFIERS)).isFalse();
        assertThat(detectionOnly.residualHits(image, IDENTIFIERS)).isEmpty();
        assertThat(pipeline.verifies(List.of())).isFalse();
        assertThat(pipeline.verifies(IDENTIFIERS)).isTrue();
    }

    private static RedactionPlan plan(ImageOrigin origin, BurnedInTextPolicy.Input header, List<Rectangle> manual) {
        return RedactionPlan.of(origin, header, manual, RegionRuleSet.builtIn(), new BurnedInTextPolicy());
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
}
