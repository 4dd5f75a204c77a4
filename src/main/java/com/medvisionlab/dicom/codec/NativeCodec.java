package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.PhotometricInterpretation;
import com.medvisionlab.dicom.image.PixelDataException;
import com.medvisionlab.dicom.image.PlanarConfiguration;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.Set;

/**
 * Uncompressed pixel data, PS3.5 8.1.1 and 8.2 (little and big endian; Deflated is inflated by the reader
 * before we see it). Handles 1/8/16/32-bit containers, both planar configurations and the subsampled
 * YBR_FULL_422 layout (Y1 Y2 Cb Cr for each pixel pair, PS3.3 C.7.6.3.1.2), which we upsample to YBR_FULL.
 */
final class NativeCodec implements PixelCodec, FrameEncoder {

    @Override
    public Set<TransferSyntax> transferSyntaxes() {
        return Set.of(
                TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN,
                TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN,
                TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN,
                TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
    }

    @Override
    public Optional<FrameEncoder> encoder() {
        return Optional.of(this);
    }

    @Override
    public TransferSyntax transferSyntax() {
        return TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
    }

    @Override
    public RawFrame decode(ImageDescriptor d, EncodedFrame frame) {
        if (!(frame instanceof EncodedFrame.Native nativeFrame)) {
            throw new PixelDataException("Native codec needs native pixel data, got encapsulated fragments");
        }
        long frameBits = d.nativeFrameLengthInBits();
        long startBit = frameBits * nativeFrame.frameIndex();
        long endBit = startBit + frameBits;
        byte[] data = nativeFrame.pixelData();
        if (endBit > (long) data.length * 8) {
            throw new CorruptPixelDataException("Pixel Data has " + data.length + " bytes, frame "
                    + (nativeFrame.frameIndex() + 1) + " needs " + (endBit + 7) / 8);
        }
        if (d.photometricInterpretation() == PhotometricInterpretation.YBR_FULL_422) {
            return decodeYbr422(d, data, (int) (startBit / 8), nativeFrame.byteOrder());
        }
        int count = d.samplesPerFrame();
        int[] samples = d.bitsAllocated() == 1
                ? readBits(data, startBit, count)
                : readWords(d, data, (int) (startBit / 8), count, nativeFrame.byteOrder());
        if (d.samplesPerPixel() > 1 && d.planarConfiguration() == PlanarConfiguration.SEPARATE) {
            samples = Samples.interleave(samples, d.samplesPerPixel());
        }
        return RawFrame.of(d, samples);
    }

    /** 1-bit data: the first pixel sits in the least significant bit of the first byte (PS3.5 D.1). */
    private static int[] readBits(byte[] data, long startBit, int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            long bit = startBit + i;
            out[i] = (data[(int) (bit >>> 3)] >> (int) (bit & 7)) & 1;
        }
        return out;
    }

    private static int[] readWords(ImageDescriptor d, byte[] data, int offset, int count, ByteOrder order) {
        int[] out = new int[count];
        ByteBuffer buffer = ByteBuffer.wrap(data).order(order);
        switch (d.bitsAllocated()) {
            case 8 -> {
                for (int i = 0; i < count; i++) {
                    out[i] = Samples.toStored(data[offset + i] & 0xFF, d);
                }
            }
            case 16 -> {
                for (int i = 0; i < count; i++) {
                    out[i] = Samples.toStored(buffer.getShort(offset + 2 * i) & 0xFFFF, d);
                }
            }
            case 32 -> {
                for (int i = 0; i < count; i++) {
                    out[i] = Samples.toStored(buffer.getInt(offset + 4 * i), d);
                }
            }
            default ->
                throw new PixelDataException(
                        "Native pixel data with Bits Allocated " + d.bitsAllocated() + " is not supported");
        }
        return out;
    }

    private static RawFrame decodeYbr422(ImageDescriptor d, byte[] data, int offset, ByteOrder order) {
        if (d.bitsAllocated() != 8 || d.columns() % 2 != 0) {
            throw new PixelDataException("YBR_FULL_422 native data needs 8-bit samples and an even column count");
        }
        int pixels = d.pixelsPerFrame();
        int[] out = new int[pixels * 3];
        for (int pair = 0; pair < pixels / 2; pair++) {
            int in = offset + pair * 4;
            int y1 = data[in] & 0xFF;
            int y2 = data[in + 1] & 0xFF;
            int cb = data[in + 2] & 0xFF;
            int cr = data[in + 3] & 0xFF;
            int o = pair * 6;
            out[o] = y1;
            out[o + 1] = cb;
            out[o + 2] = cr;
            out[o + 3] = y2;
            out[o + 4] = cb;
            out[o + 5] = cr;
        }
        return RawFrame.of(d.withPhotometric(PhotometricInterpretation.YBR_FULL), out);
    }

    @Override
    public byte[] encode(RawFrame frame) {
        ImageDescriptor d = frame.descriptor();
        int[] samples = frame.samples();
        if (d.bitsAllocated() == 1) {
            byte[] out = new byte[(samples.length + 7) / 8];
            for (int i = 0; i < samples.length; i++) {
                out[i >>> 3] |= (byte) ((samples[i] & 1) << (i & 7));
            }
            return out;
        }
        int bytes = d.bitsAllocated() / 8;
        ByteBuffer out = ByteBuffer.allocate(samples.length * bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int sample : samples) {
            int word = Samples.toWord(sample, d);
            switch (bytes) {
                case 1 -> out.put((byte) word);
                case 2 -> out.putShort((short) word);
                case 4 -> out.putInt(word);
                default -> throw new PixelDataException("Cannot encode Bits Allocated " + d.bitsAllocated());
            }
        }
        return out.array();
    }
}
