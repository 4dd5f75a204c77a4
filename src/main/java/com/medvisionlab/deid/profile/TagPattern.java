package com.medvisionlab.deid.profile;

/**
 * A tag or a repeating-group pattern from Table E.1-1: {@code 00100010}, {@code 50xxxxxx}, {@code 60xx3000}.
 * Each {@code x} matches any hex digit; matching is a mask compare on the 32-bit tag.
 */
record TagPattern(int value, int mask, String text) {

    static TagPattern parse(String text) {
        if (text.length() != 8) {
            throw new IllegalArgumentException("tag pattern must have 8 hex digits or x: " + text);
        }
        int value = 0;
        int mask = 0;
        for (char c : text.toLowerCase().toCharArray()) {
            value <<= 4;
            mask <<= 4;
            if (c != 'x') {
                value |= Character.digit(c, 16);
                mask |= 0xF;
            }
        }
        return new TagPattern(value, mask, text.toLowerCase());
    }

    boolean isWildcard() {
        return mask != 0xFFFFFFFF;
    }

    boolean matches(int tag) {
        return (tag & mask) == value;
    }
}
