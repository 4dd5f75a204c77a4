package com.medvisionlab.dicom.codec;

import java.nio.ByteOrder;

/** The bytes of one frame as they sit in the Pixel Data element, before decoding. */
public sealed interface EncodedFrame {

    /**
     * Native (uncompressed) pixel data. We keep the whole value plus the frame index because 1-bit frames
     * need not start on a byte boundary (PS3.5 8.1.1).
     */
    record Native(byte[] pixelData, ByteOrder byteOrder, int frameIndex) implements EncodedFrame {
        public Native {
            if (frameIndex < 0) {
                throw new IllegalArgumentException("frame index must not be negative, was " + frameIndex);
            }
        }
    }

    /** One frame of encapsulated pixel data: its fragments concatenated into one codestream (PS3.5 A.4). */
    record Compressed(byte[] codestream) implements EncodedFrame {}
}
