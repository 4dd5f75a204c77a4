package com.medvisionlab.dicom.charset;

import com.medvisionlab.dicom.DicomException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decodes and encodes string values by the Specific Character Set (0008,0005), PS3.5 6.1 and Annex H/I/J/K.
 * A single non-ISO-2022 term maps onto one Java charset. ISO 2022 terms use code extensions: escape sequences switch
 * G0/G1 code elements, and every delimiter (value {@code \}, PN {@code ^ =}, text control characters) returns to the
 * initial code elements.
 */
public final class SpecificCharacterSet {

    /** Which characters reset ISO 2022 code extensions to the initial state (PS3.5 6.1.2.5.3). */
    public enum Delimiters {
        /** Multi-valued strings: the value separator. */
        VALUE("\\"),
        /** Person names: value separator, component and component-group delimiters. */
        PERSON_NAME("\\^="),
        /** LT, ST, UT: control characters. */
        TEXT("\r\n\t\f");

        private final String chars;

        Delimiters(String chars) {
            this.chars = chars;
        }

        boolean contains(int b) {
            return chars.indexOf(b) >= 0;
        }
    }

    public static final SpecificCharacterSet DEFAULT =
            new SpecificCharacterSet(List.of(""), new CodeElement[] {CodeElement.ASCII}, null);

    private final List<String> terms;
    /** Code elements declared by ISO 2022 terms, in declaration order; first entry holds the initial G0/G1. */
    private final CodeElement[] declared;
    /** Non-null when a single non-ISO-2022 term applies: plain Java charset coding. */
    private final Charset simple;

    /**
     * Whether {@link #simple} writes every ASCII character as its own byte (checked once, not assumed): ASCII text,
     * most values, is then encoded without a charset encoder.
     */
    private final boolean simpleIsAsciiTransparent;

    private SpecificCharacterSet(List<String> terms, CodeElement[] declared, Charset simple) {
        this.terms = terms;
        this.declared = declared;
        this.simple = simple;
        this.simpleIsAsciiTransparent = simple != null && encodesAsciiAsItself(simple);
    }

