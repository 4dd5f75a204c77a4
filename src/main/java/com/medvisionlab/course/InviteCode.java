package com.medvisionlab.course;

import java.security.SecureRandom;
import java.util.Locale;

/** Course invite codes: 10 random characters without look-alikes (no 0/O, 1/I/L), typed case-insensitively. */
final class InviteCode {

    static final int LENGTH = 10;
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InviteCode() {}

    static String generate() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** As the student typed it, the way it is stored: trimmed, upper-case, inner spaces and dashes dropped. */
    static String normalise(String typed) {
        return typed.strip().replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
