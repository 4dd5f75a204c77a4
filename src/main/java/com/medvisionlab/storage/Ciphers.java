package com.medvisionlab.storage;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;

/** The JDK's AES-GCM and one shared strong random source. */
final class Ciphers {

    static final SecureRandom RANDOM = new SecureRandom();
    static final int KEY_BYTES = 32;

    private Ciphers() {}

    static Cipher aesGcm() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no AES/GCM/NoPadding", e);
        }
    }
}
