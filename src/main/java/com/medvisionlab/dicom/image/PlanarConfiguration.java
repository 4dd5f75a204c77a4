package com.medvisionlab.dicom.image;

/** Planar Configuration (0028,0006), PS3.3 C.7.6.3.1.3: order of colour samples in native data. */
public enum PlanarConfiguration {
    /** R1 G1 B1 R2 G2 B2 ... (value 0). */
    INTERLEAVED,
    /** R1 R2 ... G1 G2 ... B1 B2 ... (value 1). */
    SEPARATE;

    public static PlanarConfiguration fromValue(int value) {
        return switch (value) {
            case 0 -> INTERLEAVED;
            case 1 -> SEPARATE;
            default -> throw new PixelDataException("Planar Configuration must be 0 or 1, was " + value);
        };
    }

    public int value() {
        return ordinal();
    }
}
