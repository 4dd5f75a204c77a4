package com.medvisionlab.redaction;

import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.image.FrameRenderer;
import com.medvisionlab.dicom.io.DicomFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * One de-identified image held in memory for review, rendered frame by frame to PNG on request (for the browser;
 * never written to disk).
 */
public final class ReviewImage {

    private final PixelFrames frames;

    ReviewImage(DicomFile file) {
        this.frames = PixelFrames.of(file);
    }

    public int frames() {
        return frames.numberOfFrames();
    }

    public int width() {
        return frames.descriptor().columns();
    }

    public int height() {
        return frames.descriptor().rows();
    }

    /**
     * Frame {@code index} (from 0) as an 8-bit PNG in the image's own window.
     *
     * @throws ReviewException when the pixels cannot be decoded
     */
    public byte[] png(int index) {
        if (index < 0 || index >= frames()) {
            throw new IllegalArgumentException("no frame " + index + " of " + frames());
        }
        try {
            var image = FrameRenderer.render(frames.frame(index), frames.display());
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new ReviewException("redaction.verify.undecodable");
        }
    }
}
