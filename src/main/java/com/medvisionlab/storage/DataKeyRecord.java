package com.medvisionlab.storage;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sidecar {@code <key>.dek} of an encrypted blob: {@code "MVLK"}, version 1, the master key id (length-prefixed
 * ASCII), a copy of the blob's 28-byte header, a 12-byte nonce and the data key wrapped with AES-256-GCM. Everything
 * before the wrapped key, plus the blob's key, is the associated data of the wrap, so a record moved to another blob
 * or edited fails to unwrap. The header copy lets a range read start mid-blob without fetching the header first.
 *
 * @param header the blob's header (blob id and nonce prefix)
 */
record DataKeyRecord(String masterKeyId, byte[] header, byte[] nonce, byte[] wrappedKey) {

    static final String SUFFIX = ".dek";
    private static final byte[] MAGIC = {'M', 'V', 'L', 'K'};
    private static final byte VERSION = 1;
    private static final int WRAP_NONCE = 12;
    private static final int WRAPPED_KEY = Ciphers.KEY_BYTES + SegmentFormat.TAG;

    /** Wraps {@code dataKey} for the blob under {@code key} with the keyring's primary master key. */
    static DataKeyRecord wrap(String key, byte[] header, SecretKey dataKey, MasterKey master) {
        byte[] nonce = new byte[WRAP_NONCE];
        Ciphers.RANDOM.nextBytes(nonce);
        DataKeyRecord unsealed = new DataKeyRecord(master.id(), header, nonce, new byte[0]);
        try {
            Cipher cipher = Ciphers.aesGcm();
            cipher.init(Cipher.ENCRYPT_MODE, master.secretKey(), new GCMParameterSpec(SegmentFormat.TAG * 8, nonce));
            cipher.updateAAD(unsealed.associatedData(key));
            return new DataKeyRecord(master.id(), header, nonce, cipher.doFinal(dataKey.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The data key, if a master key of {@code keyring} wrapped it for the blob under {@code key}. */
    SecretKey unwrap(String key, Keyring keyring) throws DataKeyException {
        MasterKey master = keyring.find(masterKeyId)
                .orElseThrow(() -> new DataKeyException("the data key of blob "
                        + key + " is wrapped by master key " + masterKeyId + ", which is not configured (configured: "
                        + keyring.ids() + ")"));
        try {
            Cipher cipher = Ciphers.aesGcm();
            cipher.init(Cipher.DECRYPT_MODE, master.secretKey(), new GCMParameterSpec(SegmentFormat.TAG * 8, nonce));
            cipher.updateAAD(associatedData(key));
            return new SecretKeySpec(cipher.doFinal(wrappedKey), "AES");
        } catch (AEADBadTagException e) {
            throw new DataKeyException("the data key of blob " + key + " does not unwrap with master key " + masterKeyId
                    + ": its key record was changed or belongs to another blob");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        out.writeBytes(prefix());
        out.writeBytes(nonce);
        out.writeBytes(wrappedKey);
        return out.toByteArray();
    }

    static DataKeyRecord parse(String key, byte[] bytes) throws DataKeyException {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!Arrays.equals(magic, MAGIC) || in.get() != VERSION) {
                throw new DataKeyException("the key record of blob " + key + " is not a version 1 data key record");
            }
            byte[] id = new byte[in.get() & 0xFF];
            in.get(id);
            byte[] header = new byte[SegmentFormat.HEADER];
            in.get(header);
            byte[] nonce = new byte[WRAP_NONCE];
            in.get(nonce);
            byte[] wrapped = new byte[WRAPPED_KEY];
            in.get(wrapped);
            if (in.hasRemaining() || !SegmentFormat.isHeader(header)) {
                throw new DataKeyException("the key record of blob " + key + " is damaged");
            }
            return new DataKeyRecord(new String(id, StandardCharsets.US_ASCII), header, nonce, wrapped);
        } catch (java.nio.BufferUnderflowException e) {
            throw new DataKeyException("the key record of blob " + key + " is truncated");
        }
    }

    private byte[] prefix() {
        byte[] id = masterKeyId.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(MAGIC.length + 2 + id.length + header.length)
                .put(MAGIC)
                .put(VERSION)
                .put((byte) id.length)
                .put(id)
                .put(header)
                .array();
    }

    private byte[] associatedData(String key) {
        byte[] prefix = prefix();
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(prefix.length + keyBytes.length)
                .put(prefix)
                .put(keyBytes)
                .array();
    }
}
