package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.PhotometricInterpretation;
import com.medvisionlab.dicom.image.PixelRepresentation;
import com.medvisionlab.dicom.image.PlanarConfiguration;
import com.medvisionlab.dicom.image.RawFrame;
import java.util.Optional;

/**
 * Deterministic synthetic images: vertical gradient bars spanning the whole stored range (both extremes
 * present), a flat block (long runs for RLE) and a checkerboard (worst case for prediction).
 */
public final class Phantoms {

    private Phantoms() {}

    public static RawFrame gradientBars(
            int rows, int columns, int bitsStored, PixelRepresentation representation, int samplesPerPixel) {
        int bitsAllocated = bitsStored <= 8 ? 8 : bitsStored <= 16 ? 16 : 32;
        if (bitsStored == 1) {
            bitsAllocated = 1;
        }
        PhotometricInterpretation pi =
                samplesPerPixel == 3 ? PhotometricInterpretation.RGB : PhotometricInterpretation.MONOCHROME2;
        ImageDescriptor d = new ImageDescriptor(
                rows,
                columns,
                samplesPerPixel,
                bitsAllocated,
                bitsStored,
                bitsStored - 1,
                representation,
                pi,
                PlanarConfiguration.INTERLEAVED,
                1,
                Optional.empty());
        long lowest = representation == PixelRepresentation.SIGNED ? -(1L << (bitsStored - 1)) : 0;
        long highest =
                representation == PixelRepresentation.SIGNED ? (1L << (bitsStored - 1)) - 1 : (1L << bitsStored) - 1;
        int[] samples = new int[rows * columns * samplesPerPixel];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                for (int s = 0; s < samplesPerPixel; s++) {
                    long value;
                    if (y < rows / 4) {
                        value = lowest + (highest - lowest) * x / Math.max(1, columns - 1); // gradient bar
                    } else if (y < rows / 2) {
                        value = (x / 8 % 2 == 0) ? lowest : highest; // bars with long runs
                    } else if (y < 3 * rows / 4) {
                        value = ((x + y + s) % 2 == 0) ? highest : lowest; // checkerboard
                    } else {
                        value = lowest + (highest - lowest) * ((x * 31L + y * 17L + s * 7L) % 101) / 100;
                    }
                    samples[(y * columns + x) * samplesPerPixel + s] = (int) value;
                }
            }
        }
        return RawFrame.of(d, samples);
    }
}
