package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.PixelDataException;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.Set;

/**
 * RLE Lossless, PS3.5 Annex G. A frame is a 64-byte header (segment count + 15 offsets, little endian)
 * followed by one PackBits segment per byte plane: for each sample, most significant byte first (G.2).
 * The segment layout is inherently planar, whatever Planar Configuration says.
 */
final class RleCodec implements PixelCodec, FrameEncoder {

    private static final int HEADER_LENGTH = 64;
    private static final int MAX_SEGMENTS = 15;

    @Override
    public Set<TransferSyntax> transferSyntaxes() {
        return Set.of(TransferSyntax.RLE_LOSSLESS);
    }

    @Override
    public Optional<FrameEncoder> encoder() {
        return Optional.of(this);
    }

    @Override
    public TransferSyntax transferSyntax() {
        return TransferSyntax.RLE_LOSSLESS;
    }

    @Override
    public RawFrame decode(ImageDescriptor d, EncodedFrame frame) {
        if (!(frame instanceof EncodedFrame.Compressed compressed)) {
            throw new PixelDataException("RLE codec needs encapsulated pixel data");
        }
        byte[] data = compressed.codestream();
        if (data.length < HEADER_LENGTH) {
            throw new CorruptPixelDataException(
                    "RLE frame is truncated: " + data.length + " bytes, shorter than its 64-byte header");
        }
        ByteBuffer header = ByteBuffer.wrap(data, 0, HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        int segments = header.getInt(0);
        int bytesPerSample = d.bitsAllocated() / 8;
        int expected = d.samplesPerPixel() * bytesPerSample;
        if (d.bitsAllocated() % 8 != 0 || segments != expected) {
            throw new CorruptPixelDataException(
                    "RLE header declares " + segments + " segments, the image needs " + expected);
        }
        int pixels = d.pixelsPerFrame();
        int[] words = new int[pixels * d.samplesPerPixel()];
        for (int seg = 0; seg < segments; seg++) {
            long start = header.getInt(4 + 4 * seg) & 0xFFFFFFFFL;
            long end = seg + 1 < segments ? header.getInt(8 + 4 * seg) & 0xFFFFFFFFL : data.length;
            if (start < HEADER_LENGTH || end > data.length || start > end) {
                throw new CorruptPixelDataException("RLE segment " + (seg + 1) + " lies outside the frame (" + start
                        + ".." + end + " of " + data.length + " bytes)");
            }
            byte[] plane = unpackBits(data, (int) start, (int) end, pixels, seg + 1);
            int sample = seg / bytesPerSample;
            int shift = 8 * (bytesPerSample - 1 - seg % bytesPerSample);
            for (int p = 0; p < pixels; p++) {
                words[p * d.samplesPerPixel() + sample] |= (plane[p] & 0xFF) << shift;
            }
        }
        for (int i = 0; i < words.length; i++) {
            words[i] = Samples.toStored(words[i], d);
        }
        return RawFrame.of(d, words);
    }

    /** PackBits (G.3.1): n in 0..127 copies n+1 literal bytes, -127..-1 repeats the next byte 1-n times. */
    private static byte[] unpackBits(byte[] in, int start, int end, int length, int segment) {
        byte[] out = new byte[length];
        int o = 0;
        int i = start;
        while (o < length) {
            if (i >= end) {
                throw new CorruptPixelDataException(
                        "RLE segment " + segment + " is truncated: decoded " + o + " of " + length + " bytes");
            }
            int n = in[i++];
            if (n >= 0) {
                int count = Math.min(n + 1, length - o);
                if (i + count > end) {
                    throw new CorruptPixelDataException(
                            "RLE segment " + segment + " is truncated: a literal run passes its end");
                }
                System.arraycopy(in, i, out, o, count);
                i += n + 1;
                o += count;
            } else if (n != -128) {
                if (i >= end) {
                    throw new CorruptPixelDataException(
                            "RLE segment " + segment + " is truncated: a replicate run passes its end");
                }
                int count = Math.min(1 - n, length - o);
                java.util.Arrays.fill(out, o, o + count, in[i++]);
                o += count;
            }
        }
        return out;
    }

    @Override
    public byte[] encode(RawFrame frame) {
        ImageDescriptor d = frame.descriptor();
        if (d.bitsAllocated() % 8 != 0) {
            throw new PixelDataException("RLE needs whole-byte samples, Bits Allocated is " + d.bitsAllocated());
        }
        int bytesPerSample = d.bitsAllocated() / 8;
        int segments = d.samplesPerPixel() * bytesPerSample;
        if (segments > MAX_SEGMENTS) {
            throw new PixelDataException("RLE allows at most 15 segments, this image needs " + segments);
        }
        int pixels = d.pixelsPerFrame();
        int[] samples = frame.samples();
        ByteArrayOutputStream body = new ByteArrayOutputStream(pixels);
        ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(segments);
        byte[] plane = new byte[pixels];
        for (int seg = 0; seg < segments; seg++) {
            header.putInt(HEADER_LENGTH + body.size());
            int sample = seg / bytesPerSample;
            int shift = 8 * (bytesPerSample - 1 - seg % bytesPerSample);
            for (int p = 0; p < pixels; p++) {
                plane[p] = (byte) (Samples.toWord(samples[p * d.samplesPerPixel() + sample], d) >>> shift);
            }
            // G.3.1: each row is encoded on its own; runs never cross a row boundary.
            for (int row = 0; row < d.rows(); row++) {
                packBits(plane, row * d.columns(), (row + 1) * d.columns(), body);
            }
            if (body.size() % 2 != 0) {
                body.write(0); // segments keep even length so offsets stay even
            }
        }
        byte[] out = new byte[HEADER_LENGTH + body.size()];
        System.arraycopy(header.array(), 0, out, 0, HEADER_LENGTH);
        System.arraycopy(body.toByteArray(), 0, out, HEADER_LENGTH, body.size());
        return out;
    }

    private static void packBits(byte[] in, int start, int end, ByteArrayOutputStream out) {
        int i = start;
        while (i < end) {
            int run = 1;
            while (i + run < end && run < 128 && in[i + run] == in[i]) {
                run++;
            }
            if (run >= 2) {
                out.write(1 - run);
                out.write(in[i]);
                i += run;
                continue;
            }
            int literalEnd = i;
            while (literalEnd < end
                    && literalEnd - i < 128
                    && !(literalEnd + 1 < end && in[literalEnd] == in[literalEnd + 1])) {
                literalEnd++;
            }
            out.write(literalEnd - i - 1);
            out.write(in, i, literalEnd - i);
            i = literalEnd;
        }
    }
}
