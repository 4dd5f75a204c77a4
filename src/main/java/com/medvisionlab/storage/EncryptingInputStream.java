package com.medvisionlab.storage;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Reads plaintext and yields the sealed blob (header, then segments), one segment in memory at a time. A full segment
 * is sealed only after one byte of look-ahead tells whether it is the last.
 */
final class EncryptingInputStream extends InputStream {

    private final InputStream plaintext;
    private final SecretKey dataKey;
    private final byte[] header;
    private final Cipher cipher;
    private final byte[] plain = new byte[SegmentFormat.SEGMENT];
    private byte[] sealed = new byte[SegmentFormat.SEALED_SEGMENT];
    private int position;
    private int limit;
    private long index;
    private int lookahead = -1;
    private boolean sealedLast;

    EncryptingInputStream(InputStream plaintext, SecretKey dataKey, byte[] header) {
        this.plaintext = plaintext;
        this.dataKey = dataKey;
        this.header = header.clone();
        this.cipher = Ciphers.aesGcm();
        System.arraycopy(header, 0, sealed, 0, header.length);
        this.limit = header.length;
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
        if (position == limit && !sealNext()) {
            return -1;
        }
        int n = Math.min(count, limit - position);
        System.arraycopy(sealed, position, buffer, offset, n);
        position += n;
        return n;
    }

    private boolean sealNext() throws IOException {
        if (sealedLast) {
            return false;
        }
        int length = 0;
        if (lookahead >= 0) {
            plain[length++] = (byte) lookahead;
            lookahead = -1;
        }
        length += plaintext.readNBytes(plain, length, plain.length - length);
        boolean last = length < plain.length || (lookahead = plaintext.read()) < 0;
        try {
            cipher.init(
                    Cipher.ENCRYPT_MODE,
                    dataKey,
                    new GCMParameterSpec(SegmentFormat.TAG * 8, SegmentFormat.nonce(header, index, last)));
            cipher.updateAAD(header);
            limit = cipher.doFinal(plain, 0, length, sealed, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
        position = 0;
        index++;
        sealedLast = last;
        return true;
    }

    @Override
    public void close() throws IOException {
        plaintext.close();
    }
}
