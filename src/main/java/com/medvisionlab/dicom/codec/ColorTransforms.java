package com.medvisionlab.dicom.codec;

/** Colour transforms codecs apply so their output is RGB (PS3.3 C.7.6.3.1.2, JFIF / ITU T.871). */
final class ColorTransforms {

    private ColorTransforms() {}

    /**
     * YCbCr (YBR_FULL, full range) to RGB in place, 8-bit, as libjpeg does it: R = Y + 1.402 (Cr-128),
     * G = Y - 0.344136 (Cb-128) - 0.714136 (Cr-128), B = Y + 1.772 (Cb-128), rounded and clamped.
     */
    static void ybrFullToRgb(int[] samples, int maxValue) {
        int half = (maxValue + 1) / 2;
        for (int i = 0; i + 2 < samples.length; i += 3) {
            double y = samples[i];
            double cb = samples[i + 1] - half;
            double cr = samples[i + 2] - half;
            samples[i] = clamp(Math.round(y + 1.402 * cr), maxValue);
            samples[i + 1] = clamp(Math.round(y - 0.344136 * cb - 0.714136 * cr), maxValue);
            samples[i + 2] = clamp(Math.round(y + 1.772 * cb), maxValue);
        }
    }

    private static int clamp(long value, int max) {
        return (int) Math.max(0, Math.min(max, value));
    }
}
