package com.medvisionlab.imaging;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The instance-level attributes the index keeps: PS3.18 Table 10.6.3-5 and what a viewer needs before it opens the
 * object (geometry, default window, rescale). Image attributes are empty for objects without pixels (SR, RT plans).
 *
 * @param numberOfFrames Number of Frames, or 1 for an image without it; empty for objects without pixel data
 * @param window         the first Window Center / Window Width pair
 */
public record InstanceAttributes(
        String sopInstanceUid,
        String sopClassUid,
        OptionalInt instanceNumber,
        OptionalInt numberOfFrames,
        OptionalInt rows,
        OptionalInt columns,
        OptionalInt bitsAllocated,
        OptionalInt bitsStored,
        OptionalInt pixelRepresentation,
        Optional<String> photometricInterpretation,
        Optional<PixelSpacing> pixelSpacing,
        OptionalDouble sliceThickness,
        OptionalDouble sliceLocation,
        Optional<Window> window,
        Optional<Rescale> rescale) {

    /** Pixel Spacing (0028,0030): the distance between rows, then between columns, in mm. */
    public record PixelSpacing(double row, double column) {}

    public record Window(double center, double width) {}

    public record Rescale(double slope, double intercept) {}
}
