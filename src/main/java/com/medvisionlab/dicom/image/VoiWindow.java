package com.medvisionlab.dicom.image;

/**
 * A window (Window Center / Window Width with its VOI LUT Function), applied as pure functions that follow
 * the formulas of PS3.3 C.11.2.1.2.1 (LINEAR), C.11.2.1.3.2 (LINEAR_EXACT) and C.11.2.1.3.1 (SIGMOID).
 */
public record VoiWindow(double center, double width, VoiFunction function) {

    public VoiWindow {
        // C.11.2.1.2.1: width >= 1 for LINEAR; C.11.2.1.3: width > 0 for the others.
        if (function == VoiFunction.LINEAR ? width < 1 : width <= 0) {
            throw new PixelDataException("Window Width " + width + " is not allowed for " + function);
        }
    }

    public static VoiWindow linear(double center, double width) {
        return new VoiWindow(center, width, VoiFunction.LINEAR);
    }

    /**
     * The LINEAR window that maps {@code min} to the lowest and {@code max} to the highest output, used when
     * the data set has no window: with w = max - min + 1 and c = min + w / 2 the C.11.2.1.2.1 bounds are
     * exactly min and max.
     */
    public static VoiWindow spanning(double min, double max) {
        double width = Math.max(1, max - min + 1);
        return linear(min + width / 2, width);
    }

    /** Maps a modality value to [yMin, yMax]. */
    public double apply(double x, double yMin, double yMax) {
        double range = yMax - yMin;
        return switch (function) {
            case LINEAR -> {
                // C.11.2.1.2.1
                double lower = center - 0.5 - (width - 1) / 2;
                double upper = center - 0.5 + (width - 1) / 2;
                if (x <= lower) {
                    yield yMin;
                }
                if (x > upper) {
                    yield yMax;
                }
                yield ((x - (center - 0.5)) / (width - 1) + 0.5) * range + yMin;
            }
            case LINEAR_EXACT -> {
                // C.11.2.1.3.2
                if (x <= center - width / 2) {
                    yield yMin;
                }
                if (x > center + width / 2) {
                    yield yMax;
                }
                yield ((x - center) / width + 0.5) * range + yMin;
            }
            // C.11.2.1.3.1
            case SIGMOID -> range / (1 + Math.exp(-4 * (x - center) / width)) + yMin;
        };
    }
}
