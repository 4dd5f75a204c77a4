package com.medvisionlab.secondopinion.classifier;

import com.medvisionlab.secondopinion.PreparedImage;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/** Synthetic grey PNGs for the demo classifier ({@code models/demo-classifier}): a white disc, or none. */
final class DiscImages {

    static final Path DEMO_MODEL = Path.of("models/demo-classifier/model.pt");
    static final Path DEMO_LABELS = Path.of("models/demo-classifier/labels.txt");

    static final ClassifierSpec DEMO_SPEC = new ClassifierSpec(
            List.of("bright disc", "no disc"), 64, 1, List.of(0.5), List.of(0.5), Activation.SOFTMAX);

    private DiscImages() {}

    /** A {@code size}-pixel grey image with a noisy mid-dark background and, if {@code radius > 0}, a white disc. */
    static PreparedImage image(int size, int radius, long seed) {
        var image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        var random = new Random(seed);
        var raster = image.getRaster();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                raster.setSample(x, y, 0, 40 + random.nextInt(40));
            }
        }
        if (radius > 0) {
            var graphics = image.createGraphics();
            graphics.setColor(Color.WHITE);
            int cx = size / 3 + random.nextInt(size / 3);
            int cy = size / 3 + random.nextInt(size / 3);
            graphics.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
            graphics.dispose();
        }
        return prepared(image);
    }

    static PreparedImage prepared(BufferedImage image) {
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
            var bytes = png.toByteArray();
            var sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new PreparedImage(bytes, image.getWidth(), sha, "2.25.1", 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
