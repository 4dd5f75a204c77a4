/**
 * Burned-in text cleaning of DICOM images: the {@link com.medvisionlab.deid.PixelCleaner} of the de-identification
 * engine. Decodes every frame, finds text with {@code deid.pixels}, blanks it (plus known-region rules and reviewer
 * boxes), re-encodes without further loss and re-reads the result to verify that no input identifier is left.
 */
@NullMarked
package com.medvisionlab.deid.dicompixels;

import org.jspecify.annotations.NullMarked;
