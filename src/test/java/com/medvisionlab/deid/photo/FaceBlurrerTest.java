package com.medvisionlab.deid.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FaceBlurrerTest {

    /**
     * NASA's public-domain portrait of astronaut Eileen Collins, shipped by Debian's python3-skimage; the only face
     * photo we can use without fetching data. Tests that need it skip when the package is absent.
     */
    private static final Path ASTRONAUT = Path.of("/usr/lib/python3/dist-packages/skimage/data/astronaut.png");

    private static FaceBlurrer blurrer;

    @BeforeAll
    static void loadCascade() {
        blurrer = new FaceBlurrer();
    }

    @AfterAll
    static void close() {
        blurrer.close();
    }

    @Test
    void haar_cascade_loads_from_the_opencv_jar_and_finds_no_face_in_a_gradient() {
        assertThat(blurrer.detect(PhotoSanitizerTest.gradient())).isEmpty();
    }

    @Test
    void pixelation_makes_the_box_blocky_and_leaves_the_rest_untouched() {
        BufferedImage img = checkerboard(200, 200);
        BufferedImage before = copy(img);

        List<Rectangle> done = blurrer.pixelate(img, List.of(new Rectangle(60, 60, 40, 40)));

        assertThat(done).containsExactly(new Rectangle(50, 50, 60, 60));
        // a 1-px checkerboard averaged over blocks is flat grey: no two neighbours differ by the original 255
        for (int y = 50; y < 110; y++) {
            for (int x = 50; x < 109; x++) {
                assertThat(Math.abs(img.getRaster().getSample(x, y, 0)
                                - img.getRaster().getSample(x + 1, y, 0)))
                        .isLessThan(100);
            }
        }
        assertThat(img.getRaster().getSample(49, 49, 0))
                .isEqualTo(before.getRaster().getSample(49, 49, 0));
        assertThat(img.getRaster().getSample(110, 110, 0))
                .isEqualTo(before.getRaster().getSample(110, 110, 0));
    }

    @Test
    void finds_and_pixelates_the_face_in_a_real_portrait_so_it_is_no_longer_detectable() throws Exception {
        assumeTrue(Files.isRegularFile(ASTRONAUT), "python3-skimage (astronaut.png) not installed");
        byte[] png = Files.readAllBytes(ASTRONAUT);
        PhotoSanitizer sanitizer = new PhotoSanitizer(ImageLimits.defaults(), Optional.empty(), Optional.of(blurrer));

        SanitizedPhoto out = sanitizer.sanitize(png, new PhotoSanitizer.Options(false, true));

        assertThat(out.facesBlurred()).isGreaterThanOrEqualTo(1);
        BufferedImage cleaned = ImageIO.read(new java.io.ByteArrayInputStream(out.bytes()));
        assertThat(blurrer.detect(cleaned)).isEmpty();
    }

    private static BufferedImage checkerboard(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.getRaster().setSample(x, y, 0, (x + y) % 2 == 0 ? 255 : 0);
            }
        }
        return img;
    }

    private static BufferedImage copy(BufferedImage img) {
        return new BufferedImage(img.getColorModel(), img.copyData(null), false, null);
    }
}
