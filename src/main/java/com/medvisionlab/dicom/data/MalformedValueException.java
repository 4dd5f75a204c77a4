package com.medvisionlab.dicom.data;

import com.medvisionlab.dicom.DicomException;

/** A stored value cannot be decoded as its VR requires; names the tag and VR. */
public class MalformedValueException extends DicomException {

    public MalformedValueException(int tag, VR vr, String problem) {
        super("malformed value of " + Tag.toString(tag) + " " + vr + ": " + problem);
    }
}
