package com.medvisionlab.deid;

import java.util.EnumSet;
import java.util.Set;

/**
 * Named option sets.
 *
 * <ul>
 *   <li>{@code basic}: the Basic Application Level Confidentiality Profile alone.</li>
 *   <li>{@code teaching}: TCIA curation practice (also what MIDI-B scores against): Basic + Clean Pixel Data +
 *       Clean Descriptors + Clean Structured Content + Retain Longitudinal Temporal Information with Modified Dates +
 *       Retain Patient Characteristics + Retain Device Identity + Retain Safe Private.</li>
 * </ul>
 */
public enum DeidPreset {
    BASIC(EnumSet.noneOf(DeidOption.class)),
    TEACHING(EnumSet.of(
            DeidOption.CLEAN_PIXEL_DATA,
            DeidOption.CLEAN_DESCRIPTORS,
            DeidOption.CLEAN_STRUCTURED_CONTENT,
            DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES,
            DeidOption.RETAIN_PATIENT_CHARACTERISTICS,
            DeidOption.RETAIN_DEVICE_IDENTITY,
            DeidOption.RETAIN_SAFE_PRIVATE));

    private final Set<DeidOption> options;

    DeidPreset(Set<DeidOption> options) {
        this.options = Set.copyOf(options);
    }

    public Set<DeidOption> options() {
        return options;
    }

    /** Lower-case name as typed on the command line ({@code basic}, {@code teaching}). */
    public String id() {
        return name().toLowerCase();
    }
}
