package com.medvisionlab.dicom.io;

import com.medvisionlab.dicom.DicomException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * A buffered source that knows its position and, for files, its total length. Reads of untrusted lengths never
 * allocate more than the source can still deliver: against a known length they are checked up front, otherwise
 * the buffer grows step by step as bytes actually arrive.
 */
final class ByteInput {

    /** Enough for most headers in one read; pixel data is skipped, not buffered. */
    private static final int BUFFER_SIZE = 16 * 1024;

    private static final int GROWTH_STEP = 1 << 20;

    private InputStream in;
    private final String source;
    private byte[] buf = new byte[BUFFER_SIZE];
    private int pos;
    private int lim;
    /** Stream position of {@code buf[0]}. */
    private long base;
    /** Total length of the stream, or -1 when unknown (pipes, inflated data). */
    private long length;
    /** Whether positions are offsets in the underlying file (false after switching to inflated data). */
    private boolean filePositions;

    ByteInput(InputStream in, long length, String source) {
        this.in = in;
        this.length = length;
        this.source = source;
        this.filePositions = length >= 0;
    }

    String source() {
        return source;
    }

    long position() {
        return base + pos;
    }

    boolean hasFilePositions() {
        return filePositions;
    }

    /** Bytes still available if the length is known, else -1. */
    long remaining() {
        return length < 0 ? -1 : length - position();
    }

    /** Ensures {@code n} (at most the buffer size) bytes are buffered; false if the stream ends first. */
    boolean request(int n) throws IOException {
        if (lim - pos >= n) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            base += pos;
            lim -= pos;
            pos = 0;
        }
        while (lim < n) {
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                return false;
            }
            lim += r;
        }
        return true;
    }

    /** The buffered byte at {@code pos + i}; call {@link #request} first. */
    int peek(int i) {
        return buf[pos + i] & 0xFF;
    }

    boolean atEnd() throws IOException {
        return !request(1);
    }

    private void need(int n, String what) throws IOException {
        if (!request(n)) {
            throw truncated(what, n);
        }
    }

    DicomException truncated(String what, long wanted) {
        return new DicomException(source + ": truncated at offset " + position() + " while reading " + what + " ("
                + wanted + " bytes wanted, " + (lim - pos) + " available)");
    }

    int u16(boolean bigEndian, String what) throws IOException {
        need(2, what);
        int b0 = buf[pos] & 0xFF;
        int b1 = buf[pos + 1] & 0xFF;
        pos += 2;
        return bigEndian ? (b0 << 8) | b1 : b0 | (b1 << 8);
    }

    /** A 32-bit unsigned value as long. */
    long u32(boolean bigEndian, String what) throws IOException {
        need(4, what);
        long v;
        if (bigEndian) {
            v = ((buf[pos] & 0xFFL) << 24)
                    | ((buf[pos + 1] & 0xFF) << 16)
                    | ((buf[pos + 2] & 0xFF) << 8)
                    | (buf[pos + 3] & 0xFF);
        } else {
            v = (buf[pos] & 0xFF)
                    | ((buf[pos + 1] & 0xFF) << 8)
                    | ((buf[pos + 2] & 0xFF) << 16)
                    | ((buf[pos + 3] & 0xFFL) << 24);
        }
        pos += 4;
        return v;
    }

    /** Reads exactly {@code length} bytes; the allocation is bounded by what the source really holds. */
    byte[] readBytes(long length, String what) throws IOException {
        long remaining = remaining();
        if (remaining >= 0 && length > remaining) {
            throw new DicomException(source + ": " + what + " claims " + length + " bytes at offset " + position()
                    + " but only " + remaining + " bytes remain");
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new DicomException(source + ": " + what + " of " + length + " bytes at offset " + position()
                    + " is too large to load; read it as bulk data");
        }
        int n = (int) length;
        byte[] out = new byte[remaining >= 0 ? n : Math.min(n, GROWTH_STEP)];
        int done = Math.min(n, lim - pos);
        System.arraycopy(buf, pos, out, 0, done);
        pos += done;
        while (done < n) {
            if (done == out.length) {
                out = Arrays.copyOf(out, (int) Math.min(n, (long) out.length * 2));
            }
            int r = in.read(out, done, out.length - done);
            if (r < 0) {
                throw new DicomException(source + ": truncated while reading " + what + ": " + n
                        + " bytes claimed, stream ended after " + done);
            }
            done += r;
            base += r;
        }
        return out;
    }

    void skip(long n, String what) throws IOException {
        long remaining = remaining();
        if (remaining >= 0 && n > remaining) {
            throw new DicomException(source + ": " + what + " claims " + n + " bytes at offset " + position()
                    + " but only " + remaining + " bytes remain");
        }
        long inBuffer = Math.min(n, lim - pos);
        pos += (int) inBuffer;
        long left = n - inBuffer;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new DicomException(
                            source + ": truncated while skipping " + what + ", " + left + " bytes missing");
                }
                s = 1;
            }
            left -= s;
            base += s;
        }
    }

    /** From here on, read through {@code wrapper} (e.g. an inflater) applied to the rest of the stream. */
    void switchTo(UnaryOperator<InputStream> wrapper) {
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buf, pos, lim - pos), in);
        in = wrapper.apply(rest);
        buf = new byte[BUFFER_SIZE];
        base = 0;
        pos = 0;
        lim = 0;
        length = -1;
        filePositions = false;
    }
}
