package com.medvisionlab.dicom.image;

/**
 * One decoded frame as stored values: one int per sample, pixel-interleaved (R G B R G B ... for colour),
 * sign-extended when signed. Its descriptor says what the samples are now (e.g. RGB after a JPEG decoder
 * already converted YCbCr), with planar configuration always {@link PlanarConfiguration#INTERLEAVED}.
 *
 * <p>The sample array is shared, not copied (frames are large and decoded once); callers must not modify it.
 */
public record RawFrame(ImageDescriptor descriptor, int[] samples, int min, int max) {

    public RawFrame {
        if (samples.length != descriptor.samplesPerFrame()) {
            throw new PixelDataException(
                    "Frame has " + samples.length + " samples, descriptor needs " + descriptor.samplesPerFrame());
        }
    }

    /** Wraps samples and computes min/max; the array is owned by the frame afterwards. */
    public static RawFrame of(ImageDescriptor descriptor, int[] samples) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int v : samples) {
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
            }
        }
        return new RawFrame(descriptor.withPlanarConfiguration(PlanarConfiguration.INTERLEAVED), samples, min, max);
    }

    public int rows() {
        return descriptor.rows();
    }

    public int columns() {
        return descriptor.columns();
    }

    /** Sample {@code s} of pixel ({@code x}, {@code y}). */
    public int sample(int x, int y, int s) {
        return samples[(y * descriptor.columns() + x) * descriptor.samplesPerPixel() + s];
    }
}
