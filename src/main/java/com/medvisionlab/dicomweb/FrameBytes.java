package com.medvisionlab.dicomweb;

import com.medvisionlab.dicom.image.RawFrame;

/**
 * A decoded frame as the viewer takes it: Explicit VR Little Endian native pixel data (PS3.18 8.7.3.3.2,
 * {@code transfer-syntax=1.2.840.10008.1.2.1}), one, two or four bytes per sample by Bits Allocated,
 * pixel-interleaved.
 */
final class FrameBytes {

    static final String EXPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2.1";

    private FrameBytes() {}

    static byte[] littleEndian(RawFrame frame) {
        int bytesPerSample = bytesPerSample(frame.descriptor().bitsAllocated());
        int[] samples = frame.samples();
        byte[] out = new byte[samples.length * bytesPerSample];
        int o = 0;
        for (int sample : samples) {
            for (int b = 0; b < bytesPerSample; b++) {
                out[o++] = (byte) (sample >>> (8 * b));
            }
        }
        return out;
    }

    static int bytesPerSample(int bitsAllocated) {
        if (bitsAllocated <= 8) {
            return 1;
        }
        return bitsAllocated <= 16 ? 2 : 4;
    }
}
