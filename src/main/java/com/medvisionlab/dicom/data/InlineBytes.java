package com.medvisionlab.dicom.data;

/** Bytes held in memory; the array is shared, not copied. */
public record InlineBytes(byte[] bytes) implements BinaryValue {

    @Override
    public long length() {
        return bytes.length;
    }

    @Override
    public byte[] readBytes() {
        return bytes;
    }
}
