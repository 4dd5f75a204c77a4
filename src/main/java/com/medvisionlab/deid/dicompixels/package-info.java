/**
 * Burned-in text cleaning of DICOM images: the {@link com.medvisionlab.deid.PixelCleaner} of the de-identification
 * engine. Every frame of every image is scanned, whatever its header says (a plain-Java pre-check on the stored
 * bytes first, the detector only where text may be, OCR only where the detector found it), finds text with
 * {@code deid.pixels}, blanks it (plus known-region rules and reviewer
 * boxes), re-encodes without further loss and re-reads the result to verify that no input identifier is left.
 */
@NullMarked
package com.medvisionlab.deid.dicompixels;

import org.jspecify.annotations.NullMarked;
