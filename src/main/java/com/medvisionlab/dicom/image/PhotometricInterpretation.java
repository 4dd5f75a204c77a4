package com.medvisionlab.dicom.image;

import java.util.Arrays;
import java.util.Locale;

/** Photometric Interpretation (0028,0004), PS3.3 C.7.6.3.1.2; only the values a decoder can meet today. */
public enum PhotometricInterpretation {
    MONOCHROME1("MONOCHROME1", 1),
    MONOCHROME2("MONOCHROME2", 1),
    PALETTE_COLOR("PALETTE COLOR", 1),
    RGB("RGB", 3),
    YBR_FULL("YBR_FULL", 3),
    YBR_FULL_422("YBR_FULL_422", 3),
    YBR_ICT("YBR_ICT", 3),
    YBR_RCT("YBR_RCT", 3);

    private final String code;
    private final int samplesPerPixel;

    PhotometricInterpretation(String code, int samplesPerPixel) {
        this.code = code;
        this.samplesPerPixel = samplesPerPixel;
    }

    /** The defined term as written in the data set. */
    public String code() {
        return code;
    }

    public int samplesPerPixel() {
        return samplesPerPixel;
    }

    public boolean isMonochrome() {
        return this == MONOCHROME1 || this == MONOCHROME2;
    }

    /** Whether the samples are luminance/chrominance that a renderer must convert to RGB. */
    public boolean isYbr() {
        return this == YBR_FULL || this == YBR_FULL_422 || this == YBR_ICT || this == YBR_RCT;
    }

    /** Parses a defined term, tolerating case and trailing padding; unknown terms are an error, not a guess. */
    public static PhotometricInterpretation fromCode(String code) {
        String trimmed = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(p -> p.code.equals(trimmed))
                .findFirst()
                .orElseThrow(() -> new PixelDataException("Unsupported Photometric Interpretation '" + trimmed + "'"));
    }
}
