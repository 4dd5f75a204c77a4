/**
 * Pixel-level de-identification: finding burned-in text (Latin and CJK), OCR, redaction by solid fill, known-region
 * rules and post-redaction verification. Plain Java on {@link java.awt.image.BufferedImage}; no Spring, no DICOM.
 */
@NullMarked
package com.medvisionlab.deid.pixels;

import org.jspecify.annotations.NullMarked;
