package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.ImageDescriptor;

/** Guards that a codestream decoded to the shape the data set promised; a mismatch would render garbage. */
final class CodecChecks {

    private CodecChecks() {
    }

    static void requireShape(ImageDescriptor d, int width, int height, int components) {
        if (width != d.columns() || height != d.rows() || components != d.samplesPerPixel()) {
            throw new CorruptPixelDataException("Codestream decodes to " + width + "x" + height + "x" + components
                    + " but the data set describes " + d.columns() + "x" + d.rows() + "x" + d.samplesPerPixel());
        }
    }
}
