package com.medvisionlab.storage;

import java.util.regex.Pattern;

/** The rule every key and list prefix obeys, checked before a backend turns it into a path or an object name. */
final class BlobKeys {

    static final int MAX_LENGTH = 1024;
    /** No empty segment and no leading dot: {@code ..}, {@code .}, hidden and temporary names are impossible. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
    /** A key, a key's beginning, or a key's directory ending in {@code /}; empty lists everything. */
    private static final Pattern PREFIX = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9._-]*");

    private BlobKeys() {}

    static String check(String key) {
        if (key.length() > MAX_LENGTH || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("invalid blob key '" + printable(key) + "': use segments of letters, "
                    + "digits and . _ - separated by /, none empty or starting with a dot");
        }
        return key;
    }

    static String checkPrefix(String prefix) {
        if (prefix.length() > MAX_LENGTH
                || !PREFIX.matcher(prefix).matches()
                || prefix.startsWith(".")
                || prefix.contains("/.")) {
            throw new IllegalArgumentException("invalid blob key prefix '" + printable(prefix) + "'");
        }
        return prefix;
    }

    private static String printable(String text) {
        String shortened = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }
}
