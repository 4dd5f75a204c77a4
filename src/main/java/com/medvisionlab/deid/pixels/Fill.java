package com.medvisionlab.deid.pixels;

/**
 * What value redacted pixels get.
 *
 * @param kind  how the value is chosen
 * @param value the sample value for {@link Kind#CONSTANT} (applied to every band), ignored otherwise
 */
public record Fill(Kind kind, int value) {

    /** How the fill value is chosen. */
    public enum Kind {
        /** 0 in every band (for palette images the entry closest to black; for signed data the image minimum). */
        BLACK,
        /** The smallest value found in each band of the image, e.g. the air value of a signed 16-bit CT. */
        IMAGE_MINIMUM,
        /** A caller-chosen sample value, e.g. the maximum for MONOCHROME1. */
        CONSTANT
    }

    public static Fill black() {
        return new Fill(Kind.BLACK, 0);
    }

    public static Fill imageMinimum() {
        return new Fill(Kind.IMAGE_MINIMUM, 0);
    }

    public static Fill constant(int value) {
        return new Fill(Kind.CONSTANT, value);
    }
}
