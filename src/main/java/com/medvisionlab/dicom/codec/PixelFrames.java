package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.data.BinaryValue;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Fragments;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.image.DisplaySettings;
import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.PixelDataException;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Frame access for a parsed DICOM file: picks the codec for its transfer syntax, splits encapsulated pixel data
 * into frames and decodes one frame at a time. The reader hands us values in little-endian order (it swaps
 * big-endian words), so native data is always read little endian here.
 */
public final class PixelFrames {

    private final ImageDescriptor descriptor;
    private final DisplaySettings display;
    private final TransferSyntax transferSyntax;
    private final PixelCodec codec;
    private final Dataset dataset;
    /** Loaded on first use and kept: decoding frame after frame must not re-read the file each time. */
    private List<byte[]> fragmentValues;

    private long[] basicOffsets;
    private byte[] nativeBytes;

    private PixelFrames(DicomFile file) {
        this.dataset = file.dataset();
        if (!dataset.contains(Tags.PixelData)) {
            throw new PixelDataException("The object has no Pixel Data (7FE0,0010)");
        }
        this.transferSyntax = file.transferSyntax();
        this.codec = PixelCodecs.decoderFor(transferSyntax);
        this.descriptor = ImageDescriptor.from(dataset);
        this.display = DisplaySettings.from(dataset);
    }

    /**
     * @throws UnsupportedTransferSyntaxException when no codec decodes the file's syntax
     * @throws PixelDataException when the file has no pixel data or an invalid Image Pixel module
     */
    public static PixelFrames of(DicomFile file) {
        return new PixelFrames(file);
    }

    public ImageDescriptor descriptor() {
        return descriptor;
    }

    public DisplaySettings display() {
        return display;
    }

    public TransferSyntax transferSyntax() {
        return transferSyntax;
    }

    public int numberOfFrames() {
        return descriptor.numberOfFrames();
    }

    /** Decodes frame {@code index} (zero-based). */
    public RawFrame frame(int index) {
        if (index < 0 || index >= numberOfFrames()) {
            throw new PixelDataException("Frame " + (index + 1) + " requested, the object has " + numberOfFrames());
        }
        return codec.decode(descriptor, encoded(index));
    }

    /** The still-encoded bytes of frame {@code index}, e.g. to copy a frame without re-encoding. */
    public EncodedFrame encoded(int index) {
        if (dataset.getFragments(Tags.PixelData).isPresent()) {
            if (fragmentValues == null) {
                Fragments fragments = dataset.getFragments(Tags.PixelData).get();
                fragmentValues = fragments.fragments().stream()
                        .map(BinaryValue::readBytes)
                        .toList();
                basicOffsets = offsets(fragments.basicOffsetTable().readBytes(), 4);
                if (basicOffsets.length == 0) {
                    // PS3.3 C.7.6.3.1.8: the Extended Offset Table replaces an empty Basic Offset Table.
                    basicOffsets = dataset.getBytes(Tags.ExtendedOffsetTable)
                            .map(b -> offsets(b, 8))
                            .orElse(new long[0]);
                }
            }
            return FrameFragments.frame(fragmentValues, basicOffsets, numberOfFrames(), index);
        }
        if (transferSyntax.encapsulated()) {
            throw new CorruptPixelDataException("Transfer syntax " + transferSyntax.uid()
                    + " needs encapsulated Pixel Data, the element holds native bytes");
        }
        if (nativeBytes == null) {
            nativeBytes = dataset.getBytes(Tags.PixelData)
                    .orElseThrow(() -> new PixelDataException("Pixel Data (7FE0,0010) has no value"));
        }
        return new EncodedFrame.Native(nativeBytes, ByteOrder.LITTLE_ENDIAN, index);
    }

    /** Offset table entries: 32-bit (Basic Offset Table) or 64-bit (Extended Offset Table), little endian. */
    private static long[] offsets(byte[] table, int entryBytes) {
        ByteBuffer buffer = ByteBuffer.wrap(table).order(ByteOrder.LITTLE_ENDIAN);
        long[] out = new long[table.length / entryBytes];
        for (int i = 0; i < out.length; i++) {
            out[i] = entryBytes == 4 ? buffer.getInt(4 * i) & 0xFFFFFFFFL : buffer.getLong(8 * i);
        }
        return out;
    }
}
