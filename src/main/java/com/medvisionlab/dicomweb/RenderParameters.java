package com.medvisionlab.dicomweb;

import com.medvisionlab.dicom.image.PixelDataException;
import com.medvisionlab.dicom.image.VoiFunction;
import com.medvisionlab.dicom.image.VoiWindow;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of a rendered or thumbnail resource (PS3.18 8.3.5.1.3-8.3.5.1.5): {@code window=center,width,
 * function} (function {@code linear}, {@code linear-exact} or {@code sigmoid}), {@code viewport=vw,vh} (the image is
 * scaled to fit, keeping its aspect ratio; the cropping form with six values is refused) and {@code quality=1..100}
 * for JPEG.
 */
record RenderParameters(Optional<VoiWindow> window, Optional<Viewport> viewport, int quality) {

    static final int DEFAULT_QUALITY = 90;

    record Viewport(int width, int height) {}

    static RenderParameters parse(@Nullable String window, @Nullable String viewport, @Nullable String quality) {
        return new RenderParameters(window(window), viewport(viewport), quality(quality));
    }

    /** What the parameters change in the output, for the ETag. */
    String key() {
        return window.map(w -> w.center() + "," + w.width() + "," + w.function())
                        .orElse("-")
                + "/" + viewport.map(v -> v.width() + "x" + v.height()).orElse("-") + "/" + quality;
    }

    private static Optional<VoiWindow> window(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var values = text.split(",");
        if (values.length < 2 || values.length > 3) {
            throw DicomWebException.badRequest("window is center,width[,function]");
        }
        try {
            var function = values.length == 3 ? function(values[2]) : VoiFunction.LINEAR;
            return Optional.of(new VoiWindow(number(values[0]), number(values[1]), function));
        } catch (PixelDataException notAllowed) {
            throw DicomWebException.badRequest("window width is too small for its function");
        }
    }

    private static VoiFunction function(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "linear" -> VoiFunction.LINEAR;
            case "linear-exact", "linear_exact" -> VoiFunction.LINEAR_EXACT;
            case "sigmoid" -> VoiFunction.SIGMOID;
            default -> throw DicomWebException.badRequest("window function is linear, linear-exact or sigmoid");
        };
    }

    private static double number(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw DicomWebException.badRequest("window values must be numbers");
        }
    }

    private static Optional<Viewport> viewport(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var values = text.split(",");
        if (values.length != 2) {
            throw DicomWebException.badRequest("viewport is width,height (cropping is not supported)");
        }
        int width = positive(values[0], "viewport");
        int height = positive(values[1], "viewport");
        if (width > RenderedImages.MAX_SIDE || height > RenderedImages.MAX_SIDE) {
            throw DicomWebException.badRequest("viewport sides are at most " + RenderedImages.MAX_SIDE);
        }
        return Optional.of(new Viewport(width, height));
    }

    private static int quality(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_QUALITY;
        }
        int quality = positive(text, "quality");
        if (quality > 100) {
            throw DicomWebException.badRequest("quality is 1 to 100");
        }
        return quality;
    }

    private static int positive(String text, String name) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw DicomWebException.badRequest(name + " values must be positive whole numbers");
        }
    }
}
