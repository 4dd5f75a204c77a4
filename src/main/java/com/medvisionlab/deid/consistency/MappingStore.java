package com.medvisionlab.deid.consistency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Original-to-new UID and Patient ID mappings, needed to match outputs to their originals (MIDI-B expects
 * {@code id_old,id_new} CSV files). The mappings re-identify patients, so they are only ever written encrypted:
 * AES-256-GCM with a key derived from the secret, a fresh random 96-bit IV per file write, file layout
 * {@code "MVLMAP1\n" | IV | ciphertext+tag}. {@link #exportCsv} decrypts in memory; deciding WHO may call it
 * (researchers only) is the web layer's job.
 */
public final class MappingStore {

    public enum Kind {
        UID("uid-mapping.csv.enc"),
        PATIENT_ID("patient-id-mapping.csv.enc");

        private final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    private static final byte[] MAGIC = "MVLMAP1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Created on first save, not at start: seeding a SecureRandom costs a cold JVM tens of milliseconds. */
    private static final class Ivs {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    private final byte[] key;
    private final Map<Kind, Map<String, String>> maps =
            Map.of(Kind.UID, new ConcurrentHashMap<>(), Kind.PATIENT_ID, new ConcurrentHashMap<>());

    private MappingStore(DeidSecret secret) {
        this.key = secret.derive("mapping-store-aes-gcm");
    }

    /** An empty in-memory store (nothing on disk until {@link #save}). */
    public static MappingStore inMemory(DeidSecret secret) {
        return new MappingStore(secret);
    }

    /** Opens the store in {@code dir}, loading mappings saved by earlier runs with the same secret. */
    public static MappingStore open(Path dir, DeidSecret secret) throws IOException {
        MappingStore store = new MappingStore(secret);
        for (Kind kind : Kind.values()) {
            Path file = dir.resolve(kind.fileName());
            if (Files.exists(file)) {
                store.parseCsvInto(kind, store.decrypt(Files.readAllBytes(file), file));
            }
        }
        return store;
    }

    /**
     * The new UID recorded for {@code oldUid}, derived and recorded on first use. Derivation is deterministic, so a
     * recorded value is what deriving again would give: the slices of a series share study, series and frame of
     * reference UIDs, and each is hashed once per run instead of once per file.
     */
    String uid(String oldUid, Function<String, String> derive) {
        return maps.get(Kind.UID).computeIfAbsent(oldUid, derive);
    }

    void recordPatientId(String oldId, String newId) {
        maps.get(Kind.PATIENT_ID).put(oldId, newId);
    }

    public int size(Kind kind) {
        return maps.get(kind).size();
    }

    /** Writes both mappings encrypted to {@code dir} (temp file + rename, so a crash leaves the old file). */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Kind kind : Kind.values()) {
            byte[] sealed = encrypt(exportCsv(kind).getBytes(StandardCharsets.UTF_8));
            Path tmp = Files.createTempFile(dir, kind.fileName(), ".tmp");
            Files.write(tmp, sealed);
            try {
                Files.move(
                        tmp,
                        dir.resolve(kind.fileName()),
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(kind.fileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The mapping as CSV with header {@code id_old,id_new}, sorted by old id. Plaintext: keep it off disk. */
    public String exportCsv(Kind kind) {
        StringBuilder csv = new StringBuilder("id_old,id_new\n");
        new TreeMap<>(maps.get(kind))
                .forEach((o, n) ->
                        csv.append(csvField(o)).append(',').append(csvField(n)).append('\n'));
        return csv.toString();
    }

    private static String csvField(String value) {
        return value.matches("[^\",\\r\\n]*") ? value : '"' + value.replace("\"", "\"\"") + '"';
    }

    private void parseCsvInto(Kind kind, String csv) {
        String[] lines = csv.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int comma = line.startsWith("\"") ? line.indexOf("\",", 1) + 1 : line.indexOf(',');
            if (comma > 0) {
                maps.get(kind).put(unquote(line.substring(0, comma)), unquote(line.substring(comma + 1)));
            }
        }
    }

    private static String unquote(String field) {
        return field.startsWith("\"") && field.endsWith("\"") && field.length() >= 2
                ? field.substring(1, field.length() - 1).replace("\"\"", "\"")
                : field;
    }

    byte[] encrypt(byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        Ivs.RANDOM.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(MAGIC);
            byte[] sealed = c.doFinal(plain);
            byte[] out = new byte[MAGIC.length + IV_BYTES + sealed.length];
            System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
            System.arraycopy(iv, 0, out, MAGIC.length, IV_BYTES);
            System.arraycopy(sealed, 0, out, MAGIC.length + IV_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private String decrypt(byte[] file, Path where) {
        if (file.length < MAGIC.length + IV_BYTES || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new MappingFileException(where + " is not a MedVision mapping file");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, file, MAGIC.length, IV_BYTES));
            c.updateAAD(MAGIC);
            byte[] plain = c.doFinal(file, MAGIC.length + IV_BYTES, file.length - MAGIC.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new MappingFileException(where + " was written with another secret or has been altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** A mapping file cannot be decrypted with this installation's secret. */
    public static final class MappingFileException extends RuntimeException {
        public MappingFileException(String message) {
            super(message);
        }
    }
}
