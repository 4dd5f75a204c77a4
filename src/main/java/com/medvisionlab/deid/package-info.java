/**
 * De-identification engine (plain Java, no Spring): applies the PS3.15 Basic Application Level Confidentiality
 * Profile and its options to one DICOM file at a time.
 *
 * <p>Presets ({@link com.medvisionlab.deid.DeidPreset}): {@code basic} = the Basic Profile alone; {@code teaching} =
 * TCIA curation practice = Basic + Clean Pixel Data + Clean Descriptors + Clean Structured Content + Retain
 * Longitudinal Temporal Information with Modified Dates + Retain Patient Characteristics + Retain Device Identity +
 * Retain Safe Private.
 *
 * <p>Pixel data is handled by a {@link com.medvisionlab.deid.PixelCleaner}; with Clean Pixel Data the {@code deid}
 * command uses {@code deid.dicompixels.DicomPixelCleaner} (burned-in text blanked, areas recorded as
 * "pixels redacted x,y wxh origin" values of De-identification Method (0012,0063) and in the report's
 * {@code pixelRedactions}), and JPEG/PNG/BMP files go through {@code deid.photo.PhotoSanitizer}.
 *
 * <p>Combined table codes are resolved without IOD knowledge to the choice valid for the strictest Type
 * (see {@link com.medvisionlab.deid.profile.ActionResolver}).
 */
@NullMarked
package com.medvisionlab.deid;

import org.jspecify.annotations.NullMarked;
