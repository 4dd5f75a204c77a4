package com.medvisionlab.dicom.data;

/** A binary value held in memory ({@link InlineBytes}) or left in its file ({@link BulkData}). */
public sealed interface BinaryValue permits InlineBytes, BulkData {

    long length();

    /** The bytes, loading them from the file for bulk data. */
    byte[] readBytes();
}
