package com.medvisionlab.deid.photo;

import java.util.Optional;

/** Upload formats we accept, recognised by their magic bytes (never by file name). */
public enum PhotoFormat {
    JPEG("jpeg", "image/jpeg"),
    PNG("png", "image/png"),
    BMP("bmp", "image/bmp");

    private final String imageIoName;
    private final String mediaType;

    PhotoFormat(String imageIoName, String mediaType) {
        this.imageIoName = imageIoName;
        this.mediaType = mediaType;
    }

    String imageIoName() {
        return imageIoName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a file by its first bytes (8 suffice); empty for anything else. */
    public static Optional<PhotoFormat> sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (b.length >= 8
                && (b[0] & 0xff) == 0x89
                && b[1] == 'P'
                && b[2] == 'N'
                && b[3] == 'G'
                && b[4] == 0x0D
                && b[5] == 0x0A
                && b[6] == 0x1A
                && b[7] == 0x0A) {
            return Optional.of(PNG);
        }
        if (b.length >= 2 && b[0] == 'B' && b[1] == 'M') {
            return Optional.of(BMP);
        }
        return Optional.empty();
    }
}
