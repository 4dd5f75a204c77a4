package com.medvisionlab.dicom;

/**
 * Anything wrong with DICOM input or output. Unchecked so that accessors stay readable; the message always says
 * what was wrong and where (tag, offset, file).
 */
public class DicomException extends RuntimeException {

    public DicomException(String message) {
        super(message);
    }

    public DicomException(String message, Throwable cause) {
        super(message, cause);
    }
}
