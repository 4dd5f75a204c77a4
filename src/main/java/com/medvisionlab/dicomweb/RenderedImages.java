package com.medvisionlab.dicomweb;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.http.MediaType;

/** Scaling and encoding of rendered images: fit into a box keeping the aspect ratio; PNG, or JPEG at a quality. */
final class RenderedImages {

    /** Largest side a client may ask for (a 4096 x 4096 grey image is 16 MB in memory). */
    static final int MAX_SIDE = 4096;

    /** Thumbnails fit this box unless the client gives a viewport; the same size ingest records for series. */
    static final int THUMBNAIL_SIDE = 256;

    private RenderedImages() {}

    /** Scaled (up or down) to the largest size inside {@code width x height} with the image's aspect ratio. */
    static BufferedImage fit(BufferedImage image, int width, int height) {
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

    /** Only ever shrinks: what a thumbnail box does to an image already smaller than it. */
    static BufferedImage shrinkToFit(BufferedImage image, int width, int height) {
        return image.getWidth() <= width && image.getHeight() <= height ? image : fit(image, width, height);
    }

    static void write(BufferedImage image, MediaType type, int quality, OutputStream out) throws IOException {
        if (WadoMediaTypes.PNG.equals(type)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
            return;
        }
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality / 100f);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(opaque(image), null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** JPEG takes grey or RGB without alpha; a decoded PNG thumbnail may be anything. */
    private static BufferedImage opaque(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
