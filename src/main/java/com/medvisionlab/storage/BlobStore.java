package com.medvisionlab.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Named byte streams ("blobs") under keys such as {@code studies/1.2.3/4.5.6.dcm}: segments of letters, digits,
 * {@code . _ -} separated by {@code /}, none empty or starting with a dot (so no key can leave the store). Writes are
 * all-or-nothing: a failed or short put leaves no blob behind and an existing blob unchanged. Content streams through;
 * no method holds a whole blob in memory. Thread-safe.
 */
public interface BlobStore extends Closeable {

    /** Stores the rest of {@code content} (length not known in advance) under {@code key}, replacing any blob. */
    void put(String key, InputStream content) throws IOException;

    /**
     * Stores exactly {@code length} bytes of {@code content} under {@code key}; a stream that ends early or goes on
     * longer is refused with an {@link IOException} and nothing is stored.
     */
    void put(String key, InputStream content, long length) throws IOException;

    /** The blob's bytes from the start; the caller closes the stream. */
    default InputStream get(String key) throws IOException {
        return get(key, 0);
    }

    /**
     * The blob's bytes from {@code offset} (0 to {@link #size}) to its end, for reading one frame of a large object.
     *
     * @throws BlobNotFoundException when there is no blob under {@code key}
     */
    InputStream get(String key, long offset) throws IOException;

    boolean exists(String key) throws IOException;

    /** Removes the blob if there is one. */
    void delete(String key) throws IOException;

    /** The keys that start with {@code prefix} ({@code ""} for all), sorted. */
    List<String> list(String prefix) throws IOException;

    /** The blob's length in bytes (of the plaintext, for an encrypted store). */
    long size(String key) throws IOException;

    /** Releases connections; a directory store holds none. */
    @Override
    default void close() throws IOException {}
}
