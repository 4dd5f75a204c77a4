/**
 * De-identification engine (plain Java, no Spring): applies the PS3.15 Basic Application Level Confidentiality
 * Profile and its options to one DICOM file at a time.
 *
 * <p>Presets ({@link com.medvisionlab.deid.DeidPreset}): {@code basic} = the Basic Profile alone; {@code teaching} =
 * TCIA curation practice = Basic + Clean Pixel Data + Clean Descriptors + Clean Structured Content + Retain
 * Longitudinal Temporal Information with Modified Dates + Retain Patient Characteristics + Retain Device Identity +
 * Retain Safe Private.
 *
 * <p>Combined table codes are resolved without IOD knowledge to the choice valid for the strictest Type
 * (see {@link com.medvisionlab.deid.profile.ActionResolver}).
 */
package com.medvisionlab.deid;
