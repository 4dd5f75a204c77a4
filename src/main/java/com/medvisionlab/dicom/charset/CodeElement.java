package com.medvisionlab.dicom.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * One ISO 2022 code element that DICOM allows (PS3.3 C.12.1.1.2, Tables C.12-3/C.12-4): its defined term, escape
 * sequence, whether it is invoked in G0 (bytes 21-7E) or G1 (A1-FE), and how many bytes make a character.
 */
enum CodeElement {
    ASCII("ISO 2022 IR 6", true, 1, "ISO-8859-1", 0x1B, 0x28, 0x42),
    JIS_X0201_ROMAN("ISO 2022 IR 13 G0", true, 1, "ISO-8859-1", 0x1B, 0x28, 0x4A),
    JIS_X0201_KATAKANA("ISO 2022 IR 13", false, 1, "Shift_JIS", 0x1B, 0x29, 0x49),
    LATIN1("ISO 2022 IR 100", false, 1, "ISO-8859-1", 0x1B, 0x2D, 0x41),
    LATIN2("ISO 2022 IR 101", false, 1, "ISO-8859-2", 0x1B, 0x2D, 0x42),
    LATIN3("ISO 2022 IR 109", false, 1, "ISO-8859-3", 0x1B, 0x2D, 0x43),
    LATIN4("ISO 2022 IR 110", false, 1, "ISO-8859-4", 0x1B, 0x2D, 0x44),
    CYRILLIC("ISO 2022 IR 144", false, 1, "ISO-8859-5", 0x1B, 0x2D, 0x4C),
    ARABIC("ISO 2022 IR 127", false, 1, "ISO-8859-6", 0x1B, 0x2D, 0x47),
    GREEK("ISO 2022 IR 126", false, 1, "ISO-8859-7", 0x1B, 0x2D, 0x46),
    HEBREW("ISO 2022 IR 138", false, 1, "ISO-8859-8", 0x1B, 0x2D, 0x48),
    LATIN5("ISO 2022 IR 148", false, 1, "ISO-8859-9", 0x1B, 0x2D, 0x4D),
    LATIN9("ISO 2022 IR 203", false, 1, "ISO-8859-15", 0x1B, 0x2D, 0x62),
    THAI("ISO 2022 IR 166", false, 1, "x-IBM874", 0x1B, 0x2D, 0x54),
    JIS_X0208("ISO 2022 IR 87", true, 2, "EUC-JP", 0x1B, 0x24, 0x42),
    JIS_X0212("ISO 2022 IR 159", true, 2, "EUC-JP", 0x1B, 0x24, 0x28, 0x44),
    KS_X1001("ISO 2022 IR 149", false, 2, "EUC-KR", 0x1B, 0x24, 0x29, 0x43),
    GB2312("ISO 2022 IR 58", false, 2, "GB2312", 0x1B, 0x24, 0x29, 0x41);

    final String term;
    final byte[] escape;
    private final boolean g0;
    final int bytesPerChar;
    final Charset charset;

    CodeElement(String term, boolean g0, int bytesPerChar, String charset, int... escape) {
        this.term = term;
        this.g0 = g0;
        this.bytesPerChar = bytesPerChar;
        this.charset = Charset.forName(charset);
        this.escape = new byte[escape.length];
        for (int i = 0; i < escape.length; i++) {
            this.escape[i] = (byte) escape[i];
        }
    }

    boolean isG0() {
        return g0;
    }

    static CodeElement byTerm(String term) {
        return Arrays.stream(values())
                .filter(e -> e.term.equals(term))
                .findFirst()
                .orElse(null);
    }

    /** The element an escape sequence at {@code bytes[at]} designates, or null. */
    static CodeElement byEscape(byte[] bytes, int at, int end) {
        for (CodeElement e : values()) {
            if (at + e.escape.length <= end
                    && Arrays.equals(bytes, at, at + e.escape.length, e.escape, 0, e.escape.length)) {
                return e;
            }
        }
        return null;
    }

    /** Decodes {@code count} bytes of this element's characters (already known to belong to it). */
    String decode(byte[] bytes, int at, int count) {
        return switch (this) {
            case JIS_X0208 -> new String(withHighBit(bytes, at, count, false), charset);
            case JIS_X0212 -> new String(withHighBit(bytes, at, count, true), charset);
            default -> new String(bytes, at, count, charset);
        };
    }

    /** EUC-JP carries JIS X 0208 with the high bit set, and JIS X 0212 with an 0x8F prefix per character. */
    private static byte[] withHighBit(byte[] bytes, int at, int count, boolean supplementary) {
        int chars = count / 2;
        byte[] euc = new byte[supplementary ? chars * 3 : chars * 2];
        int o = 0;
        for (int i = 0; i < chars * 2; i += 2) {
            if (supplementary) {
                euc[o++] = (byte) 0x8F;
            }
            euc[o++] = (byte) (bytes[at + i] | 0x80);
            euc[o++] = (byte) (bytes[at + i + 1] | 0x80);
        }
        return euc;
    }

    /** The bytes of one character in this element, or null when the element cannot represent it. */
    byte[] encode(String ch) {
        CharsetEncoder encoder = charset.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer buffer;
        try {
            buffer = encoder.encode(CharBuffer.wrap(ch));
        } catch (CharacterCodingException e) {
            return null;
        }
        byte[] b = new byte[buffer.remaining()];
        buffer.get(b);
        return switch (this) {
            case ASCII, JIS_X0201_ROMAN -> null; // ASCII characters are handled before candidates are tried
            case JIS_X0208 ->
                b.length == 2 && (b[0] & 0xFF) >= 0xA1 ? new byte[] {(byte) (b[0] & 0x7F), (byte) (b[1] & 0x7F)} : null;
            case JIS_X0212 ->
                b.length == 3 && (b[0] & 0xFF) == 0x8F ? new byte[] {(byte) (b[1] & 0x7F), (byte) (b[2] & 0x7F)} : null;
            case KS_X1001, GB2312 -> b.length == 2 && (b[0] & 0xFF) >= 0xA1 ? b : null;
            case JIS_X0201_KATAKANA -> b.length == 1 && (b[0] & 0xFF) >= 0xA1 && (b[0] & 0xFF) <= 0xDF ? b : null;
            default -> b.length == 1 && (b[0] & 0xFF) >= 0xA0 ? b : null;
        };
    }
}
