package com.medvisionlab.dicom.json;

/**
 * A string as a JSON string literal (RFC 8259), the escaper of the DICOM JSON writer and the de-identification
 * report. The audit trail does not use it: its hashed details have their own frozen encoder.
 */
public final class JsonString {

    private JsonString() {}

    /** {@code s} quoted and escaped, quotes included. */
    public static String quote(String s) {
        return appendQuoted(new StringBuilder(s.length() + 2), s).toString();
    }

    /**
     * Appends {@code s} quoted: {@code "} and {@code \} and the controls \n \r \t get short escapes, other controls
     * below U+0020 lower-case {@code \}{@code u00xx}; everything else, including U+2028 and surrogate pairs, verbatim.
     */
    public static StringBuilder appendQuoted(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00")
                                .append(Character.forDigit(c >> 4, 16))
                                .append(Character.forDigit(c & 0xF, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
