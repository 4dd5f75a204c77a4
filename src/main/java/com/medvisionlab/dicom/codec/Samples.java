package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.ImageDescriptor;

/** Bit-level helpers shared by the codecs: from a container word to a stored value and back (PS3.5 8.1.1). */
final class Samples {

    private Samples() {}

    /**
     * Extracts the stored value from a container word: shifts out bits below the stored range (High Bit
     * may sit above Bits Stored - 1), masks to Bits Stored and sign-extends when the representation is signed.
     */
    static int toStored(int word, ImageDescriptor d) {
        int shift = d.highBit() + 1 - d.bitsStored();
        int bits = d.bitsStored();
        int value = shift == 0 ? word : word >>> shift;
        if (bits >= 32) {
            return value;
        }
        value &= (1 << bits) - 1;
        if (d.isSigned()) {
            int unused = 32 - bits;
            value = value << unused >> unused;
        }
        return value;
    }

    /**
     * A value from a compressed codestream is already the stored value but loses its sign (codecs carry
     * the two's complement bit pattern at the codestream's precision); mask to Bits Stored and sign-extend.
     */
    static int fromDecoded(int value, ImageDescriptor d) {
        int bits = d.bitsStored();
        if (bits >= 32) {
            return value;
        }
        int masked = value & ((1 << bits) - 1);
        int unused = 32 - bits;
        return d.isSigned() ? masked << unused >> unused : masked;
    }

    /** Inverse of {@link #toStored}: the container word a stored value occupies (pad bits zero). */
    static int toWord(int stored, ImageDescriptor d) {
        int bits = d.bitsStored();
        int masked = bits >= 32 ? stored : stored & ((1 << bits) - 1);
        return masked << (d.highBit() + 1 - d.bitsStored());
    }

    /** Reorders R-plane, G-plane, B-plane samples into R G B R G B order. */
    static int[] interleave(int[] planar, int samplesPerPixel) {
        int pixels = planar.length / samplesPerPixel;
        int[] out = new int[planar.length];
        for (int s = 0; s < samplesPerPixel; s++) {
            int base = s * pixels;
            for (int p = 0; p < pixels; p++) {
                out[p * samplesPerPixel + s] = planar[base + p];
            }
        }
        return out;
    }
}
