package com.medvisionlab.deid.pixels;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticTextDetectionTest {

    private final TextDetector detector = new TextDetector();

    @Test
    void finds_and_redacts_chinese_text_on_a_radiograph_phantom() {
        BufferedImage img = Phantoms.radiograph(640, 512, 1);
        Font font = Phantoms.chineseFont(20);
        List<Rectangle> drawn = List.of(
                Phantoms.drawText(img, "患者 王小东", font, 235, 12, 30),
                Phantoms.drawText(img, "2023年5月1日", font, 235, 12, 58),
                Phantoms.drawText(img, "北京协和医院", font, 220, 420, 495));

        assertDetectedAndRedacted(img, drawn);
    }

    @Test
    void finds_and_redacts_latin_text_on_an_ultrasound_phantom() {
        BufferedImage img = Phantoms.ultrasound(640, 480, 2);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        List<Rectangle> drawn = List.of(
                Phantoms.drawText(img, "DOE, JOHN  ID 4481-22", font, 230, 10, 20),
                Phantoms.drawText(img, "MON GENERAL HOSPITAL", font, 200, 430, 20),
                Phantoms.drawText(img, "17 Oct 16  10:42:07", font, 230, 10, 465));

        assertDetectedAndRedacted(img, drawn);
    }

    @Test
    void finds_the_same_text_in_16_bit_grey_and_rgb_versions_of_the_image() {
        BufferedImage grey = Phantoms.radiograph(512, 400, 5);
        Rectangle drawn = Phantoms.drawText(
                grey, "SMITH^ANNA 1961-04-03", new Font(Font.SANS_SERIF, Font.PLAIN, 13), 250, 300, 380);
        BufferedImage deep = new BufferedImage(512, 400, BufferedImage.TYPE_USHORT_GRAY);
        BufferedImage rgb = new BufferedImage(512, 400, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 512; x++) {
                int v = grey.getRaster().getSample(x, y, 0);
                deep.getRaster().setSample(x, y, 0, 1000 + v * 12); // a 12-bit range that does not start at 0
                rgb.setRGB(x, y, (v << 16) | ((v * 3 / 4) << 8) | (v / 2)); // tinted, like a colour US rendering
            }
        }

        for (BufferedImage img : List.of(deep, rgb)) {
            List<Rectangle> found = TestImages.boxes(detector.detect(img));
            assertThat(Boxes.coverage(drawn, found))
                    .as("type %d: %s", img.getType(), found)
                    .isGreaterThanOrEqualTo(0.95);
            assertThat(found).allSatisfy(b -> assertThat(b.intersects(drawn)).isTrue());
        }
    }

    @Test
    void finds_no_text_on_plain_phantoms() {
        assertThat(detector.detect(Phantoms.radiograph(640, 512, 3))).isEmpty();
        assertThat(detector.detect(Phantoms.ultrasound(640, 480, 4))).isEmpty();
    }

    private void assertDetectedAndRedacted(BufferedImage img, List<Rectangle> drawn) {
        BufferedImage original = Phantoms.copy(img);
        List<Rectangle> found = TestImages.boxes(detector.detect(img));

        for (Rectangle text : drawn) {
            assertThat(Boxes.coverage(text, found))
                    .as("coverage of text drawn at %s by %s", text, found)
                    .isGreaterThanOrEqualTo(0.95);
        }
        // every detection belongs to some drawn text: no false positives on the anatomy
        for (Rectangle box : found) {
            assertThat(drawn.stream().anyMatch(t -> t.intersects(box)))
                    .as("detection %s over text", box)
                    .isTrue();
        }

        new Redactor().redact(img, found);

        List<String> notFilled = new java.util.ArrayList<>();
        for (Rectangle text : drawn) {
            for (int y = text.y; y < text.y + text.height; y++) {
                for (int x = text.x; x < text.x + text.width; x++) {
                    if (img.getRaster().getSample(x, y, 0) != 0) {
                        notFilled.add(x + "," + y);
                    }
                }
            }
        }
        assertThat(notFilled).as("text pixels left unredacted").isEmpty();
        int far = 30;
        List<String> changed = new java.util.ArrayList<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int px = x;
                int py = y;
                boolean nearText = drawn.stream()
                        .anyMatch(t -> Boxes.grow(t, far, img.getWidth(), img.getHeight())
                                .contains(px, py));
                if (!nearText
                        && img.getRaster().getSample(x, y, 0)
                                != original.getRaster().getSample(x, y, 0)) {
                    changed.add(x + "," + y);
                }
            }
        }
        assertThat(changed).as("pixels far from the text that changed").isEmpty();
        assertThat(detector.detect(img))
                .as("text-like regions left after redaction")
                .isEmpty();
    }
}
