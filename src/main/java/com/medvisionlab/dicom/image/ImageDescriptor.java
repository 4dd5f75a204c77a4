package com.medvisionlab.dicom.image;

import java.util.Optional;

/**
 * What a decoder needs to know about a pixel data element: the Image Pixel module, PS3.3 C.7.6.3.
 *
 * @param numberOfFrames 1 for single-frame objects
 * @param palette        present only for PALETTE COLOR images
 */
public record ImageDescriptor(
        int rows,
        int columns,
        int samplesPerPixel,
        int bitsAllocated,
        int bitsStored,
        int highBit,
        PixelRepresentation pixelRepresentation,
        PhotometricInterpretation photometricInterpretation,
        PlanarConfiguration planarConfiguration,
        int numberOfFrames,
        Optional<PaletteColorLut> palette) {

    public ImageDescriptor {
        if (rows <= 0 || columns <= 0) {
            throw new PixelDataException("Image size must be positive, was " + rows + "x" + columns);
        }
        if (samplesPerPixel != 1 && samplesPerPixel != 3) {
            throw new PixelDataException("Samples per Pixel must be 1 or 3, was " + samplesPerPixel);
        }
        if (bitsAllocated != 1 && (bitsAllocated % 8 != 0 || bitsAllocated > 32)) {
            throw new PixelDataException("Bits Allocated must be 1 or a multiple of 8 up to 32, was " + bitsAllocated);
        }
        if (bitsStored < 1 || bitsStored > bitsAllocated) {
            throw new PixelDataException("Bits Stored " + bitsStored + " does not fit Bits Allocated " + bitsAllocated);
        }
        if (highBit < bitsStored - 1 || highBit >= bitsAllocated) {
            throw new PixelDataException("High Bit " + highBit + " is inconsistent with Bits Stored " + bitsStored);
        }
        if ((long) rows * columns * samplesPerPixel > Integer.MAX_VALUE - 8) {
            // one frame is decoded into one int[]; refuse sizes that would overflow instead of allocating wildly
            throw new PixelDataException(
                    "A frame of " + rows + "x" + columns + "x" + samplesPerPixel + " samples is too large to decode");
        }
        if (numberOfFrames < 1) {
            throw new PixelDataException("Number of Frames must be at least 1, was " + numberOfFrames);
        }
        if (photometricInterpretation.samplesPerPixel() != samplesPerPixel) {
            throw new PixelDataException(
                    photometricInterpretation.code() + " needs " + photometricInterpretation.samplesPerPixel()
                            + " samples per pixel, descriptor says " + samplesPerPixel);
        }
        if (photometricInterpretation == PhotometricInterpretation.PALETTE_COLOR && palette.isEmpty()) {
            throw new PixelDataException("PALETTE COLOR image without palette lookup tables");
        }
    }

    /**
     * Reads the Image Pixel module (PS3.3 C.7.6.3) of a data set, including the palette of PALETTE COLOR images.
     *
     * @throws PixelDataException naming the attribute that is missing or invalid
     */
    public static ImageDescriptor from(com.medvisionlab.dicom.data.Dataset dataset) {
        return DatasetImages.descriptor(dataset);
    }

    /** A monochrome, single-frame, unsigned-or-signed descriptor; handy for synthetic images. */
    public static ImageDescriptor monochrome(
            int rows, int columns, int bitsAllocated, int bitsStored, PixelRepresentation representation) {
        return new ImageDescriptor(
                rows,
                columns,
                1,
                bitsAllocated,
                bitsStored,
                bitsStored - 1,
                representation,
                PhotometricInterpretation.MONOCHROME2,
                PlanarConfiguration.INTERLEAVED,
                1,
                Optional.empty());
    }

    public int pixelsPerFrame() {
        return rows * columns;
    }

    public int samplesPerFrame() {
        return rows * columns * samplesPerPixel;
    }

    public boolean isSigned() {
        return pixelRepresentation == PixelRepresentation.SIGNED;
    }

    /** Bytes of one native frame; YBR_FULL_422 stores two chroma samples per two pixels (PS3.3 C.7.6.3.1.2). */
    public long nativeFrameLengthInBits() {
        long samples = photometricInterpretation == PhotometricInterpretation.YBR_FULL_422
                ? (long) rows * columns * 2
                : (long) rows * columns * samplesPerPixel;
        return samples * bitsAllocated;
    }

    public ImageDescriptor withPhotometric(PhotometricInterpretation interpretation) {
        return new ImageDescriptor(
                rows,
                columns,
                samplesPerPixel,
                bitsAllocated,
                bitsStored,
                highBit,
                pixelRepresentation,
                interpretation,
                planarConfiguration,
                numberOfFrames,
                palette);
    }

    public ImageDescriptor withPlanarConfiguration(PlanarConfiguration configuration) {
        return new ImageDescriptor(
                rows,
                columns,
                samplesPerPixel,
                bitsAllocated,
                bitsStored,
                highBit,
                pixelRepresentation,
                photometricInterpretation,
                configuration,
                numberOfFrames,
                palette);
    }

    public ImageDescriptor withFrames(int frames) {
        return new ImageDescriptor(
                rows,
                columns,
                samplesPerPixel,
                bitsAllocated,
                bitsStored,
                highBit,
                pixelRepresentation,
                photometricInterpretation,
                planarConfiguration,
                frames,
                palette);
    }
}
