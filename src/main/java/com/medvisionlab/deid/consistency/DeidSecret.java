package com.medvisionlab.deid.consistency;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The per-installation secret every pseudonym, UID and date offset is derived from. Each use is keyed with its own
 * purpose label (domain separation), so knowing a UID mapping tells nothing about date offsets. Never logged:
 * {@link #toString()} hides the bytes.
 */
public final class DeidSecret {

    private static final int MIN_BYTES = 16;
    private final byte[] key;
    /** Mac.getInstance does a provider lookup; one initialised instance per thread avoids it per call. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private DeidSecret(byte[] key) {
        this.key = key;
    }

    /** Derives the key as SHA-256 of the given material (e.g. the secret file's bytes), which must be 16+ bytes. */
    public static DeidSecret fromMaterial(byte[] material) {
        if (material.length < MIN_BYTES) {
            throw new IllegalArgumentException("de-identification secret must have at least " + MIN_BYTES + " bytes");
        }
        try {
            return new DeidSecret(MessageDigest.getInstance("SHA-256").digest(material));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** HMAC-SHA256 over {@code purpose || 0x00 || input}. */
    public byte[] hmac(String purpose, String input) {
        Mac mac = macs.get();
        mac.update(purpose.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** 32 bytes of key material for one purpose (e.g. the mapping-store encryption key). */
    byte[] derive(String purpose) {
        return hmac("derive:" + purpose, "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeidSecret other && MessageDigest.isEqual(key, other.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "DeidSecret[hidden]";
    }
}
