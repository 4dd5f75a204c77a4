package com.medvisionlab.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Test content: streamed patterns of any length (never held in memory) and their digests. */
final class Content {

    private Content() {}

    /**
     * {@code length} bytes like 16-bit CT pixels: a little-endian ramp 0x0400, 0x0401, ... that restarts every 512
     * values, so any 64 bytes of it are recognisable.
     */
    static InputStream pixels(long length) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < length ? pixelByte(position++) : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (position >= length) {
                    return -1;
                }
                int n = (int) Math.min(count, length - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) pixelByte(position++);
                }
                return n;
            }
        };
    }

    static int pixelByte(long position) {
        int value = 0x0400 + (int) ((position / 2) % 512);
        return position % 2 == 0 ? value & 0xFF : value >>> 8;
    }

    /** 64 bytes of the pixel pattern, to search ciphertext for. */
    static byte[] pixelSignature() throws IOException {
        try (InputStream in = pixels(1000)) {
            in.skipNBytes(200);
            return in.readNBytes(64);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(InputStream in) throws IOException {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An input stream that fails after {@code length} bytes, like a dropped upload. */
    static InputStream failingAfter(long length) {
        InputStream pixels = pixels(length);
        return new InputStream() {
            @Override
            public int read() throws IOException {
                int b = pixels.read();
                if (b < 0) {
                    throw new IOException("connection reset");
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) throws IOException {
                int n = pixels.read(buffer, offset, count);
                if (n < 0) {
                    throw new IOException("connection reset");
                }
                return n;
            }
        };
    }
}
