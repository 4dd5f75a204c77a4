package com.medvisionlab.dicom.codec;

/** Reads the frame header (SOFn, or SOF55 for JPEG-LS) of a JPEG-family codestream, ITU T.81 B.2.2. */
record JpegMarkers(int sofMarker, int precision, int height, int width, int components) {

    static final int SOF3_LOSSLESS = 0xC3;
    static final int SOF55_JPEG_LS = 0xF7;

    boolean isLossless() {
        return sofMarker == SOF3_LOSSLESS || sofMarker == 0xC7 || sofMarker == 0xCB || sofMarker == 0xCF;
    }

    static JpegMarkers parse(byte[] data) {
        if (data.length < 4 || (data[0] & 0xFF) != 0xFF || (data[1] & 0xFF) != 0xD8) {
            throw new CorruptPixelDataException("Frame does not start with a JPEG SOI marker");
        }
        int i = 2;
        while (i + 4 <= data.length) {
            if ((data[i] & 0xFF) != 0xFF) {
                throw new CorruptPixelDataException("Expected a JPEG marker at byte " + i);
            }
            int marker = data[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            int length = (data[i + 2] & 0xFF) << 8 | (data[i + 3] & 0xFF);
            boolean isSof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (isSof || marker == SOF55_JPEG_LS) {
                if (i + 10 > data.length) {
                    break;
                }
                return new JpegMarkers(
                        marker,
                        data[i + 4] & 0xFF,
                        (data[i + 5] & 0xFF) << 8 | (data[i + 6] & 0xFF),
                        (data[i + 7] & 0xFF) << 8 | (data[i + 8] & 0xFF),
                        data[i + 9] & 0xFF);
            }
            if (marker == 0xDA) {
                break;
            }
            i += 2 + length;
        }
        throw new CorruptPixelDataException("JPEG codestream has no frame header (SOF marker) before its data");
    }
}
