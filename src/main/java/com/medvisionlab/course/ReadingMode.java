package com.medvisionlab.course;

/** How students read a case set's cases. */
public enum ReadingMode {
    /** Students commit their own findings before the reference (and the AI) is shown. */
    BLIND_FIRST,
    /** The reference is shown with the images from the start. */
    OPEN
}
