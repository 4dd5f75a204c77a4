package com.medvisionlab.storage;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Reads sealed segments from {@code firstSegment} on and yields their plaintext, checking each before any of its
 * bytes are returned. A segment followed by end of stream is opened as the last one, so a blob cut at a segment
 * boundary or missing its end fails like a changed byte.
 */
final class DecryptingInputStream extends InputStream {

    private final InputStream sealedSegments;
    private final SecretKey dataKey;
    private final byte[] header;
    private final String key;
    private final Cipher cipher;
    private final byte[] sealed = new byte[SegmentFormat.SEALED_SEGMENT];
    private final byte[] plain = new byte[SegmentFormat.SEGMENT];
    private int position;
    private int limit;
    private long index;
    private int lookahead = -1;
    private boolean openedLast;

    /** @param skip plaintext bytes to drop from the first segment (a range read starting inside it) */
    DecryptingInputStream(
            InputStream sealedSegments, SecretKey dataKey, byte[] header, String key, long firstSegment, int skip)
            throws IOException {
        this.sealedSegments = sealedSegments;
        this.dataKey = dataKey;
        this.header = header.clone();
        this.key = key;
        this.cipher = Ciphers.aesGcm();
        this.index = firstSegment;
        if (openNext()) {
            position = Math.min(skip, limit);
        }
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
        while (position == limit) {
            if (!openNext()) {
                return -1;
            }
        }
        int n = Math.min(count, limit - position);
        System.arraycopy(plain, position, buffer, offset, n);
        position += n;
        return n;
    }

    private boolean openNext() throws IOException {
        if (openedLast) {
            return false;
        }
        int length = 0;
        if (lookahead >= 0) {
            sealed[length++] = (byte) lookahead;
            lookahead = -1;
        }
        length += sealedSegments.readNBytes(sealed, length, sealed.length - length);
        boolean last = length < sealed.length || (lookahead = sealedSegments.read()) < 0;
        if (length < SegmentFormat.TAG) {
            throw new BlobIntegrityException("blob " + key + " is truncated at segment " + index);
        }
        try {
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    dataKey,
                    new GCMParameterSpec(SegmentFormat.TAG * 8, SegmentFormat.nonce(header, index, last)));
            cipher.updateAAD(header);
            limit = cipher.doFinal(sealed, 0, length, plain, 0);
        } catch (AEADBadTagException e) {
            throw new BlobIntegrityException(
                    "blob " + key + " failed authentication at segment " + index
                            + ": its content was changed, truncated or reordered",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
        position = 0;
        index++;
        openedLast = last;
        return true;
    }

    @Override
    public void close() throws IOException {
        sealedSegments.close();
    }
}
