/**
 * Pixel-level de-identification: finding burned-in text (Latin and CJK), OCR, redaction by solid fill, known-region
 * rules and post-redaction verification. Plain Java on {@link java.awt.image.BufferedImage}; no Spring, no DICOM.
 */
package com.medvisionlab.deid.pixels;
