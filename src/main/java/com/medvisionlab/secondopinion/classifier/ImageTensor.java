package com.medvisionlab.secondopinion.classifier;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * A PNG as a classifier's input: scaled (bilinear) to the input size, grey or RGB, each channel normalised, laid out
 * channels first (CHW), as PyTorch models expect.
 */
final class ImageTensor {

    private ImageTensor() {}

    static float[] fromPng(byte[] png, ClassifierSpec spec) throws IOException {
        var decoded = ImageIO.read(new ByteArrayInputStream(png));
        if (decoded == null) {
            throw new IOException("not a readable image");
        }
        return fromImage(decoded, spec);
    }

    static float[] fromImage(BufferedImage source, ClassifierSpec spec) {
        int size = spec.inputSize();
        var scaled = new BufferedImage(
                size, size, spec.channels() == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        var graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(source, 0, 0, size, size, null);
        } finally {
            graphics.dispose();
        }
        int plane = size * size;
        var values = new float[spec.channels() * plane];
        var raster = scaled.getRaster();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                for (int c = 0; c < spec.channels(); c++) {
                    double value = raster.getSample(x, y, c) / 255.0;
                    values[c * plane + y * size + x] =
                            (float) ((value - spec.mean().get(c)) / spec.std().get(c));
                }
            }
        }
        return values;
    }
}
