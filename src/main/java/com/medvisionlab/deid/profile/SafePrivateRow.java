package com.medvisionlab.deid.profile;

import com.medvisionlab.dicom.data.VR;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * One row of PS3.15 Table E.3.10-1 as kept in {@code safe-private-tags.tsv}: the Private Creator, the odd group,
 * the element's low byte within its block, the VR(s) the standard gives and its Meaning.
 */
record SafePrivateRow(String creator, int group, int elementLowByte, Set<VR> vrs, String meaning) {

    static final String FILE = "safe-private-tags.tsv";

    /** Parses one data line; {@code lineNumber} only serves the error message. */
    static SafePrivateRow parse(String line, int lineNumber) {
        String[] c = line.split("\t", -1);
        if (c.length != 5) {
            throw malformed(lineNumber, "expected 5 tab-separated columns, found " + c.length);
        }
        try {
            return new SafePrivateRow(
                    c[0], Integer.parseInt(c[1], 16), Integer.parseInt(c[2], 16), vrs(c[3], lineNumber), c[4]);
        } catch (NumberFormatException e) {
            throw malformed(lineNumber, "group/element not hexadecimal: " + c[1] + "," + c[2]);
        }
    }

    /** "OB/OW" -> {OB, OW}. */
    private static Set<VR> vrs(String cell, int lineNumber) {
        Set<VR> vrs = EnumSet.noneOf(VR.class);
        for (String name : cell.split("/")) {
            try {
                vrs.add(VR.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw malformed(lineNumber, "no such VR: " + name);
            }
        }
        return Set.copyOf(vrs);
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
