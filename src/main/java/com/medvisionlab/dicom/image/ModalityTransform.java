package com.medvisionlab.dicom.image;

import java.util.Optional;

/**
 * Stored value to modality value, PS3.3 C.11.1: either Rescale Slope/Intercept (C.11.1.1.2) or a Modality
 * LUT Sequence table (C.11.1.1.1), never both.
 */
public record ModalityTransform(double slope, double intercept, Optional<LookupTable> lut) {

    public static final ModalityTransform IDENTITY = new ModalityTransform(1, 0, Optional.empty());

    public static ModalityTransform rescale(double slope, double intercept) {
        return new ModalityTransform(slope, intercept, Optional.empty());
    }

    public double apply(int stored) {
        return lut.isPresent() ? lut.get().lookup(stored) : slope * stored + intercept;
    }
}
