package com.medvisionlab.dicom.image;

/** VOI LUT Function (0028,1056), PS3.3 C.11.2.1.3; LINEAR when absent. */
public enum VoiFunction {
    LINEAR,
    LINEAR_EXACT,
    SIGMOID;

    public static VoiFunction fromCode(String code) {
        return switch (code.strip()) {
            case "", "LINEAR" -> LINEAR;
            case "LINEAR_EXACT" -> LINEAR_EXACT;
            case "SIGMOID" -> SIGMOID;
            default -> throw new PixelDataException("Unknown VOI LUT Function '" + code.strip() + "'");
        };
    }
}
