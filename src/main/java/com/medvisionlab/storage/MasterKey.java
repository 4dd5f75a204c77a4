package com.medvisionlab.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit AES key that wraps data keys. Given as base64 of 32 random bytes (an environment variable or a key file
 * holding that one line, e.g. {@code head -c 32 /dev/urandom | base64 > master.key}). Its id is a fingerprint,
 * {@code mk-} and 16 hex digits of a SHA-256 over the key, so the same key has the same id wherever it is configured
 * and the id alone reveals nothing usable. {@link #toString()} shows only the id: key material is never printed.
 */
public final class MasterKey {

    private final String id;
    private final SecretKey key;

    private MasterKey(byte[] material) {
        if (material.length != Ciphers.KEY_BYTES) {
            throw new IllegalArgumentException("a master key must be " + Ciphers.KEY_BYTES + " bytes (base64 of 32 "
                    + "random bytes), not " + material.length);
        }
        this.key = new SecretKeySpec(material, "AES");
        this.id = "mk-" + HexFormat.of().formatHex(fingerprint(material), 0, 8);
    }

    /** From base64 text (whitespace around it ignored). */
    public static MasterKey fromBase64(String base64) {
        try {
            return new MasterKey(Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            // the decoder's message may quote the input: say only what is wrong
            throw new IllegalArgumentException(
                    e.getMessage() != null && e.getMessage().startsWith("a master key")
                            ? e.getMessage()
                            : "a master key must be base64 of 32 random bytes",
                    null);
        }
    }

    /** Reads a key file: one line of base64. */
    public static MasterKey readFile(Path file) throws IOException {
        try {
            return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), null);
        }
    }

    /**
     * Creates {@code file} with a new random key, readable by its owner only (0600 where the file system has POSIX
     * permissions), its directory created 0700 if missing. Refuses to overwrite an existing file.
     */
    public static MasterKey generateFile(Path file) throws IOException {
        byte[] material = new byte[Ciphers.KEY_BYTES];
        Ciphers.RANDOM.nextBytes(material);
        Path directory = file.toAbsolutePath().getParent();
        boolean posix = Files.getFileStore(
                        Files.exists(directory) ? directory : Path.of("").toAbsolutePath())
                .supportsFileAttributeView("posix");
        if (posix && !Files.exists(directory)) {
            Files.createDirectories(
                    directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(material) + "\n", StandardCharsets.US_ASCII);
        return new MasterKey(material);
    }

    public String id() {
        return id;
    }

    SecretKey secretKey() {
        return key;
    }

    private static byte[] fingerprint(byte[] material) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("medvision-master-key-id".getBytes(StandardCharsets.US_ASCII));
            return sha256.digest(material);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
