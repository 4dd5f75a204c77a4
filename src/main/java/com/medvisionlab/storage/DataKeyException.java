package com.medvisionlab.storage;

import java.io.IOException;

/**
 * A blob's data key cannot be unwrapped: its master key is not in the keyring (wrong or missing key configured),
 * or its key record is damaged or belongs to another blob.
 */
public final class DataKeyException extends IOException {

    DataKeyException(String message) {
        super(message);
    }
}
