package com.medvisionlab.dicom.image;

import java.util.Optional;

/**
 * The display-related attributes of an image: modality transform, the first VOI window or VOI LUT
 * (PS3.3 C.11.2), all optional except the modality transform (identity when absent).
 */
public record DisplaySettings(ModalityTransform modality, Optional<VoiWindow> window, Optional<LookupTable> voiLut) {

    public static final DisplaySettings DEFAULT =
            new DisplaySettings(ModalityTransform.IDENTITY, Optional.empty(), Optional.empty());

    /** Rescale or Modality LUT, the first window (with its VOI LUT Function) and the first VOI LUT of a data set. */
    public static DisplaySettings from(com.medvisionlab.dicom.data.Dataset dataset) {
        return DatasetImages.display(
                dataset,
                PixelRepresentation.fromValue(dataset.getInt(com.medvisionlab.dicom.data.Tags.PixelRepresentation)
                        .orElse(0)));
    }

    public DisplaySettings withWindow(VoiWindow chosen) {
        return new DisplaySettings(modality, Optional.of(chosen), Optional.empty());
    }
}
