package com.medvisionlab.dicom.image;

/** Red, green and blue palette tables of a PALETTE COLOR image, PS3.3 C.7.6.3.1.5/6. */
public record PaletteColorLut(LookupTable red, LookupTable green, LookupTable blue) {

    /** Maps one stored index to an 8-bit-per-channel packed RGB int (0xRRGGBB). */
    public int rgb(int index) {
        return to8Bit(red, index) << 16 | to8Bit(green, index) << 8 | to8Bit(blue, index);
    }

    private static int to8Bit(LookupTable table, int index) {
        int value = table.lookup(index);
        // 16-bit entries keep their high byte; PS3.3 C.7.6.3.1.5 scales to the full entry range.
        return table.bitsPerEntry() > 8 ? value >>> (table.bitsPerEntry() - 8) : value;
    }
}
