package com.medvisionlab.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes on exactly the announced number of bytes, failing when the source ends early or has more. */
final class ExactLengthInputStream extends FilterInputStream {

    private final long length;
    private long remaining;

    ExactLengthInputStream(InputStream source, long length) {
        super(source);
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        this.length = length;
        this.remaining = length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        if (count == 0) {
            return 0;
        }
        if (remaining == 0) {
            if (in.read() >= 0) {
                throw new IOException("the content is longer than the announced " + length + " bytes");
            }
            return -1;
        }
        int read = in.read(buffer, offset, (int) Math.min(count, remaining));
        if (read < 0) {
            throw new IOException(
                    "the content ended after " + (length - remaining) + " of the announced " + length + " bytes");
        }
        remaining -= read;
        return read;
    }

    @Override
    public long skip(long n) {
        return 0; // the length check needs every byte to pass through read
    }
}
