package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.io.TransferSyntax;

/** Encodes one decoded frame back into the bytes of one frame of its transfer syntax, losslessly. */
public interface FrameEncoder {

    /** The transfer syntax the output belongs to. */
    TransferSyntax transferSyntax();

    /**
     * Encodes the frame's samples as described by its descriptor (bits allocated/stored, representation).
     * Native output is little endian, pixel-interleaved; compressed output is one codestream (one fragment).
     */
    byte[] encode(RawFrame frame);
}
