package com.medvisionlab.deid.pixels;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * An 8-bit single-channel view of any supported image (8/16-bit grey, RGB, palette), the common input of the
 * detector, the OCR and the face finder. Deeper-than-8-bit grey is stretched min..max so that faint overlays on a
 * 12-bit CT still reach full contrast.
 */
public final class GreyImage {

    private final int width;
    private final int height;
    private final byte[] pixels;

    private GreyImage(int width, int height, byte[] pixels) {
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    public static GreyImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        Raster raster = image.getRaster();
        int bands = raster.getNumBands();
        int bits = raster.getSampleModel().getSampleSize(0);
        byte[] out = new byte[w * h];
        if (image.getColorModel() instanceof IndexColorModel || bands >= 3) {
            int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
            for (int i = 0; i < argb.length; i++) {
                int p = argb[i];
                int lum = (299 * ((p >> 16) & 0xff) + 587 * ((p >> 8) & 0xff) + 114 * (p & 0xff)) / 1000;
                out[i] = (byte) lum;
            }
        } else {
            int[] samples = raster.getSamples(0, 0, w, h, 0, (int[]) null);
            if (bits <= 8) {
                for (int i = 0; i < samples.length; i++) {
                    out[i] = (byte) samples[i];
                }
            } else {
                stretch(samples, out);
            }
        }
        return new GreyImage(w, h, out);
    }

    private static void stretch(int[] samples, byte[] out) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int s : samples) {
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        double range = Math.max(1, max - min);
        for (int i = 0; i < samples.length; i++) {
            out[i] = (byte) Math.round((samples[i] - min) * 255 / range);
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Unsigned sample at (x, y). */
    public int at(int x, int y) {
        return pixels[y * width + x] & 0xff;
    }

    /** A fresh OpenCV copy (CV_8UC1); the caller closes it. */
    public Mat toMat() {
        Mat mat = new Mat(height, width, CV_8UC1);
        mat.data().put(pixels, 0, pixels.length);
        return mat;
    }

    /** A fresh TYPE_BYTE_GRAY image, e.g. for OCR. */
    public BufferedImage toBufferedImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setDataElements(0, 0, width, height, pixels);
        return img;
    }

    byte[] pixels() {
        return pixels;
    }
}
