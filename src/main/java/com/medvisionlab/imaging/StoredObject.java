package com.medvisionlab.imaging;

import java.util.HexFormat;

/**
 * Where the encoded bytes of a de-identified object were stored, and what they are.
 *
 * @param blobKey           the blob store's key for the bytes
 * @param size              the number of bytes
 * @param sha256            lower-case hex SHA-256 of the bytes; equal hashes mean the same object
 * @param transferSyntaxUid the transfer syntax the bytes are encoded in (WADO-RS needs it to serve or transcode)
 */
public record StoredObject(String blobKey, long size, String sha256, String transferSyntaxUid) {

    public StoredObject {
        if (blobKey.isBlank()) {
            throw new IllegalArgumentException("blob key is blank");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size is negative: " + size);
        }
        if (sha256.length() != 64
                || !sha256.equals(sha256.toLowerCase(java.util.Locale.ROOT))
                || !sha256.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        if (transferSyntaxUid.isBlank()) {
            throw new IllegalArgumentException("transfer syntax UID is blank");
        }
    }
}
