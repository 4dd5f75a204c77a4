package com.medvisionlab.dicomweb;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.http.MediaType;

/** Encoding of rendered images (PNG, or JPEG at a quality) and the size limits of the rendered resources. */
final class RenderedImages {

    /** Largest side a client may ask for (a 4096 x 4096 grey image is 16 MB in memory). */
    static final int MAX_SIDE = 4096;

    /** Thumbnails fit this box unless the client gives a viewport; the same size ingest records for series. */
    static final int THUMBNAIL_SIDE = 256;

    private RenderedImages() {}

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
