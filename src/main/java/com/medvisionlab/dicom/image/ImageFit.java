package com.medvisionlab.dicom.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Scales a rendered image into a box, keeping its aspect ratio (thumbnails, WADO-RS viewports). */
public final class ImageFit {

    private ImageFit() {}

    /**
     * Scaled (up or down) to the largest size inside {@code width x height} with the image's aspect ratio, bilinear;
     * grey stays grey, anything else becomes RGB. The image itself when it already has that size.
     */
    public static BufferedImage fit(BufferedImage image, int width, int height) {
        double scale = Math.min((double) width / image.getWidth(), (double) height / image.getHeight());
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        if (w == image.getWidth() && h == image.getHeight()) {
            return image;
        }
        int type = image.getType() == BufferedImage.TYPE_BYTE_GRAY
                ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_INT_RGB;
        BufferedImage scaled = new BufferedImage(w, h, type);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return scaled;
    }

    /** Only ever shrinks: an image already inside the box is returned as it is. */
    public static BufferedImage shrinkToFit(BufferedImage image, int width, int height) {
        return image.getWidth() <= width && image.getHeight() <= height ? image : fit(image, width, height);
    }
}
