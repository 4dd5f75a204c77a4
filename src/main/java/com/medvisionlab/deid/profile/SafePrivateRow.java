package com.medvisionlab.deid.profile;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One row of PS3.15 Table E.3.10-1 as kept in {@code safe-private-tags.tsv}: the Private Creator, the odd group,
 * the element's low byte within its block, the VR(s) the standard gives and its Meaning.
 */
record SafePrivateRow(String creator, int group, int elementLowByte, Set<String> vrs, String meaning) {

    static final String FILE = "safe-private-tags.tsv";

    /** Parses one data line; {@code lineNumber} only serves the error message. */
    static SafePrivateRow parse(String line, int lineNumber) {
        String[] c = line.split("\t", -1);
        if (c.length != 5) {
            throw malformed(lineNumber, "expected 5 tab-separated columns, found " + c.length);
        }
        try {
            return new SafePrivateRow(c[0], Integer.parseInt(c[1], 16), Integer.parseInt(c[2], 16),
                    Set.copyOf(List.of(c[3].split("/"))), c[4]);
        } catch (NumberFormatException e) {
            throw malformed(lineNumber, "group/element not hexadecimal: " + c[1] + "," + c[2]);
        }
    }

    /** Lookup key: creator trimmed of LO padding and case-folded, group, element low byte. */
    static String key(String creator, int group, int elementLowByte) {
        return creator.strip().toUpperCase(Locale.ROOT) + "|" + group + "|" + elementLowByte;
    }

    String key() {
        return key(creator, group, elementLowByte);
    }

    private static IllegalStateException malformed(int lineNumber, String what) {
        return new IllegalStateException(FILE + " line " + lineNumber + ": " + what);
    }
}
