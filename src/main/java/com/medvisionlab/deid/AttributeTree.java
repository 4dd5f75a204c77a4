package com.medvisionlab.deid;

import java.util.List;
import java.util.Optional;

/**
 * The view of a dataset the engine works on: tags, VRs (as their two-letter names), string values, binary values,
 * sequence items, and the few edits de-identification needs. An adapter over the DICOM data model implements it;
 * keeping the engine behind this seam lets the profile logic be tested without files and keeps it independent of
 * how values are stored.
 */
public interface AttributeTree {

    /** The tags present, ascending; a snapshot, safe to iterate while editing. */
    int[] tags();

    /** The VR's two-letter name, {@code "UN"} when unknown. */
    String vr(int tag);

    /** Decoded string values (numbers as text), empty for binary, sequence and absent elements. */
    List<String> strings(int tag);

    /** The raw value of a binary element (OB, OW, UN...) if it is held in memory; empty otherwise. */
    Optional<byte[]> bytes(int tag);

    /** Items of a sequence element, empty when the element is no sequence. */
    List<? extends AttributeTree> items(int tag);

    /** The private creator owning a private data element ({@code gggg,xxyy} -> value of {@code gggg,00xx}). */
    Optional<String> privateCreatorOf(int tag);

    /** Replaces the value; numeric VRs accept decimal text. */
    void setStrings(int tag, String vr, List<String> values);

    /** Makes the element present with a zero-length value (an empty sequence for SQ). */
    void setEmpty(int tag, String vr);

    void remove(int tag);

    /** Adds an item to the sequence {@code tag}, creating the sequence if absent, and returns the new item. */
    AttributeTree addItem(int tag);

    /** Access to the underlying dataset object, for extension points such as a {@link PixelCleaner}. */
    <T> Optional<T> unwrap(Class<T> type);
}
