package com.medvisionlab.dicom.image;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Sequence;
import com.medvisionlab.dicom.data.Tag;
import com.medvisionlab.dicom.data.Tags;
import java.nio.ByteOrder;
import java.util.Optional;

/** Reads the Image Pixel module and display attributes out of a data set; missing required values are errors. */
final class DatasetImages {

    private DatasetImages() {}

    static int required(Dataset ds, int tag, String name) {
        return ds.getInt(tag)
                .orElseThrow(() -> new PixelDataException("Image lacks " + name + " " + Tag.toString(tag)));
    }

    static ImageDescriptor descriptor(Dataset ds) {
        PhotometricInterpretation pi = PhotometricInterpretation.fromCode(ds.getString(Tags.PhotometricInterpretation)
                .orElseThrow(() -> new PixelDataException("Image lacks Photometric Interpretation (0028,0004)")));
        PixelRepresentation representation = PixelRepresentation.fromValue(
                ds.getInt(Tags.PixelRepresentation).orElse(0));
        int bitsStored = required(ds, Tags.BitsStored, "Bits Stored");
        int frames = Math.max(1, ds.getInt(Tags.NumberOfFrames).orElse(1));
        Optional<PaletteColorLut> palette = pi == PhotometricInterpretation.PALETTE_COLOR
                ? Optional.of(palette(ds, representation))
                : Optional.empty();
        return new ImageDescriptor(
                required(ds, Tags.Rows, "Rows"),
                required(ds, Tags.Columns, "Columns"),
                ds.getInt(Tags.SamplesPerPixel).orElse(pi.samplesPerPixel()),
                required(ds, Tags.BitsAllocated, "Bits Allocated"),
                bitsStored,
                ds.getInt(Tags.HighBit).orElse(bitsStored - 1),
                representation,
                pi,
                PlanarConfiguration.fromValue(
                        ds.getInt(Tags.PlanarConfiguration).orElse(0)),
                frames,
                palette);
    }

    /** The three palette tables, PS3.3 C.7.6.3.1.5 (the tags of green and blue follow red's by 1 and 2). */
    private static PaletteColorLut palette(Dataset ds, PixelRepresentation representation) {
        return new PaletteColorLut(
                paletteTable(ds, 0, "Red", representation),
                paletteTable(ds, 1, "Green", representation),
                paletteTable(ds, 2, "Blue", representation));
    }

    private static LookupTable paletteTable(Dataset ds, int offset, String colour, PixelRepresentation representation) {
        int[] descriptor = ds.getInts(Tags.RedPaletteColorLookupTableDescriptor + offset);
        Optional<byte[]> data = ds.getBytes(Tags.RedPaletteColorLookupTableData + offset);
        if (data.isEmpty()) {
            String why = ds.contains(Tags.SegmentedRedPaletteColorLookupTableData + offset)
                    ? " (segmented palettes are not supported)"
                    : "";
            throw new PixelDataException(
                    "PALETTE COLOR image lacks " + colour + " Palette Color Lookup Table Data" + why);
        }
        return LookupTable.fromDescriptor(
                descriptor, data.get(), ByteOrder.LITTLE_ENDIAN, representation == PixelRepresentation.SIGNED);
    }

    static DisplaySettings display(Dataset ds, PixelRepresentation representation) {
        ModalityTransform modality = firstLut(ds, Tags.ModalityLUTSequence, representation)
                .map(lut -> new ModalityTransform(1, 0, Optional.of(lut)))
                .orElseGet(() -> ModalityTransform.rescale(
                        ds.getDouble(Tags.RescaleSlope).orElse(1),
                        ds.getDouble(Tags.RescaleIntercept).orElse(0)));
        Optional<VoiWindow> window = Optional.empty();
        double[] centers = ds.getDoubles(Tags.WindowCenter);
        double[] widths = ds.getDoubles(Tags.WindowWidth);
        if (centers.length > 0 && widths.length > 0) {
            VoiFunction function =
                    ds.getString(Tags.VOILUTFunction).map(VoiFunction::fromCode).orElse(VoiFunction.LINEAR);
            window = Optional.of(new VoiWindow(centers[0], widths[0], function));
        }
        // The VOI LUT sequence input is the modality value, whose sign follows the rescaled data, not the stored one.
        Optional<LookupTable> voiLut = firstLut(ds, Tags.VOILUTSequence, representation);
        return new DisplaySettings(modality, window, voiLut);
    }

    private static Optional<LookupTable> firstLut(Dataset ds, int sequenceTag, PixelRepresentation representation) {
        return ds.getSequence(sequenceTag)
                .filter(s -> !s.isEmpty())
                .map(Sequence::items)
                .map(items -> items.getFirst())
                .flatMap(item -> item.getBytes(Tags.LUTData)
                        .map(data -> LookupTable.fromDescriptor(
                                item.getInts(Tags.LUTDescriptor),
                                data,
                                ByteOrder.LITTLE_ENDIAN,
                                representation == PixelRepresentation.SIGNED)));
    }
}
