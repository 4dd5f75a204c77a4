package com.medvisionlab.dicom.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A DICOM lookup table (palette, modality or VOI LUT): PS3.3 C.11.1.1 / C.11.2.1.1 / C.7.6.3.1.5.
 * Inputs below {@code firstMapped} map to the first entry, above the last to the last entry.
 *
 * @param firstMapped  the stored/modality value mapped to entry 0 (second descriptor value)
 * @param bitsPerEntry 8 or 16 (third descriptor value; VOI LUTs may use 10..16)
 * @param entries      the table, already unpacked to one int per entry
 */
public record LookupTable(int firstMapped, int bitsPerEntry, int[] entries) {

    public LookupTable {
        if (entries.length == 0) {
            throw new PixelDataException("Lookup table has no entries");
        }
        if (bitsPerEntry < 1 || bitsPerEntry > 16) {
            throw new PixelDataException("Lookup table bits per entry must be 1..16, was " + bitsPerEntry);
        }
        entries = entries.clone();
    }

    /**
     * Builds a table from its three-valued descriptor and raw data. A descriptor entry count of 0 means 65536
     * (PS3.3 C.7.6.3.1.5). 8-bit entries may be packed two per 16-bit word; we detect that from the data length.
     *
     * @param signedFirstMapped whether the first-mapped value is signed (it follows Pixel Representation)
     */
    public static LookupTable fromDescriptor(
            int[] descriptor, byte[] data, ByteOrder order, boolean signedFirstMapped) {
        if (descriptor.length != 3) {
            throw new PixelDataException("LUT Descriptor must have 3 values, had " + descriptor.length);
        }
        int count = descriptor[0] == 0 ? 65536 : descriptor[0] & 0xFFFF;
        int first = signedFirstMapped ? (short) descriptor[1] : descriptor[1] & 0xFFFF;
        int bits = descriptor[2];
        int[] values = new int[count];
        ByteBuffer buffer = ByteBuffer.wrap(data).order(order);
        if (bits <= 8 && data.length < count * 2) {
            // 8-bit entries packed as bytes (possibly padded to even length)
            if (data.length < count) {
                throw new PixelDataException("LUT data has " + data.length + " bytes for " + count + " 8-bit entries");
            }
            for (int i = 0; i < count; i++) {
                values[i] = data[i] & 0xFF;
            }
        } else {
            if (data.length < count * 2) {
                throw new PixelDataException("LUT data has " + data.length + " bytes for " + count + " 16-bit entries");
            }
            int mask = bits <= 8 ? 0xFF : 0xFFFF;
            for (int i = 0; i < count; i++) {
                values[i] = buffer.getShort(i * 2) & mask;
            }
        }
        return new LookupTable(first, bits, values);
    }

    /** Looks up one input value, clamping outside the table's range (PS3.3 C.11.2.1.1). */
    public int lookup(int value) {
        int index = value - firstMapped;
        if (index <= 0) {
            return entries[0];
        }
        return index >= entries.length ? entries[entries.length - 1] : entries[index];
    }

    public int size() {
        return entries.length;
    }

    public int maxOutput() {
        return (1 << bitsPerEntry) - 1;
    }

    @Override
    public int[] entries() {
        return entries.clone();
    }
}
