package com.medvisionlab.deid.pixels;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pre-check must never hide a frame on which the detector finds text (it is a filter in front of the detector,
 * not a detector), and must keep frames that cannot hold text away from it: flat or smooth images and pure noise
 * such as the benchmark's CT slices.
 */
class TextPreCheckTest {

    private static final int SIZE = 256;
    private final TextPreCheck check = new TextPreCheck();
    private final TextDetector detector = new TextDetector();

    @Test
    void a_flat_or_smooth_frame_has_no_stroke() {
        int[] flat = new int[SIZE * SIZE];
        java.util.Arrays.fill(flat, 1024);
        assertThat(check.check(flat, SIZE, SIZE, 1024, 1024, false)).isEqualTo(TextPreCheck.Verdict.NO_STROKE);

        int[] ramp = new int[SIZE * SIZE];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = i % SIZE * 16; // 0..4080 over 256 columns: 16 per pixel, far below a stroke on that range
        }
        assertThat(check.check(ramp, SIZE, SIZE, 0, 4080, true)).isEqualTo(TextPreCheck.Verdict.NO_STROKE);
    }

    @Test
    void noise_with_nothing_standing_out_is_texture_but_only_where_no_text_is_expected() {
        Random random = new Random(42);
        int[] noise = new int[SIZE * SIZE];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = 1000 + random.nextInt(200); // bench/deid.sh's synthetic CT slices
        }
        assertThat(check.check(noise, SIZE, SIZE, 1000, 1199, true)).isEqualTo(TextPreCheck.Verdict.TEXTURE_EVERYWHERE);
        assertThat(check.check(noise, SIZE, SIZE, 1000, 1199, false)).isEqualTo(TextPreCheck.Verdict.MAY_CONTAIN_TEXT);
    }

    @Test
    void no_frame_on_which_the_detector_finds_text_is_held_back() {
        int framesWithText = 0;
        String[] fonts = {Font.SANS_SERIF, Font.MONOSPACED, Font.SERIF};
        for (int amplitude : new int[] {0, 20, 40, 60, 80, 100, 150, 255}) {
            for (int size : new int[] {9, 14, 24, 40}) {
                for (int background = 0; background < 2; background++) {
                    BufferedImage image = noiseWithText(amplitude, background == 1, fonts[size % 3], size);
                    int[] samples = image.getRaster().getSamples(0, 0, SIZE, SIZE, 0, (int[]) null);
                    boolean text = !detector.detect(image).isEmpty();
                    framesWithText += text ? 1 : 0;
                    TextPreCheck.Verdict verdict = check.check(samples, SIZE, SIZE, 0, 255, true);
                    if (text) {
                        assertThat(verdict.mayContainText())
                                .as("noise %d, background %d, %d px text: %s", amplitude, background, size, verdict)
                                .isTrue();
                    }
                }
            }
        }
        assertThat(framesWithText).as("the detector found text on many of them").isGreaterThan(20);
    }

    /** 8-bit noise of the given amplitude (dark, or mid-grey background) with a white line of text. */
    private static BufferedImage noiseWithText(int amplitude, boolean midGrey, String font, int size) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(amplitude * 31L + size);
        int base = midGrey ? (255 - amplitude) / 2 : 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                image.getRaster().setSample(x, y, 0, base + random.nextInt(amplitude + 1));
            }
        }
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.setFont(new Font(font, Font.PLAIN, size));
        g.drawString("SMITH 1956", 8, SIZE - 12);
        g.dispose();
        return image;
    }
}
