package com.medvisionlab.secondopinion;

import com.medvisionlab.dicom.codec.PixelFrames;
import com.medvisionlab.dicom.image.DisplaySettings;
import com.medvisionlab.dicom.image.FrameRenderer;
import com.medvisionlab.dicom.image.ImageFit;
import com.medvisionlab.dicom.image.VoiWindow;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * What an engine sees of one frame: the portal's renderer with a window, scaled by the one image scaler
 * ({@link ImageFit}) into a square of the model's input size with the aspect kept, the rest padded black, as PNG.
 * No Spring, so the GPU bench renders its phantoms exactly like the portal does.
 */
final class OpinionRendering {

    /** Largest input size accepted (MedGemma takes 896; a bigger square only costs memory). */
    static final int MAX_SIZE = 2048;

    private OpinionRendering() {}

    /**
     * Frame {@code frame} (1-based) of {@code pixels}: with {@code chosen} when given, else the file's own VOI window,
     * else the modality's default ({@link #defaultWindow}), else the frame's full range.
     */
    static PreparedImage prepare(
            PixelFrames pixels,
            String modality,
            Optional<VoiWindow> chosen,
            String sopInstanceUid,
            int frame,
            int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("input size " + size + " outside 1.." + MAX_SIZE);
        }
        if (frame < 1 || frame > pixels.numberOfFrames()) {
            throw new OpinionImageException("ai.images.error.no-frame", Integer.toString(frame));
        }
        DisplaySettings own = pixels.display();
        var window = chosen.or(own::window).or(() -> defaultWindow(modality));
        DisplaySettings settings = window.map(own::withWindow).orElse(own);
        BufferedImage rendered;
        try {
            rendered = FrameRenderer.render(pixels.frame(frame - 1), settings);
        } catch (RuntimeException cannotRender) {
            throw new OpinionImageException("ai.images.error.undecodable", sopInstanceUid);
        }
        byte[] png = png(square(ImageFit.fit(rendered, size, size), size));
        return new PreparedImage(png, size, sha256(png), sopInstanceUid, frame);
    }

    /**
     * A window for images that carry none: CT in a soft-tissue window (PS3.16 has no default; W400/L40 is the
     * usual mediastinal setting); other modalities are shown over their full range (empty).
     */
    static Optional<VoiWindow> defaultWindow(String modality) {
        return switch (modality.toUpperCase(Locale.ROOT)) {
            case "CT" -> Optional.of(VoiWindow.linear(40, 400));
            default -> Optional.empty();
        };
    }

    /** Centred on a black square; grey stays grey. */
    static BufferedImage square(BufferedImage fitted, int size) {
        if (fitted.getWidth() == size && fitted.getHeight() == size) {
            return fitted;
        }
        int type = fitted.getType() == BufferedImage.TYPE_BYTE_GRAY
                ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_INT_RGB;
        var padded = new BufferedImage(size, size, type);
        Graphics2D g = padded.createGraphics();
        // a new image is black already; drawn unscaled, so no second interpolation
        g.drawImage(fitted, (size - fitted.getWidth()) / 2, (size - fitted.getHeight()) / 2, null);
        g.dispose();
        return padded;
    }

    static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
