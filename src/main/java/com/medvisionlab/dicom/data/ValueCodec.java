package com.medvisionlab.dicom.data;

import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.charset.SpecificCharacterSet;
import com.medvisionlab.dicom.charset.SpecificCharacterSet.Delimiters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Converts raw little-endian element bytes to and from Java values, per VR kind. */
final class ValueCodec {

    private ValueCodec() {}

    static List<String> strings(int tag, VR vr, byte[] bytes, SpecificCharacterSet cs) {
        if (bytes.length == 0) {
            return List.of();
        }
        return switch (vr.kind()) {
            case STRING ->
                splitStrings(vr, decode(tag, vr, bytes, cs, vr == VR.PN ? Delimiters.PERSON_NAME : Delimiters.VALUE));
            case TEXT -> List.of(stripTrailing(decode(tag, vr, bytes, cs, Delimiters.TEXT)));
            case UNSIGNED, SIGNED -> {
                long[] longs = longs(tag, vr, bytes);
                List<String> out = new ArrayList<>(longs.length);
                for (long v : longs) {
                    out.add(
                            vr.bytesPerValue() == 8 && vr.kind() == VR.Kind.UNSIGNED
                                    ? Long.toUnsignedString(v)
                                    : Long.toString(v));
                }
                yield out;
            }
            case FLOAT -> {
                double[] doubles = doubles(tag, vr, bytes);
                List<String> out = new ArrayList<>(doubles.length);
                for (double v : doubles) {
                    out.add(vr == VR.FL || vr == VR.OF ? Float.toString((float) v) : Double.toString(v));
                }
                yield out;
            }
            case TAG -> {
                checkMultiple(tag, vr, bytes, 4);
                List<String> out = new ArrayList<>(bytes.length / 4);
                for (int i = 0; i < bytes.length; i += 4) {
                    out.add(Tag.toHex(Tag.of(u16(bytes, i), u16(bytes, i + 2))));
                }
                yield out;
            }
            case BYTES, SEQUENCE -> List.of();
        };
    }

    private static String decode(int tag, VR vr, byte[] bytes, SpecificCharacterSet cs, Delimiters delimiters) {
        try {
            return cs.decode(bytes, delimiters);
        } catch (DicomException e) {
            throw new MalformedValueException(tag, vr, e.getMessage());
        }
    }

    private static List<String> splitStrings(VR vr, String joined) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= joined.length(); i++) {
            if (i == joined.length() || joined.charAt(i) == '\\') {
                out.add(trim(vr, joined.substring(start, i)));
                start = i + 1;
            }
        }
        return out;
    }

    /** Leading spaces are significant only in text; trailing spaces and NULs are padding everywhere. */
    private static String trim(VR vr, String s) {
        String trailing = stripTrailing(s);
        return vr == VR.PN || vr == VR.UC ? trailing : trailing.stripLeading();
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }

    static long[] longs(int tag, VR vr, byte[] bytes) {
        return switch (vr.kind()) {
            case UNSIGNED, SIGNED -> binaryLongs(tag, vr, bytes);
            case STRING -> {
                List<String> strings = strings(tag, vr, bytes, SpecificCharacterSet.DEFAULT);
                long[] out = new long[strings.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = parseLong(tag, vr, strings.get(i));
                }
                yield out;
            }
            default -> throw new MalformedValueException(tag, vr, "not an integer VR");
        };
    }

    private static long parseLong(int tag, VR vr, String s) {
        try {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            double d = parseDouble(tag, vr, s);
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw new MalformedValueException(tag, vr, "'" + s + "' is not an integer");
            }
            return (long) d;
        }
    }

    private static long[] binaryLongs(int tag, VR vr, byte[] bytes) {
        int size = vr.bytesPerValue();
        checkMultiple(tag, vr, bytes, size);
        long[] out = new long[bytes.length / size];
        boolean signed = vr.kind() == VR.Kind.SIGNED;
        for (int i = 0, o = 0; i < bytes.length; i += size, o++) {
            out[o] = switch (size) {
                case 2 -> signed ? (short) u16(bytes, i) : u16(bytes, i);
                case 4 -> signed ? s32(bytes, i) : s32(bytes, i) & 0xFFFFFFFFL;
                default -> s64(bytes, i);
            };
        }
        return out;
    }

    static double[] doubles(int tag, VR vr, byte[] bytes) {
        return switch (vr.kind()) {
            case FLOAT -> {
                int size = vr.bytesPerValue();
                checkMultiple(tag, vr, bytes, size);
                double[] out = new double[bytes.length / size];
                for (int i = 0, o = 0; i < bytes.length; i += size, o++) {
                    out[o] = size == 4 ? Float.intBitsToFloat(s32(bytes, i)) : Double.longBitsToDouble(s64(bytes, i));
                }
                yield out;
            }
            case UNSIGNED, SIGNED -> {
                long[] longs = binaryLongs(tag, vr, bytes);
                double[] out = new double[longs.length];
                for (int i = 0; i < longs.length; i++) {
                    out[i] = longs[i];
                }
                yield out;
            }
            case STRING -> {
                List<String> strings = strings(tag, vr, bytes, SpecificCharacterSet.DEFAULT);
                double[] out = new double[strings.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = parseDouble(tag, vr, strings.get(i));
                }
                yield out;
            }
            default -> throw new MalformedValueException(tag, vr, "not a numeric VR");
        };
    }

    private static double parseDouble(int tag, VR vr, String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new MalformedValueException(tag, vr, "'" + s + "' is not a number");
        }
    }

    private static void checkMultiple(int tag, VR vr, byte[] bytes, int size) {
        if (bytes.length % size != 0) {
            throw new MalformedValueException(tag, vr, "length " + bytes.length + " is not a multiple of " + size);
        }
    }

    static byte[] encodeStrings(VR vr, SpecificCharacterSet cs, String... strings) {
        String joined = String.join("\\", strings);
        Delimiters delimiters =
                vr == VR.PN ? Delimiters.PERSON_NAME : vr.kind() == VR.Kind.TEXT ? Delimiters.TEXT : Delimiters.VALUE;
        byte[] bytes =
                vr.usesCharacterSet() ? cs.encode(joined, delimiters) : joined.getBytes(StandardCharsets.ISO_8859_1);
        if ((bytes.length & 1) == 0) {
            return bytes;
        }
        byte[] padded = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        padded[bytes.length] = (byte) vr.paddingByte();
        return padded;
    }

    static byte[] encodeInts(int tag, VR vr, int... ints) {
        if (vr == VR.IS || vr == VR.DS) {
            String[] strings = new String[ints.length];
            for (int i = 0; i < ints.length; i++) {
                strings[i] = Integer.toString(ints[i]);
            }
            return encodeStrings(vr, SpecificCharacterSet.DEFAULT, strings);
        }
        if (vr.kind() != VR.Kind.UNSIGNED && vr.kind() != VR.Kind.SIGNED) {
            throw new MalformedValueException(tag, vr, "cannot store integers in this VR");
        }
        int size = vr.bytesPerValue();
        byte[] out = new byte[ints.length * size];
        for (int i = 0; i < ints.length; i++) {
            long v = ints[i];
            for (int b = 0; b < size; b++) {
                out[i * size + b] = (byte) (v >> (8 * b));
            }
        }
        return out;
    }

    static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    static int s32(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | b[i + 3] << 24;
    }

    static long s64(byte[] b, int i) {
        return (s32(b, i) & 0xFFFFFFFFL) | ((long) s32(b, i + 4)) << 32;
    }
}
