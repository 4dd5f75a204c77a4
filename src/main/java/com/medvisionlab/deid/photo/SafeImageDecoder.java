package com.medvisionlab.deid.photo;

import com.medvisionlab.deid.photo.UnreadableImageException.Reason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an upload only after checking what it is (magic bytes), that it is complete, and that the dimensions its
 * header claims are within {@link ImageLimits}: a 100000 x 100000 PNG header must not make us allocate 40 GB.
 */
final class SafeImageDecoder {

    private final ImageLimits limits;

    SafeImageDecoder(ImageLimits limits) {
        this.limits = limits;
    }

    record Decoded(PhotoFormat format, BufferedImage image) {}

    Decoded decode(byte[] bytes) throws UnreadableImageException {
        PhotoFormat format = PhotoFormat.sniff(bytes)
                .orElseThrow(() -> new UnreadableImageException(
                        Reason.NOT_AN_IMAGE, "Not a JPEG, PNG or BMP image (unrecognised file signature)"));
        checkComplete(format, bytes);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(format, in);
            try {
                reader.setInput(in, true, true); // ignore metadata: we do not want it, and it costs memory
                checkSize(format, reader.getWidth(0), reader.getHeight(0));
                return new Decoded(format, reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (UnreadableImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableImageException(
                    Reason.CORRUPT,
                    format + " image could not be decoded: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"),
                    e);
        }
    }

    private static void checkComplete(PhotoFormat format, byte[] bytes) throws UnreadableImageException {
        boolean complete = switch (format) {
            case JPEG -> MetadataInventory.jpegComplete(bytes);
            case PNG -> MetadataInventory.pngComplete(bytes);
            case BMP -> true; // checked against the header's sizes by the reader
        };
        if (!complete) {
            throw new UnreadableImageException(Reason.TRUNCATED, format + " image is truncated (no end marker)");
        }
    }

    private static ImageReader readerFor(PhotoFormat format, ImageInputStream in) throws UnreadableImageException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (in == null || !readers.hasNext()) {
            throw new UnreadableImageException(Reason.UNSUPPORTED_FORMAT, "No decoder for " + format);
        }
        return readers.next();
    }

    private void checkSize(PhotoFormat format, int width, int height) throws UnreadableImageException {
        if (width <= 0 || height <= 0) {
            throw new UnreadableImageException(Reason.CORRUPT, format + " header claims an empty image");
        }
        if (width > limits.maxDimension()
                || height > limits.maxDimension()
                || (long) width * height > limits.maxPixels()) {
            throw new UnreadableImageException(
                    Reason.TOO_LARGE,
                    format + " image of " + width + " x " + height
                            + " pixels exceeds the limit of " + limits.maxPixels() + " pixels / "
                            + limits.maxDimension()
                            + " per side");
        }
    }
}
