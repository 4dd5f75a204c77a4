package com.medvisionlab.deid.photo;

import java.awt.Rectangle;
import java.util.List;

/**
 * A cleaned upload and what was done to it.
 *
 * @param bytes            the freshly encoded file (no metadata blocks)
 * @param format           its format (BMP input comes out as PNG)
 * @param textBoxes        areas blacked out as burned-in text
 * @param faceBoxes        areas pixelated as faces
 * @param metadataRemoved  metadata blocks the input carried, e.g. "APP1 Exif", "COM", "tEXt"
 */
public record SanitizedPhoto(
        byte[] bytes,
        PhotoFormat format,
        List<Rectangle> textBoxes,
        List<Rectangle> faceBoxes,
        List<String> metadataRemoved) {

    public int facesBlurred() {
        return faceBoxes.size();
    }
}
