package com.medvisionlab.ingest;

import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.image.FrameRenderer;
import com.medvisionlab.dicom.image.ImageFit;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * A series thumbnail: the middle frame of the de-identified object, rendered with its own display settings
 * (PS3.3 C.11 pipeline of {@code dicom.image}) and scaled to fit {@link #SIZE} pixels, as a PNG.
 */
final class Thumbnail {

    static final int SIZE = 256;

    private Thumbnail() {}

    /** Empty when the object has no pixel data or pixels the renderer cannot show (the series gets no thumbnail). */
    static Optional<byte[]> png(DicomFile deidentified) {
        if (!deidentified.dataset().contains(Tags.PixelData)) {
            return Optional.empty();
        }
        try {
            String syntax = deidentified
                    .fileMeta()
                    .getString(Tags.TransferSyntaxUID)
                    .orElse(deidentified.transferSyntax().uid());
            PixelFrames frames = PixelFrames.of(
                    new DicomFile(deidentified.fileMeta(), deidentified.dataset(), TransferSyntax.of(syntax.strip())));
            BufferedImage full = FrameRenderer.render(frames.frame(frames.numberOfFrames() / 2), frames.display());
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            if (!ImageIO.write(ImageFit.shrinkToFit(full, SIZE, SIZE), "png", png)) {
                return Optional.empty();
            }
            return Optional.of(png.toByteArray());
        } catch (RuntimeException | IOException e) {
            return Optional.empty(); // unsupported codec, odd geometry: the series shows without a thumbnail
        }
    }
}
