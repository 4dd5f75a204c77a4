package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.ImageDescriptor;

/** Guards that a codestream decoded to the shape the data set promised; a mismatch would render garbage. */
final class CodecChecks {

    private static final int TRAILING_JUNK_LIMIT = 16;

    private CodecChecks() {}

    static void requireShape(ImageDescriptor d, int width, int height, int components) {
        if (width != d.columns() || height != d.rows() || components != d.samplesPerPixel()) {
            throw new CorruptPixelDataException("Codestream decodes to " + width + "x" + height + "x" + components
                    + " but the data set describes " + d.columns() + "x" + d.rows() + "x" + d.samplesPerPixel());
        }
    }

    /**
     * A JPEG-family codestream must end with EOI (JPEG, JPEG-LS) or EOC (JPEG 2000), both FFD9, perhaps
     * and some writers leave a few junk bytes after it. Decoders fill a truncated stream with grey silently, so
     * we refuse it first. FFD9 cannot occur inside entropy-coded data (byte stuffing), so finding it near the
     * end is safe.
     */
    static void requireEndMarker(byte[] codestream, String codec) {
        boolean found = false;
        for (int i = codestream.length - 2; i >= Math.max(0, codestream.length - TRAILING_JUNK_LIMIT); i--) {
            if ((codestream[i] & 0xFF) == 0xFF && (codestream[i + 1] & 0xFF) == 0xD9) {
                found = true;
                break;
            }
        }
        if (!found) {
            throw new CorruptPixelDataException(codec + " frame is truncated: its " + codestream.length
                    + "-byte codestream does not end with an end-of-image marker (FFD9)");
        }
    }
}
