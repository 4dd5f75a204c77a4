package com.medvisionlab.storage;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The layout of an encrypted blob: a 28-byte header ({@code "MVLE"}, version 1, a random 16-byte blob id, a random
 * 7-byte nonce prefix) followed by AES-256-GCM segments of 64 KiB plaintext plus a 16-byte tag each. The last
 * segment may be shorter (an empty blob has one empty segment), so a cut exactly at a segment boundary is still
 * detected: the segment before it was sealed as "not last".
 */
final class SegmentFormat {

    static final int SEGMENT = 64 * 1024;
    static final int TAG = 16;
    static final int SEALED_SEGMENT = SEGMENT + TAG;
    static final int BLOB_ID = 16;
    static final int NONCE_PREFIX = 7;
    static final int NONCE = NONCE_PREFIX + 4 + 1;
    private static final byte[] MAGIC = {'M', 'V', 'L', 'E'};
    private static final byte VERSION = 1;
    static final int HEADER = MAGIC.length + 1 + BLOB_ID + NONCE_PREFIX;
    /** The segment index is four bytes of the nonce. */
    private static final long MAX_SEGMENTS = 1L << 32;

    private SegmentFormat() {}

    /** A fresh header: new blob id and nonce prefix, never reused with the blob's (also fresh) data key. */
    static byte[] newHeader(SecureRandom random) {
        byte[] header = new byte[HEADER];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        header[MAGIC.length] = VERSION;
        byte[] randomPart = new byte[BLOB_ID + NONCE_PREFIX];
        random.nextBytes(randomPart);
        System.arraycopy(randomPart, 0, header, MAGIC.length + 1, randomPart.length);
        return header;
    }

    static boolean isHeader(byte[] bytes) {
        return bytes.length == HEADER
                && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                && bytes[MAGIC.length] == VERSION;
    }

    /** {@code prefix(7) || index (big-endian uint32) || 1 if last else 0}. */
    static byte[] nonce(byte[] header, long index, boolean last) {
        if (index >= MAX_SEGMENTS) {
            throw new IllegalStateException("blob too large: more than 2^32 segments");
        }
        return ByteBuffer.allocate(NONCE)
                .put(header, HEADER - NONCE_PREFIX, NONCE_PREFIX)
                .putInt((int) index)
                .put((byte) (last ? 1 : 0))
                .array();
    }

    static long sealedLength(long plaintextLength) {
        long segments = Math.max(1, Math.ceilDiv(plaintextLength, SEGMENT));
        return HEADER + plaintextLength + segments * TAG;
    }

    /** The plaintext length of a sealed blob of {@code sealedLength} bytes; a length no blob can have is damage. */
    static long plaintextLength(long sealedLength) throws BlobIntegrityException {
        long segments = Math.max(1, Math.ceilDiv(sealedLength - HEADER, SEALED_SEGMENT));
        long plaintext = sealedLength - HEADER - segments * TAG;
        if (plaintext < 0 || sealedLength(plaintext) != sealedLength) {
            throw new BlobIntegrityException("encrypted blob of " + sealedLength + " bytes is truncated");
        }
        return plaintext;
    }

    /** Where segment {@code index} starts in the sealed blob. */
    static long sealedOffset(long index) {
        return HEADER + index * SEALED_SEGMENT;
    }
}
