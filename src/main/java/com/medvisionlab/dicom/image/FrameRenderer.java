package com.medvisionlab.dicom.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * Renders a decoded frame to an 8-bit image. Greyscale follows the PS3.3 C.11 pipeline: modality transform
 * (C.11.1), VOI window or VOI LUT (C.11.2), then presentation: MONOCHROME1 is inverted so that low values
 * display white (C.7.6.3.1.2). Colour images are converted to 8-bit RGB (palette lookup C.7.6.3.1.5, YBR_FULL
 * per C.7.6.3.1.2); VOI does not apply to them.
 */
public final class FrameRenderer {

    private static final int WHITE = 255;

    private FrameRenderer() {}

    public static BufferedImage render(RawFrame frame, DisplaySettings settings) {
        PhotometricInterpretation pi = frame.descriptor().photometricInterpretation();
        return pi.isMonochrome() ? renderGrey(frame, settings) : renderColour(frame);
    }

    /**
     * The window used when rendering with these settings: the explicit one, else the default over the modality
     * values of this frame (the file's first window is expected in {@code settings} already).
     */
    public static VoiWindow effectiveWindow(RawFrame frame, DisplaySettings settings) {
        return settings.window().orElseGet(() -> {
            double a = settings.modality().apply(frame.min());
            double b = settings.modality().apply(frame.max());
            if (settings.modality().lut().isPresent()) {
                a = Double.MAX_VALUE;
                b = -Double.MAX_VALUE;
                for (int v = frame.min(); v <= frame.max(); v++) {
                    double m = settings.modality().apply(v);
                    a = Math.min(a, m);
                    b = Math.max(b, m);
                }
            }
            return VoiWindow.spanning(Math.min(a, b), Math.max(a, b));
        });
    }

    private static BufferedImage renderGrey(RawFrame frame, DisplaySettings settings) {
        int[] samples = frame.samples();
        BufferedImage image = new BufferedImage(frame.columns(), frame.rows(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        GreyPipeline pipeline = new GreyPipeline(frame, settings);
        long range = (long) frame.max() - frame.min() + 1;
        if (range > samples.length) {
            // 32-bit data with a huge value range: a table would outgrow the image, so map pixel by pixel.
            for (int i = 0; i < samples.length; i++) {
                out[i] = pipeline.grey(samples[i]);
            }
            return image;
        }
        int min = frame.min();
        byte[] table = new byte[(int) range];
        for (int i = 0; i < table.length; i++) {
            table[i] = pipeline.grey(min + i);
        }
        for (int i = 0; i < samples.length; i++) {
            out[i] = table[samples[i] - min];
        }
        return image;
    }

    /** Stored value to displayed grey level: modality, VOI (window or LUT), then MONOCHROME1 inversion. */
    private static final class GreyPipeline {
        private final DisplaySettings settings;
        private final boolean inverse;
        private final VoiWindow window;

        GreyPipeline(RawFrame frame, DisplaySettings settings) {
            this.settings = settings;
            this.inverse = frame.descriptor().photometricInterpretation() == PhotometricInterpretation.MONOCHROME1;
            boolean useLut = settings.window().isEmpty() && settings.voiLut().isPresent();
            this.window = useLut ? null : effectiveWindow(frame, settings);
        }

        byte grey(int stored) {
            double modality = settings.modality().apply(stored);
            int grey;
            if (window == null) {
                LookupTable lut = settings.voiLut().orElseThrow();
                grey = (int) Math.round(lut.lookup((int) Math.round(modality)) * (double) WHITE / lut.maxOutput());
            } else {
                grey = (int) Math.round(window.apply(modality, 0, WHITE));
            }
            return (byte) (inverse ? WHITE - grey : grey);
        }
    }

    private static BufferedImage renderColour(RawFrame frame) {
        ImageDescriptor d = frame.descriptor();
        int pixels = d.pixelsPerFrame();
        int[] samples = frame.samples();
        BufferedImage image = new BufferedImage(d.columns(), d.rows(), BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        switch (d.photometricInterpretation()) {
            case PALETTE_COLOR -> {
                PaletteColorLut palette = d.palette().orElseThrow();
                for (int p = 0; p < pixels; p++) {
                    out[p] = palette.rgb(samples[p]);
                }
            }
            case RGB -> {
                int shift = Math.max(0, d.bitsStored() - 8);
                for (int p = 0; p < pixels; p++) {
                    out[p] = clamp8(samples[3 * p] >> shift) << 16
                            | clamp8(samples[3 * p + 1] >> shift) << 8
                            | clamp8(samples[3 * p + 2] >> shift);
                }
            }
            case YBR_FULL -> {
                int shift = Math.max(0, d.bitsStored() - 8);
                for (int p = 0; p < pixels; p++) {
                    out[p] = ybrFullToRgb(
                            samples[3 * p] >> shift, samples[3 * p + 1] >> shift, samples[3 * p + 2] >> shift);
                }
            }
            default ->
                throw new PixelDataException("Cannot render "
                        + d.photometricInterpretation().code() + " samples; the codec should have converted them");
        }
        return image;
    }

    /** PS3.3 C.7.6.3.1.2 YBR_FULL (JFIF / ITU T.871 full range) to RGB. */
    static int ybrFullToRgb(int y, int cb, int cr) {
        double cbd = cb - 128.0;
        double crd = cr - 128.0;
        int r = clamp8((int) Math.round(y + 1.402 * crd));
        int g = clamp8((int) Math.round(y - 0.344136 * cbd - 0.714136 * crd));
        int b = clamp8((int) Math.round(y + 1.772 * cbd));
        return r << 16 | g << 8 | b;
    }

    private static int clamp8(int v) {
        return Math.max(0, Math.min(WHITE, v));
    }
}
