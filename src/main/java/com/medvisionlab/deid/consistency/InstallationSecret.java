package com.medvisionlab.deid.consistency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Locates the installation secret: an explicit file, else {@code $MEDVISION_DEID_SECRET_FILE}, else
 * {@code ~/.medvision/secret}. The default file is created on first use with 256 random bits (hex text) and
 * permissions 600, so the same installation always produces the same pseudonyms.
 */
public final class InstallationSecret {

    public static final String ENV_VARIABLE = "MEDVISION_DEID_SECRET_FILE";

    private InstallationSecret() {}

    public static DeidSecret load(Optional<Path> explicitFile) {
        return load(explicitFile, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static DeidSecret load(Optional<Path> explicitFile, Map<String, String> env, Path home) {
        if (explicitFile.isPresent()) {
            return read(explicitFile.get());
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return read(Path.of(fromEnv));
        }
        Path file = home.resolve(".medvision").resolve("secret");
        if (!Files.exists(file)) {
            create(file);
        }
        return read(file);
    }

    /**
     * The secret in {@code file}, created there first (256 random bits, owner-only) when it does not exist: how a
     * server keeps its secret under its own data directory instead of the user's home.
     */
    public static DeidSecret loadOrCreate(Path file) {
        if (!Files.exists(file)) {
            create(file);
        }
        return read(file);
    }

    /** A text secret (e.g. hex with a trailing newline) is used stripped; raw random bytes are used as they are. */
    private static DeidSecret read(Path file) {
        try {
            byte[] raw = Files.readAllBytes(file);
            return DeidSecret.fromMaterial(asText(raw)
                    .map(text -> text.strip().getBytes(StandardCharsets.UTF_8))
                    .orElse(raw));
        } catch (IOException e) {
            throw new SecretFileException("cannot read secret file " + file + ": " + e.getMessage());
        }
    }

    private static Optional<String> asText(byte[] raw) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(raw))
                    .toString());
        } catch (java.nio.charset.CharacterCodingException binary) {
            return Optional.empty();
        }
    }

    private static void create(Path file) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, HexFormat.of().formatHex(random) + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException raced) {
            // another process created it first; use theirs
        } catch (UnsupportedOperationException e) {
            throw new SecretFileException("cannot create " + file + " with owner-only permissions on this file system");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create secret file " + file, e);
        }
    }

    /** The secret file is missing, unreadable or too short. */
    public static final class SecretFileException extends RuntimeException {
        public SecretFileException(String message) {
            super(message);
        }
    }
}
