package com.medvisionlab.dicom.image;

import com.medvisionlab.dicom.DicomException;

/** Pixel data that cannot be decoded, encoded or rendered as described; the message says what was wrong. */
public class PixelDataException extends DicomException {

    public PixelDataException(String message) {
        super(message);
    }

    public PixelDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
