package com.medvisionlab.deid;

import static com.medvisionlab.deid.ExternalTools.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.deid.dicompixels.DicomPixelCleaner;
import com.medvisionlab.deid.dicompixels.ReviewerBoxes;
import com.medvisionlab.deid.pixels.RegionRuleSet;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomReader;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text drawn by the test itself: Chinese detection, reviewer boxes, and verification catching what detection missed. */
class BurnedInSyntheticTest {

    private static final int W = 480;
    private static final int H = 320;

    @Test
    void chinese_text_is_blanked_and_pixels_far_from_it_stay_identical(@TempDir Path work) throws Exception {
        BufferedImage image = SyntheticImages.speckle(W, H);
        Rectangle text = SyntheticImages.draw(image, "患者 王小东 检查 2024年3月5日", SyntheticImages.cjkFont(22), 20, 40);
        Path input = SyntheticImages.write(image, "US", "王^小东", work.resolve("cjk.dcm"));

        BurnedInPipeline.Run run;
        try (DicomPixelCleaner cleaner = DicomPixelCleaner.standard(DicomPixelCleaner.Settings.defaults())) {
            run = BurnedInPipeline.deidentify(cleaner, input, work.resolve("run"));
        }

        byte[] before =
                DicomReader.read(input).dataset().getBytes(Tags.PixelData).orElseThrow();
        byte[] after = run.read().dataset().getBytes(Tags.PixelData).orElseThrow();
        assertThat(distinct(after, text))
                .as("values left in the text box %s", text)
                .hasSize(1);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (y > text.y + text.height + 40) {
                    assertThat(after[y * W + x])
                            .as("pixel %d,%d far from the text", x, y)
                            .isEqualTo(before[y * W + x]);
                }
            }
        }
        assertThat(run.read().dataset().getString(Tags.BurnedInAnnotation)).hasValue("NO");
    }

    @Test
    void a_reviewer_box_is_blanked_on_an_image_nothing_else_would_touch(@TempDir Path work) throws Exception {
        Path input = sample("MR_small.dcm");
        String sop =
                DicomReader.read(input).dataset().getString(Tags.SOPInstanceUID).orElseThrow();
        Rectangle box = new Rectangle(10, 12, 20, 8);
        ReviewerBoxes boxes = ReviewerBoxes.ofInstances(Map.of(sop, List.of(box)));

        BurnedInPipeline.Run run;
        try (DicomPixelCleaner cleaner =
                DicomPixelCleaner.standard(DicomPixelCleaner.Settings.defaults().withReviewerBoxes(boxes))) {
            run = BurnedInPipeline.deidentify(cleaner, input, work);
        }

        // pydicom reads the output; the grown box (margin 3) holds one value, the rest is unchanged
        String result = ExternalTools.pydicom(
                """
                import numpy as np
                a = pydicom.dcmread(sys.argv[1]).pixel_array
                b = pydicom.dcmread(sys.argv[2]).pixel_array
                print(len(np.unique(b[9:23, 7:33])))
                mask = np.ones(a.shape, bool); mask[9:23, 7:33] = False
                print(bool((a[mask] == b[mask]).all()))
                """, input.toString(), run.output().orElseThrow().toString());
        assertThat(result.lines().toList()).containsExactly("1", "True");
        assertThat(run.read().dataset().getStrings(Tags.DeidentificationMethod))
                .contains("pixels redacted 7,9 26x14 manual");
        assertThat(run.report().toJson()).contains("pixels redacted 7,9 26x14 manual");
    }

    @Test
    void a_known_region_rule_for_the_device_is_blanked(@TempDir Path work) throws Exception {
        Path input = sample("CT_small.dcm");
        var ds = DicomReader.read(input).dataset();
        String rule = "CT\t*\t*\t" + ds.getInt(Tags.Rows).getAsInt() + "\t"
                + ds.getInt(Tags.Columns).getAsInt()
                + "\t0,0,40,10\tbanner of a test scanner\n"
                + "MR\t*\t*\t*\t*\t0,0,99,99\tanother modality\n";
        RegionRuleSet rules = RegionRuleSet.parse(new StringReader(rule), "test rules");

        BurnedInPipeline.Run run;
        try (DicomPixelCleaner cleaner = DicomPixelCleaner.withRules(DicomPixelCleaner.Settings.defaults(), rules)) {
            run = BurnedInPipeline.deidentify(cleaner, input, work);
        }

        assertThat(run.read().dataset().getStrings(Tags.DeidentificationMethod))
                .contains("pixels redacted 0,0 43x13 rule")
                .noneMatch(v -> v.contains("99"));
    }

    @Test
    void verification_quarantines_a_burned_in_name_that_detection_missed(@TempDir Path work) throws Exception {
        BufferedImage image = SyntheticImages.speckle(W, H);
        SyntheticImages.draw(image, "KOWALSKI JAROSLAW", new Font(Font.SANS_SERIF, Font.BOLD, 26), 30, 200);
        Path input = SyntheticImages.write(image, "US", "KOWALSKI^JAROSLAW", work.resolve("planted.dcm"));

        BurnedInPipeline.Run run = BurnedInPipeline.deidentifyWithoutDetection(input, work.resolve("run"));

        assertThat(run.output()).as("nothing written to the destination").isEmpty();
        assertThat(run.quarantined()).isPresent();
        assertThat(run.quarantineReason())
                .contains("identifier legible in pixels")
                .doesNotContain("KOWALSKI");
        assertThat(run.report().quarantinedCount()).isEqualTo(1);
    }

    @Test
    void with_detection_the_same_planted_name_is_blanked_and_passes(@TempDir Path work) throws Exception {
        BufferedImage image = SyntheticImages.speckle(W, H);
        SyntheticImages.draw(image, "KOWALSKI JAROSLAW", new Font(Font.SANS_SERIF, Font.BOLD, 26), 30, 200);
        Path input = SyntheticImages.write(image, "US", "KOWALSKI^JAROSLAW", work.resolve("planted.dcm"));

        BurnedInPipeline.Run run;
        try (DicomPixelCleaner cleaner = DicomPixelCleaner.standard(DicomPixelCleaner.Settings.defaults())) {
            run = BurnedInPipeline.deidentify(cleaner, input, work.resolve("run"));
        }

        assertThat(run.output())
                .as("quarantine reason: %s", run.quarantineReason())
                .isPresent();
        assertThat(Files.size(run.output().get())).isPositive();
    }

    private static Set<Byte> distinct(byte[] pixels, Rectangle r) {
        Set<Byte> values = new HashSet<>();
        for (int y = Math.max(0, r.y); y < Math.min(H, r.y + r.height); y++) {
            for (int x = Math.max(0, r.x); x < Math.min(W, r.x + r.width); x++) {
                values.add(pixels[y * W + x]);
            }
        }
        return values;
    }
}
