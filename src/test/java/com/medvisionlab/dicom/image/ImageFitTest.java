package com.medvisionlab.dicom.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ImageFitTest {

    @Test
    void fit_keeps_the_aspect_ratio_and_scales_up_or_down() {
        var wide = new BufferedImage(512, 256, BufferedImage.TYPE_BYTE_GRAY);

        var down = ImageFit.fit(wide, 100, 100);
        var up = ImageFit.fit(wide, 2048, 2048);

        assertThat(new int[] {down.getWidth(), down.getHeight()}).containsExactly(100, 50);
        assertThat(new int[] {up.getWidth(), up.getHeight()}).containsExactly(2048, 1024);
        assertThat(down.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    }

    @Test
    void colour_becomes_rgb_and_an_image_of_the_right_size_is_returned_as_it_is() {
        var argb = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);

        assertThat(ImageFit.fit(argb, 20, 20).getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(ImageFit.fit(argb, 40, 80)).isSameAs(argb);
    }

    @Test
    void shrink_to_fit_never_enlarges() {
        var small = new BufferedImage(100, 60, BufferedImage.TYPE_BYTE_GRAY);
        var large = new BufferedImage(1024, 2048, BufferedImage.TYPE_BYTE_GRAY);

        assertThat(ImageFit.shrinkToFit(small, 256, 256)).isSameAs(small);
        var shrunk = ImageFit.shrinkToFit(large, 256, 256);
        assertThat(new int[] {shrunk.getWidth(), shrunk.getHeight()}).containsExactly(128, 256);
    }
}
