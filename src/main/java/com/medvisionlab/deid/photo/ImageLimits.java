package com.medvisionlab.deid.photo;

/**
 * Caps checked against the header before any pixel buffer is allocated.
 *
 * @param maxPixels    width x height limit (default 50 MP: a 24-bit copy is then at most ~150 MB)
 * @param maxDimension limit of either side
 */
public record ImageLimits(long maxPixels, int maxDimension) {

    public static ImageLimits defaults() {
        return new ImageLimits(50_000_000L, 20_000);
    }
}
