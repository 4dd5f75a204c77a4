package com.medvisionlab.security;

import java.security.SecureRandom;

/**
 * A generated password that is shown once and must be changed at the next sign-in.
 * {@link #toString()} hides the value so it cannot leak into a log by accident.
 */
public record OneTimePassword(String value) {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    static OneTimePassword generate() {
        var chars = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            chars.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new OneTimePassword(chars.toString());
    }

    @Override
    public String toString() {
        return "OneTimePassword[hidden]";
    }
}
