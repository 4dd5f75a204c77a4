package com.medvisionlab.deid;

import static org.assertj.core.api.Assertions.assertThat;

import com.medvisionlab.deid.dicompixels.DicomPixelCleaner;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomReader;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-frame clips whose text shows only between the frames the Tesseract finder samples (0, 3, 6, 9 of ten): the
 * detector run on every frame must find it, and verification must read the frames that show it.
 */
class BurnedInClipTest {

    private static final int W = 480;
    private static final int H = 320;
    private static final int FRAMES = 10;
    /** Zero-based; none of them is a sampled frame (0, 3, 6, 9), which is what the old sampling missed. */
    private static final Set<Integer> CAPTIONED = Set.of(4, 5);

    private static final Font NAME_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 26);

    @Test
    void a_name_shown_only_between_sampled_frames_is_blanked_on_those_frames(@TempDir Path work) throws Exception {
        List<Rectangle> drawn = new ArrayList<>();
        Path input = SyntheticImages.writeClip(clip(drawn), "US", "KOWALSKI^JAROSLAW", work.resolve("clip.dcm"));

        BurnedInPipeline.Run run;
        try (DicomPixelCleaner cleaner = DicomPixelCleaner.standard(DicomPixelCleaner.Settings.defaults())) {
            run = BurnedInPipeline.deidentify(cleaner, input, work.resolve("run"));
        }

        assertThat(run.output())
                .as("quarantine reason: %s", run.quarantineReason())
                .isPresent();
        byte[] after = run.read().dataset().getBytes(Tags.PixelData).orElseThrow();
        byte[] before =
                DicomReader.read(input).dataset().getBytes(Tags.PixelData).orElseThrow();
        Rectangle text = drawn.getFirst();
        for (int frame : CAPTIONED) {
            assertThat(distinct(before, frame, text))
                    .as("frame %d had text", frame)
                    .hasSizeGreaterThan(1);
            assertThat(distinct(after, frame, text))
                    .as("values left in the text box on frame %d", frame)
                    .hasSize(1);
        }
        // an independent decoder and OCR: nothing of the name is legible on the captioned frames
        try (var ocr = new com.medvisionlab.deid.pixels.OcrEngine()) {
            List<BufferedImage> rendered = BurnedInPipeline.renderWithDcmtk(
                    run.output().get(),
                    work.resolve("png"),
                    CAPTIONED.stream().mapToInt(f -> f + 1).toArray());
            assertThat(BurnedInPipeline.legible(ocr, rendered, List.of("KOWALSKI", "JAROSLAW")))
                    .isEmpty();
        }
    }

    @Test
    void without_detection_the_extra_frames_are_verified_and_the_clip_is_quarantined(@TempDir Path work)
            throws Exception {
        Path input =
                SyntheticImages.writeClip(clip(new ArrayList<>()), "US", "KOWALSKI^JAROSLAW", work.resolve("clip.dcm"));

        BurnedInPipeline.Run run;
        try (DicomPixelCleaner blind =
                DicomPixelCleaner.standard(DicomPixelCleaner.Settings.defaults().withDetectText(false))) {
            run = BurnedInPipeline.deidentify(blind, input, work.resolve("run"));
        }

        assertThat(run.output()).as("nothing written to the destination").isEmpty();
        assertThat(run.quarantined()).isPresent();
        // frames are reported one-based; the first captioned frame is the one picked for verification
        assertThat(run.quarantineReason())
                .contains("identifier legible in pixels of frame 5")
                .doesNotContain("KOWALSKI")
                .doesNotContain("JAROSLAW");
    }

    @Test
    void text_at_more_new_places_than_the_verification_cap_is_reported_and_blocks_when_not_blanked(@TempDir Path work)
            throws Exception {
        // 40 frames, sampled 0, 13, 26, 39; eleven other frames each show a label on its own line
        List<Integer> labelled = List.of(1, 2, 4, 5, 7, 8, 10, 11, 14, 15, 17);
        List<BufferedImage> frames = new ArrayList<>();
        for (int f = 0; f < 40; f++) {
            BufferedImage image = SyntheticImages.speckle(W, H);
            int line = labelled.indexOf(f);
            if (line >= 0) {
                SyntheticImages.draw(
                        image, "LABEL NUMBER " + line, new Font(Font.SANS_SERIF, Font.BOLD, 16), 30, 30 + 25 * line);
            }
            frames.add(image);
        }
        Path input = SyntheticImages.writeClip(frames, "US", "KOWALSKI^JAROSLAW", work.resolve("labels.dcm"));

        BurnedInPipeline.Run blanked;
        try (DicomPixelCleaner cleaner = DicomPixelCleaner.standard(DicomPixelCleaner.Settings.defaults())) {
            blanked = BurnedInPipeline.deidentify(cleaner, input, work.resolve("on"));
        }
        BurnedInPipeline.Run blind;
        try (DicomPixelCleaner cleaner =
                DicomPixelCleaner.standard(DicomPixelCleaner.Settings.defaults().withDetectText(false))) {
            blind = BurnedInPipeline.deidentify(cleaner, input, work.resolve("off"));
        }

        // detection on: every label is blanked, so the unverified frames are only reported
        assertThat(blanked.read().dataset().getStrings(Tags.DeidentificationMethod))
                .contains("text on 3 more frames not OCR-verified (cap 8)");
        // detection off: three frames show text that was neither blanked nor read back
        assertThat(blind.quarantined()).isPresent();
        assertThat(blind.quarantineReason()).contains("text on 3 more frames not OCR-verified (cap 8)");
    }

    /** Ten identical speckle frames; the patient's name drawn on {@link #CAPTIONED} only (bounds into drawn). */
    private static List<BufferedImage> clip(List<Rectangle> drawn) {
        List<BufferedImage> frames = new ArrayList<>();
        for (int f = 0; f < FRAMES; f++) {
            BufferedImage image = SyntheticImages.speckle(W, H);
            if (CAPTIONED.contains(f)) {
                drawn.add(SyntheticImages.draw(image, "KOWALSKI JAROSLAW", NAME_FONT, 30, 200));
            }
            frames.add(image);
        }
        return frames;
    }

    private static Set<Byte> distinct(byte[] pixels, int frame, Rectangle r) {
        Set<Byte> values = new HashSet<>();
        int base = frame * W * H;
        for (int y = Math.max(0, r.y); y < Math.min(H, r.y + r.height); y++) {
            for (int x = Math.max(0, r.x); x < Math.min(W, r.x + r.width); x++) {
                values.add(pixels[base + y * W + x]);
            }
        }
        return values;
    }
}