    private static boolean encodesAsciiAsItself(Charset charset) {
        char[] ascii = new char[0x80];
        for (char c = 0; c < ascii.length; c++) {
            ascii[c] = c;
        }
        byte[] bytes = new String(ascii).getBytes(charset);
        if (bytes.length != ascii.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != i) {
                return false;
            }
        }
        return new String(bytes, charset).equals(new String(ascii));
    }

    /**
     * The character set for the values of (0008,0005). Unknown terms fail with a {@link DicomException}, so that
     * text is never silently decoded in the wrong repertoire.
     */
    public static SpecificCharacterSet of(List<String> values) {
        List<String> terms =
                values.stream().map(SpecificCharacterSet::normalizedTerm).toList();
        if (terms.isEmpty() || (terms.size() == 1 && terms.getFirst().isEmpty())) {
            return DEFAULT;
        }
        if (terms.size() == 1 && !terms.getFirst().startsWith("ISO 2022")) {
            return new SpecificCharacterSet(terms, null, simpleCharset(terms.getFirst()));
        }
        List<CodeElement> elements = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            if (term.isEmpty() && i == 0) {
                elements.add(CodeElement.ASCII);
                continue;
            }
            if (!term.startsWith("ISO 2022")) {
                // Tolerate "ISO_IR 100\ISO 2022 IR 87"-style mixes by the ISO 2022 equivalent of the first term.
                term = term.replace("ISO_IR", "ISO 2022 IR");
            }
            CodeElement element = CodeElement.byTerm(term);
            if (element == null) {
                throw new DicomException("unsupported Specific Character Set term '" + terms.get(i) + "'");
            }
            elements.add(element);
        }
        return new SpecificCharacterSet(terms, elements.toArray(CodeElement[]::new), null);
    }

    /**
     * Spellings seen in real files ("ISO-IR 100", "ISO_IR100", "iso_ir 192") mean the defined term; anything else
     * stays as written and is refused by {@link #of(List)}.
     */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern ISO_IR = Pattern.compile("^ISO[-_ ]?IR[-_ ]?(\\d+)$");
    private static final Pattern ISO_2022 = Pattern.compile("^ISO[-_ ]?2022[-_ ]?IR[-_ ]?(\\d+)$");

    private static String normalizedTerm(String raw) {
        String term = WHITESPACE.matcher(raw.strip().toUpperCase(Locale.ROOT)).replaceAll(" ");
        term = ISO_IR.matcher(term).replaceFirst("ISO_IR $1");
        return ISO_2022.matcher(term).replaceFirst("ISO 2022 IR $1");
    }

    public static SpecificCharacterSet of(String... values) {
        return of(Arrays.asList(values));
    }

    public List<String> terms() {
        return terms;
    }

    public boolean isDefault() {
        return this == DEFAULT;
    }

    private static Charset simpleCharset(String term) {
        String name = switch (term) {
            case "ISO_IR 6" -> "ISO-8859-1"; // as pydicom: bytes above 0x7F in default text read as Latin-1
            case "ISO_IR 100" -> "ISO-8859-1";
            case "ISO_IR 101" -> "ISO-8859-2";
            case "ISO_IR 109" -> "ISO-8859-3";
            case "ISO_IR 110" -> "ISO-8859-4";
            case "ISO_IR 144" -> "ISO-8859-5";
            case "ISO_IR 127" -> "ISO-8859-6";
            case "ISO_IR 126" -> "ISO-8859-7";
            case "ISO_IR 138" -> "ISO-8859-8";
            case "ISO_IR 148" -> "ISO-8859-9";
            case "ISO_IR 203" -> "ISO-8859-15";
            case "ISO_IR 166" -> "x-IBM874"; // TIS 620-2533 with the G1 set at 0xA0-0xFF
            case "ISO_IR 13" -> "Shift_JIS";
            case "ISO_IR 192" -> "UTF-8";
            case "GB18030" -> "GB18030";
            case "GBK" -> "GBK";
            default -> throw new DicomException("unsupported Specific Character Set term '" + term + "'");
        };
        return Charset.forName(name);
    }

    /** Decodes one element value (all its values, backslashes kept). */
    public String decode(byte[] bytes, Delimiters delimiters) {
        return decode(bytes, 0, bytes.length, delimiters);
    }

    public String decode(byte[] bytes, int offset, int length, Delimiters delimiters) {
        if (simple != null) {
            return new String(bytes, offset, length, simple);
        }
        if (isAscii(bytes, offset, length)) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        return new Iso2022Decoder(declared, delimiters).decode(bytes, offset, length);
    }

    /** Encodes text so that {@link #decode} gives it back; fails when a character has no code in this set. */
    public byte[] encode(String text, Delimiters delimiters) {
        boolean ascii = isAscii(text);
        if (ascii && (simple == null || simpleIsAsciiTransparent)) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
        if (simple != null) {
            var encoder = simple.newEncoder();
            if (!encoder.canEncode(text)) {
                throw new DicomException("text cannot be encoded in Specific Character Set " + terms);
            }
            return text.getBytes(simple);
        }
        return encodeIso2022(text, delimiters);
    }

    private byte[] encodeIso2022(String text, Delimiters delimiters) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 3);
        CodeElement first = declared[0];
        // ISO 2022 IR 13 as first value puts JIS X 0201 romaji in G0 (PS3.5 Table K-1), returned to with ESC ( J.
        CodeElement initialG0 = first == CodeElement.JIS_X0201_KATAKANA
                ? CodeElement.JIS_X0201_ROMAN
                : first.isG0() ? first : CodeElement.ASCII;
        CodeElement initialG1 = first.isG0() ? null : first;
        CodeElement singleByteG0 = initialG0.bytesPerChar == 1 ? initialG0 : CodeElement.ASCII;
        CodeElement g0 = initialG0;
        CodeElement g1 = initialG1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String ch = new String(Character.toChars(cp));
            if (cp < 0x80) {
                if (g0.bytesPerChar == 2) {
                    out.writeBytes(singleByteG0.escape);
                    g0 = singleByteG0;
                }
                out.write(cp);
                if (delimiters.contains(cp)) {
                    // the decoder falls back to the initial code elements here; an explicit G0 designation is only
                    // needed when the initial G0 is a two-byte set
                    if (initialG0.bytesPerChar == 2) {
                        out.writeBytes(initialG0.escape);
                    }
                    g0 = initialG0;
                    g1 = initialG1;
                }
                continue;
            }
            CodeElement chosen = null;
            byte[] code = null;
            for (CodeElement candidate : declared) {
                code = candidate.encode(ch);
                if (code != null) {
                    chosen = candidate;
                    break;
                }
            }
            if (chosen == null) {
                throw new DicomException(
                        "character U+" + Integer.toHexString(cp).toUpperCase(Locale.ROOT)
                                + " cannot be encoded in Specific Character Set " + terms);
            }
            if (chosen.isG0() && g0 != chosen) {
                out.writeBytes(chosen.escape);
                g0 = chosen;
            } else if (!chosen.isG0() && g1 != chosen) {
                out.writeBytes(chosen.escape);
                g1 = chosen;
            }
            out.writeBytes(code);
        }
        if (g0 != initialG0) {
            out.writeBytes(initialG0.escape);
        }
        return out.toByteArray();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(byte[] bytes, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if (bytes[i] < 0 || bytes[i] == 0x1B) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return String.join("\\", terms);
    }
}
