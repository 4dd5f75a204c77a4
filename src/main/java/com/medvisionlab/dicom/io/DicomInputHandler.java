package com.medvisionlab.dicom.io;

import com.medvisionlab.dicom.data.BinaryValue;
import com.medvisionlab.dicom.data.VR;

/**
 * Receives the parse events of {@link DicomInputStream} in file order. Binary values arrive little endian whatever
 * the transfer syntax. The in-memory {@code Dataset} builder is one implementation; a filter or a dumper can be
 * another without building a dataset.
 */
public interface DicomInputHandler {

    /** A non-sequence element with its value (in memory or a bulk-data reference). */
    void element(int tag, VR vr, BinaryValue value);

    void startSequence(int tag, VR vr);

    void startItem();

    void endItem();

    void endSequence();

    /** Encapsulated pixel data starts; the first {@link #fragment} is the basic offset table. */
    void startFragments(int tag, VR vr);

    void fragment(BinaryValue value);

    void endFragments();
}
