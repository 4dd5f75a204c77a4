package com.medvisionlab.deid.consistency;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Replaces a UID by {@code 2.25.<decimal>} where the integer is a version-8 (RFC 9562 custom) UUID built from the
 * first 128 bits of HMAC-SHA256(secret, old UID). Deterministic per installation, so the same study uploaded twice
 * gets the same new UIDs and references between files stay consistent; at most 44 characters (limit 64).
 */
public final class UidRemapper {

    private final DeidSecret secret;
    private final MappingStore mappings;

    public UidRemapper(DeidSecret secret, MappingStore mappings) {
        this.secret = secret;
        this.mappings = mappings;
    }

    public String remap(String oldUid) {
        String trimmed = oldUid.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        return mappings.uid(trimmed, this::derive);
    }

    private String derive(String oldUid) {
        byte[] uuid = Arrays.copyOf(secret.hmac("uid", oldUid), 16);
        uuid[6] = (byte) ((uuid[6] & 0x0F) | 0x80); // version 8
        uuid[8] = (byte) ((uuid[8] & 0x3F) | 0x80); // RFC 9562 variant
        return "2.25." + new BigInteger(1, uuid);
    }
}
