package com.medvisionlab.dicom.image;

/** Pixel Representation (0028,0103): how stored values are read, PS3.3 C.7.6.3.1. */
public enum PixelRepresentation {
    UNSIGNED,
    /** Two's complement, sign bit at High Bit. */
    SIGNED;

    public static PixelRepresentation fromValue(int value) {
        return switch (value) {
            case 0 -> UNSIGNED;
            case 1 -> SIGNED;
            default -> throw new PixelDataException("Pixel Representation must be 0 or 1, was " + value);
        };
    }

    public int value() {
        return ordinal();
    }
}
