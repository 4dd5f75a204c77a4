package com.medvisionlab.redaction;

import com.medvisionlab.storage.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The review's bytes in the one (encrypting) blob store: quarantined objects under {@code quarantine/}, released
 * ones under the study's keys like every stored object. Whole objects are read into memory: review works on one
 * image at a time and the engine's pixel code needs the Pixel Data in memory anyway.
 */
@Component
class ReviewBlobs {

    /** PS3.5 9.1: digits and dots, at most 64 characters; anything else never becomes part of a key. */
    private static final Pattern UID = Pattern.compile("[0-9][0-9.]{0,63}");

    private final BlobStore store;

    ReviewBlobs(BlobStore store) {
        this.store = store;
    }

    static String quarantineKey(String study, String sop) {
        return "quarantine/" + uid(study) + "/" + uid(sop) + ".dcm";
    }

    /**
     * Where a released or re-redacted object goes: the store's study layout as ingest writes it,
     * {@code studies/<study>/<series>/<sop>.<first 16 hex of SHA-256>.dcm}, so new content gets a new key and the
     * index can be pointed at it in one step.
     */
    static String studyKey(String study, String series, String sop, String sha256) {
        return "studies/" + uid(study) + "/" + uid(series) + "/" + uid(sop) + "." + sha256.substring(0, 16) + ".dcm";
    }

    static String uid(String uid) {
        String stripped = uid.strip();
        if (!UID.matcher(stripped).matches() || stripped.endsWith(".") || stripped.contains("..")) {
            throw new IllegalArgumentException("not a UID: " + uid);
        }
        return stripped;
    }

    void put(String key, byte[] bytes) {
        try {
            store.put(key, new ByteArrayInputStream(bytes), bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store " + key, e);
        }
    }

    byte[] read(String key) {
        try (InputStream in = store.get(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + key, e);
        }
    }

    boolean exists(String key) {
        try {
            return store.exists(key);
        } catch (IOException e) {
            throw new UncheckedIOException("could not look for " + key, e);
        }
    }

    void delete(String key) {
        try {
            store.delete(key);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + key, e);
        }
    }
}
