package com.medvisionlab.dicom.data;

/** Static helpers for tags held as {@code int} ({@code group << 16 | element}). */
public final class Tag {

    public static final int ITEM = 0xFFFEE000;
    public static final int ITEM_DELIMITATION = 0xFFFEE00D;
    public static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

    private Tag() {}

    public static int of(int group, int element) {
        return (group << 16) | (element & 0xFFFF);
    }

    public static int group(int tag) {
        return tag >>> 16;
    }

    public static int element(int tag) {
        return tag & 0xFFFF;
    }

    /** Odd groups other than 0001, 0003, 0005, 0007 and FFFF hold private elements (PS3.5 7.8). */
    public static boolean isPrivate(int tag) {
        int group = group(tag);
        return (group & 1) == 1 && group > 0x0007 && group != 0xFFFF;
    }

    /** (gggg,0010)-(gggg,00FF) in a private group reserves a block for a creator. */
    public static boolean isPrivateCreator(int tag) {
        int element = element(tag);
        return isPrivate(tag) && element >= 0x0010 && element <= 0x00FF;
    }

    /** The creator element (gggg,00xx) that reserves private element (gggg,xxyy); 0 when none applies. */
    public static int privateCreatorTagOf(int tag) {
        int block = element(tag) >>> 8;
        return isPrivate(tag) && block >= 0x10 ? (tag & 0xFFFF0000) | block : 0;
    }

    public static boolean isGroupLength(int tag) {
        return element(tag) == 0;
    }

    /**
     * "(0010,0010)", upper-case hex: the one spelling of a tag in messages, dumps and de-identification reports. A
     * table lookup rather than String.format, which costs much more on a cold JVM (the CLI formats tags per file).
     */
    public static String toString(int tag) {
        char[] c = new char[11];
        c[0] = '(';
        hex(tag >>> 16, c, 1);
        c[5] = ',';
        hex(tag & 0xFFFF, c, 6);
        c[10] = ')';
        return new String(c);
    }

    /** "00100010", as in DICOM JSON. */
    public static String toHex(int tag) {
        char[] c = new char[8];
        hex(tag >>> 16, c, 0);
        hex(tag & 0xFFFF, c, 4);
        return new String(c);
    }

    private static final char[] HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    private static void hex(int value, char[] out, int at) {
        for (int i = 3; i >= 0; i--) {
            out[at + i] = HEX_DIGITS[value & 0xF];
            value >>>= 4;
        }
    }
}
