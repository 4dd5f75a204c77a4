package com.medvisionlab.storage;

import java.io.IOException;

/** There is no blob under the key asked for. */
public final class BlobNotFoundException extends IOException {

    BlobNotFoundException(String key) {
        super("no blob under key " + key);
    }
}
