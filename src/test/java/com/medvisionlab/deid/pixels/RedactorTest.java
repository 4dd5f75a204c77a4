package com.medvisionlab.deid.pixels;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void fills_8_bit_grey_with_margin_and_leaves_the_rest_alone() {
        BufferedImage img = filled(new BufferedImage(50, 40, BufferedImage.TYPE_BYTE_GRAY), 200);

        List<Rectangle> done = new Redactor(2, Fill.black()).redact(img, List.of(new Rectangle(10, 10, 5, 4)));

        assertThat(done).containsExactly(new Rectangle(8, 8, 9, 8));
        assertThat(img.getRaster().getSample(8, 8, 0)).isZero();
        assertThat(img.getRaster().getSample(16, 15, 0)).isZero();
        assertThat(img.getRaster().getSample(7, 8, 0)).isEqualTo(200);
        assertThat(img.getRaster().getSample(17, 15, 0)).isEqualTo(200);
        assertThat(img.getRaster().getSample(16, 16, 0)).isEqualTo(200);
    }

    @Test
    void fills_16_bit_grey_with_the_image_minimum() {
        BufferedImage img = filled(new BufferedImage(20, 20, BufferedImage.TYPE_USHORT_GRAY), 3000);
        img.getRaster().setSample(19, 19, 0, 1024);

        new Redactor(0, Fill.imageMinimum()).redact(img, List.of(new Rectangle(0, 0, 5, 5)));

        assertThat(img.getRaster().getSample(4, 4, 0)).isEqualTo(1024);
        assertThat(img.getRaster().getSample(5, 5, 0)).isEqualTo(3000);
    }

    @Test
    void black_on_signed_16_bit_means_the_most_negative_value_present() {
        ComponentColorModel cm = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_GRAY),
                new int[] {16},
                false,
                false,
                java.awt.Transparency.OPAQUE,
                DataBuffer.TYPE_SHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(10, 10);
        BufferedImage img = filled(new BufferedImage(cm, raster, false, null), 40);
        raster.setSample(9, 9, 0, -1024);

        new Redactor(0, Fill.black()).redact(img, List.of(new Rectangle(0, 0, 2, 2)));

        assertThat((short) raster.getSample(1, 1, 0)).isEqualTo((short) -1024);
    }

    @Test
    void fills_every_band_of_rgb_and_clips_boxes_at_the_border() {
        BufferedImage img = new BufferedImage(30, 30, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 30; x++) {
                img.setRGB(x, y, 0x40A0FF);
            }
        }

        List<Rectangle> done = new Redactor(3, Fill.black())
                .redact(img, List.of(new Rectangle(25, -5, 20, 10), new Rectangle(100, 100, 5, 5)));

        assertThat(done).containsExactly(new Rectangle(22, 0, 8, 8));
        assertThat(img.getRGB(29, 0) & 0xFFFFFF).isZero();
        assertThat(img.getRGB(21, 0) & 0xFFFFFF).isEqualTo(0x40A0FF);
    }

    @Test
    void uses_the_darkest_palette_entry_for_palette_images() {
        byte[] r = {(byte) 255, 10, 0};
        byte[] g = {(byte) 255, 10, (byte) 200};
        byte[] b = {(byte) 255, 10, 0};
        BufferedImage img =
                new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(2, 3, r, g, b));

        new Redactor(0, Fill.black()).redact(img, List.of(new Rectangle(0, 0, 8, 8)));

        assertThat(img.getRaster().getSample(3, 3, 0)).isEqualTo(1);
    }

    private static BufferedImage filled(BufferedImage img, int value) {
        WritableRaster r = img.getRaster();
        for (int y = 0; y < r.getHeight(); y++) {
            for (int x = 0; x < r.getWidth(); x++) {
                r.setSample(x, y, 0, value);
            }
        }
        return img;
    }
}
