package com.medvisionlab.storage;

import java.io.IOException;

/**
 * An encrypted blob failed its check: a byte was changed, it was truncated, its segments were reordered, or its
 * content and data key belong to different blobs. Nothing of the failing segment is returned.
 */
public final class BlobIntegrityException extends IOException {

    BlobIntegrityException(String message) {
        super(message);
    }

    BlobIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
