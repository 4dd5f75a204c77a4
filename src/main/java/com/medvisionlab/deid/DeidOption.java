package com.medvisionlab.deid;

import com.medvisionlab.deid.profile.ProfileColumn;
import java.util.Optional;

/**
 * The PS3.15 Annex E options, each with its PS3.16 CID 7050 code (coding scheme DCM) that is recorded in
 * De-identification Method Code Sequence (0012,0064) when the option was applied.
 */
public enum DeidOption {
    RETAIN_SAFE_PRIVATE("113111", "Retain Safe Private Option", ProfileColumn.RETAIN_SAFE_PRIVATE),
    RETAIN_UIDS("113110", "Retain UIDs Option", ProfileColumn.RETAIN_UIDS),
    RETAIN_DEVICE_IDENTITY("113109", "Retain Device Identity Option", ProfileColumn.RETAIN_DEVICE_IDENTITY),
    RETAIN_INSTITUTION_IDENTITY(
            "113112", "Retain Institution Identity Option", ProfileColumn.RETAIN_INSTITUTION_IDENTITY),
    RETAIN_PATIENT_CHARACTERISTICS(
            "113108", "Retain Patient Characteristics Option", ProfileColumn.RETAIN_PATIENT_CHARACTERISTICS),
    RETAIN_LONGITUDINAL_FULL_DATES(
            "113106",
            "Retain Longitudinal Temporal Information Full Dates Option",
            ProfileColumn.RETAIN_LONGITUDINAL_FULL_DATES),
    RETAIN_LONGITUDINAL_MODIFIED_DATES(
            "113107",
            "Retain Longitudinal Temporal Information Modified Dates Option",
            ProfileColumn.RETAIN_LONGITUDINAL_MODIFIED_DATES),
    CLEAN_DESCRIPTORS("113105", "Clean Descriptors Option", ProfileColumn.CLEAN_DESCRIPTORS),
    CLEAN_STRUCTURED_CONTENT("113104", "Clean Structured Content Option", ProfileColumn.CLEAN_STRUCTURED_CONTENT),
    CLEAN_GRAPHICS("113103", "Clean Graphics Option", ProfileColumn.CLEAN_GRAPHICS),
    /** Needs pixel analysis; the table has no column for it (see {@link PixelCleaner}). */
    CLEAN_PIXEL_DATA("113101", "Clean Pixel Data Option", null),
    /** Needs pixel analysis (de-facing); the table has no column for it (see {@link PixelCleaner}). */
    CLEAN_RECOGNIZABLE_VISUAL_FEATURES("113102", "Clean Recognizable Visual Features Option", null);

    /** CID 7050 code of the Basic Application Confidentiality Profile itself, always recorded. */
    public static final String BASIC_PROFILE_CODE = "113100";

    public static final String BASIC_PROFILE_MEANING = "Basic Application Confidentiality Profile";
    public static final String CODING_SCHEME = "DCM";

    private final String code;
    private final String meaning;
    private final ProfileColumn column;

    DeidOption(String code, String meaning, ProfileColumn column) {
        this.code = code;
        this.meaning = meaning;
        this.column = column;
    }

    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The Table E.1-1 column this option switches on, if it has one. */
    public Optional<ProfileColumn> column() {
        return Optional.ofNullable(column);
    }
}
