package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.PixelDataException;

/** Encoded pixel data that ends early or contradicts itself (truncated fragment, bad segment offsets...). */
public class CorruptPixelDataException extends PixelDataException {

    public CorruptPixelDataException(String message) {
        super(message);
    }

    public CorruptPixelDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
