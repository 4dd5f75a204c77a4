package com.medvisionlab.deid;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.MalformedValueException;
import java.util.List;

/**
 * How the engine reads an element's values as text ({@link Dataset#getStrings}: strings, numbers in decimal). A value
 * that cannot be decoded as its VR requires (say a binary number whose length is no multiple of its size) counts as
 * no text: there is nothing in it to collect as an identifier, to clean or to scan, and one damaged element must not
 * stop the file. The table action still applies to the element itself, as removing, emptying or replacing it needs
 * no reading.
 */
final class DecodableText {

    private DecodableText() {}

    /** The decoded values; empty for absent, sequence and opaque elements and for values that cannot be decoded. */
    static List<String> of(Dataset dataset, int tag) {
        try {
            return dataset.getStrings(tag);
        } catch (MalformedValueException e) {
            return List.of();
        }
    }

    /** The first decoded value, or the empty string (an empty value reads the same). */
    static String first(Dataset dataset, int tag) {
        List<String> values = of(dataset, tag);
        return values.isEmpty() ? "" : values.getFirst();
    }
}
