package com.medvisionlab.dicom.data;

/**
 * Receives the elements of a dataset in tag order. {@code value} is one of: {@code byte[]} (raw little-endian bytes,
 * possibly empty), {@link BulkData}, {@link Sequence} or {@link Fragments}.
 */
@FunctionalInterface
public interface ElementVisitor {

    void visit(int tag, VR vr, Object value);
}
