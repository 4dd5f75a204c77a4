package com.medvisionlab.deid.pixels;

/**
 * What known-region rules are matched on, as plain strings (empty when unknown) so this stays DICOM-agnostic.
 */
public record ImageOrigin(String modality, String manufacturer, String model, int rows, int columns) {

    public ImageOrigin {
        modality = modality == null ? "" : modality.strip();
        manufacturer = manufacturer == null ? "" : manufacturer.strip();
        model = model == null ? "" : model.strip();
    }
}
