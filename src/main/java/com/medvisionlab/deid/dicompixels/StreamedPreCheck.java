package com.medvisionlab.deid.dicompixels;

import com.medvisionlab.deid.pixels.TextPreCheck;
import com.medvisionlab.dicom.data.BulkData;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.PixelRepresentation;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The {@link TextPreCheck} on native little-endian grey Pixel Data straight from its stored bytes, eight rows at a
 * time: nothing is decoded into a frame, and Pixel Data left in the file (a large image streamed as
 * {@link BulkData}) is read band by band, never held whole. Most images where no text is expected (a CT series) end
 * here; anything else (compressed, colour, 1-bit, a frame that may hold text) goes on to the full decode.
 */
final class StreamedPreCheck {

    private StreamedPreCheck() {}

    /** True only when the pixels could be read this way and no frame may hold text. */
    static boolean noTextInAnyFrame(DicomFile file, TextPreCheck check) {
        Dataset ds = file.dataset();
        TransferSyntax syntax = file.transferSyntax();
        boolean plainLittleEndian = syntax.uid().equals(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid())
                || syntax.uid().equals(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.uid());
        if (!plainLittleEndian || ds.getFragments(Tags.PixelData).isPresent()) {
            return false;
        }
        ImageDescriptor d;
        try {
            d = ImageDescriptor.from(ds);
        } catch (RuntimeException e) {
            return false; // let the full decode report what is wrong
        }
        int bytesPerSample = d.bitsAllocated() / 8;
        if (d.samplesPerPixel() != 1
                || !d.photometricInterpretation().isMonochrome()
                || (d.bitsAllocated() != 8 && d.bitsAllocated() != 16)
                || d.bitsStored() > d.bitsAllocated()) {
            return false;
        }
        long frameBytes = (long) d.rows() * d.columns() * bytesPerSample;
        long needed = frameBytes * d.numberOfFrames();
        Optional<BulkData> bulk = ds.getBulkData(Tags.PixelData);
        Optional<byte[]> bytes = bulk.isPresent() ? Optional.empty() : ds.getBytes(Tags.PixelData);
        if (bulk.map(b -> b.length() < needed).orElse(bytes.isEmpty() || bytes.get().length < needed)) {
            return false; // no value or a short one: the full decode reports it
        }
        try (Source source = bulk.isPresent() ? new Source.InFile(bulk.get()) : new Source.InMemory(bytes.get())) {
            for (int f = 0; f < d.numberOfFrames(); f++) {
                if (mayHoldText(source, f * frameBytes, d, check)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false; // the full decode meets the same problem and reports it
        }
    }

    /** Bytes read at a time: whole bands of eight rows, a few of them, never a whole large frame. */
    private static final int CHUNK_BYTES = 1 << 17;

    private static boolean mayHoldText(Source source, long frameOffset, ImageDescriptor d, TextPreCheck check)
            throws IOException {
        int width = d.columns();
        int bytesPerSample = d.bitsAllocated() / 8;
        int bandBytes = TextPreCheck.TILE * width * bytesPerSample;
        int bands = Math.max(1, CHUNK_BYTES / bandBytes);
        byte[] raw = new byte[bands * bandBytes];
        boolean wide = bytesPerSample == 2;
        int[] samples = wide ? new int[0] : new int[bands * TextPreCheck.TILE * width];
        short[] stored = wide ? new short[bands * TextPreCheck.TILE * width] : new short[0];
        boolean signed = d.pixelRepresentation() == PixelRepresentation.SIGNED;
        TextPreCheck.Tiles tiles = check.tiles(width, (1L << d.bitsStored()) - 1);
        int rowsPerChunk = bands * TextPreCheck.TILE;
        for (int row = 0; row < d.rows(); row += rowsPerChunk) {
            int rows = Math.min(rowsPerChunk, d.rows() - row);
            int count = rows * width;
            source.read(frameOffset + (long) row * width * bytesPerSample, raw, count * bytesPerSample);
            if (wide) {
                // a bulk little-endian copy (an intrinsic), then masked and sign-extended inside the tile pass
                ByteBuffer.wrap(raw, 0, count * 2)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .asShortBuffer()
                        .get(stored, 0, count);
            } else {
                decode(raw, samples, count, d.bitsStored(), signed);
            }
            for (int band = 0; band < rows; band += TextPreCheck.TILE) {
                int bandRows = Math.min(TextPreCheck.TILE, rows - band);
                if (wide) {
                    tiles.addBand(stored, band * width, bandRows, d.bitsStored(), signed);
                } else {
                    tiles.addBand(samples, band * width, bandRows);
                }
            }
        }
        boolean asIs = d.bitsStored() <= 8 && !signed; // as FrameImages.toImage makes it for the detector
        return tiles.verdict(asIs ? 0 : tiles.min(), asIs ? 255 : tiles.max(), true)
                .mayContainText();
    }

    /** 8-bit stored values to samples as the decoder makes them: masked to Bits Stored, sign-extended. */
    private static void decode(byte[] raw, int[] samples, int count, int bitsStored, boolean signed) {
        int shiftLeft = 32 - bitsStored;
        for (int i = 0; i < count; i++) {
            int v = raw[i] & 0xff;
            samples[i] = signed ? (v << shiftLeft) >> shiftLeft : (v << shiftLeft) >>> shiftLeft;
        }
    }

    /** Where the stored bytes are. */
    private sealed interface Source extends AutoCloseable {
        void read(long offset, byte[] into, int length) throws IOException;

        @Override
        void close() throws IOException;

        record InMemory(byte[] bytes) implements Source {
            @Override
            public void read(long offset, byte[] into, int length) {
                System.arraycopy(bytes, (int) offset, into, 0, length);
            }

            @Override
            public void close() {}
        }

        final class InFile implements Source {
            private final BulkData bulk;
            private final FileChannel channel;

            InFile(BulkData bulk) throws IOException {
                this.bulk = bulk;
                this.channel = FileChannel.open(bulk.file(), StandardOpenOption.READ);
            }

            @Override
            public void read(long offset, byte[] into, int length) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(into, 0, length);
                while (buffer.hasRemaining()) {
                    if (channel.read(buffer, bulk.offset() + offset + buffer.position()) < 0) {
                        throw new IOException("bulk data ends early");
                    }
                }
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        }
    }
}
