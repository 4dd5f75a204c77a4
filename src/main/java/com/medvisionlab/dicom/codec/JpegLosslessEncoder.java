package com.medvisionlab.dicom.codec;

import com.medvisionlab.dicom.image.ImageDescriptor;
import com.medvisionlab.dicom.image.PixelDataException;
import com.medvisionlab.dicom.image.RawFrame;
import com.medvisionlab.dicom.io.TransferSyntax;
import java.io.ByteArrayOutputStream;

/**
 * Pure-Java JPEG lossless encoder, process 14 with selection value 1 (ITU T.81 Annex H; DICOM 1.2.840.10008.1.2.4.70).
 * We need it to write redacted pixels back without loss: the JDK writer is baseline-only and TwelveMonkeys
 * has no lossless writer. One scan, all components interleaved, an optimal Huffman table per image (Annex K.2).
 */
final class JpegLosslessEncoder implements FrameEncoder {

    private static final int CATEGORIES = 17; // SSSS 0..16, Table H.2

    @Override
    public TransferSyntax transferSyntax() {
        return TransferSyntax.JPEG_LOSSLESS_SV1;
    }

    @Override
    public byte[] encode(RawFrame frame) {
        ImageDescriptor d = frame.descriptor();
        int precision = d.bitsStored();
        if (precision < 2 || precision > 16) {
            throw new PixelDataException("JPEG lossless needs 2..16 bits stored, image has " + precision);
        }
        int[] differences = differences(frame.samples(), d.rows(), d.columns(), d.samplesPerPixel(), precision);
        int[] frequencies = new int[CATEGORIES];
        for (int diff : differences) {
            frequencies[category(diff)]++;
        }
        HuffmanTable table = HuffmanTable.optimal(frequencies);
        ByteArrayOutputStream out = new ByteArrayOutputStream(differences.length);
        writeMarker(out, 0xD8); // SOI
        writeFrameHeader(out, d, precision);
        writeHuffmanTable(out, table);
        writeScanHeader(out, d.samplesPerPixel());
        BitWriter bits = new BitWriter(out);
        for (int diff : differences) {
            int ssss = category(diff);
            bits.write(table.code(ssss), table.size(ssss));
            // H.1.2.2: SSSS = 16 carries no extra bits; negative differences send the low bits of diff - 1.
            if (ssss > 0 && ssss < 16) {
                bits.write(diff > 0 ? diff : diff - 1, ssss);
            }
        }
        bits.flush();
        writeMarker(out, 0xD9); // EOI
        return out.toByteArray();
    }

    /**
     * Prediction per H.1.2.1 with selection value 1 (Px = Ra): the first sample of the image uses 2^(P-1),
     * the rest of the first row its left neighbour, the first column of later rows the sample above.
     * Differences are taken modulo 2^16 into -32767..32768 (H.1.2.1).
     */
    private static int[] differences(int[] samples, int rows, int columns, int components, int precision) {
        int mask = (1 << precision) - 1;
        int[] out = new int[samples.length];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                for (int c = 0; c < components; c++) {
                    int i = (y * columns + x) * components + c;
                    int value = samples[i] & mask;
                    int prediction;
                    if (x > 0) {
                        prediction = samples[i - components] & mask;
                    } else if (y > 0) {
                        prediction = samples[i - columns * components] & mask;
                    } else {
                        prediction = 1 << (precision - 1);
                    }
                    int diff = (value - prediction) & 0xFFFF;
                    out[i] = diff > 32768 ? diff - 65536 : diff;
                }
            }
        }
        return out;
    }

    /** Table H.2: the number of bits of |diff|; 32768 is category 16. */
    private static int category(int diff) {
        return diff == 0 ? 0 : 32 - Integer.numberOfLeadingZeros(Math.abs(diff));
    }

    private static void writeFrameHeader(ByteArrayOutputStream out, ImageDescriptor d, int precision) {
        int components = d.samplesPerPixel();
        writeMarker(out, 0xC3); // SOF3: lossless, Huffman
        writeShort(out, 8 + 3 * components);
        out.write(precision);
        writeShort(out, d.rows());
        writeShort(out, d.columns());
        out.write(components);
        for (int c = 0; c < components; c++) {
            out.write(c + 1); // component id
            out.write(0x11); // H = V = 1
            out.write(0); // no quantisation in lossless
        }
    }

    private static void writeHuffmanTable(ByteArrayOutputStream out, HuffmanTable table) {
        writeMarker(out, 0xC4);
        writeShort(out, 2 + 1 + 16 + table.values().length);
        out.write(0x00); // class 0 (DC/lossless), id 0
        for (int length = 1; length <= 16; length++) {
            out.write(table.countOfLength(length));
        }
        for (int value : table.values()) {
            out.write(value);
        }
    }

    private static void writeScanHeader(ByteArrayOutputStream out, int components) {
        writeMarker(out, 0xDA);
        writeShort(out, 6 + 2 * components);
        out.write(components);
        for (int c = 0; c < components; c++) {
            out.write(c + 1);
            out.write(0x00); // table 0
        }
        out.write(1); // Ss: predictor selection value 1
        out.write(0); // Se
        out.write(0); // Ah/Al: no point transform
    }

    private static void writeMarker(ByteArrayOutputStream out, int marker) {
        out.write(0xFF);
        out.write(marker);
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write(value >>> 8);
        out.write(value & 0xFF);
    }

    /** Entropy-coded segment writer: MSB first, 0xFF followed by a stuffed 0x00, padded with 1-bits (F.1.2.3). */
    private static final class BitWriter {
        private final ByteArrayOutputStream out;
        private long buffer;
        private int count;

        BitWriter(ByteArrayOutputStream out) {
            this.out = out;
        }

        void write(int value, int length) {
            buffer = buffer << length | (value & ((1L << length) - 1));
            count += length;
            while (count >= 8) {
                count -= 8;
                emit((int) (buffer >>> count) & 0xFF);
            }
        }

        void flush() {
            if (count > 0) {
                write((1 << (8 - count)) - 1, 8 - count);
            }
        }

        private void emit(int b) {
            out.write(b);
            if (b == 0xFF) {
                out.write(0);
            }
        }
    }
}
