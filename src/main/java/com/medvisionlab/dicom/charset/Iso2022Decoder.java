package com.medvisionlab.dicom.charset;

/** Decodes one ISO 2022 value: follows escape sequences and resets to the initial code elements at delimiters. */
final class Iso2022Decoder {

    private final CodeElement initialG0;
    private final CodeElement initialG1;
    private final SpecificCharacterSet.Delimiters delimiters;

    Iso2022Decoder(CodeElement[] declared, SpecificCharacterSet.Delimiters delimiters) {
        CodeElement first = declared[0];
        if (first == CodeElement.JIS_X0201_KATAKANA) {
            // ISO 2022 IR 13 as first value: JIS X 0201 romaji in G0, katakana in G1.
            this.initialG0 = CodeElement.JIS_X0201_ROMAN;
            this.initialG1 = first;
        } else {
            this.initialG0 = first.isG0() ? first : CodeElement.ASCII;
            this.initialG1 = first.isG0() ? null : first;
        }
        this.delimiters = delimiters;
    }

    String decode(byte[] bytes, int offset, int length) {
        StringBuilder out = new StringBuilder(length);
        CodeElement g0 = initialG0;
        CodeElement g1 = initialG1;
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b == 0x1B) {
                CodeElement designated = CodeElement.byEscape(bytes, i, end);
                if (designated == null) {
                    out.append('\uFFFD'); // unknown escape: keep going rather than lose the rest of the value
                    i++;
                    continue;
                }
                i += designated.escape.length;
                if (designated.isG0()) {
                    g0 = designated;
                } else {
                    g1 = designated;
                }
                continue;
            }
            int runEnd = i;
            if (b < 0x80) {
                if (g0.bytesPerChar == 1) {
                    while (runEnd < end
                            && bytes[runEnd] >= 0
                            && bytes[runEnd] != 0x1B
                            && !delimiters.contains(bytes[runEnd])) {
                        runEnd++;
                    }
                    out.append(g0.decode(bytes, i, runEnd - i));
                    if (runEnd < end && delimiters.contains(bytes[runEnd])) {
                        out.append((char) bytes[runEnd]);
                        runEnd++;
                        g0 = initialG0;
                        g1 = initialG1;
                    }
                } else {
                    while (runEnd + 1 < end && bytes[runEnd] >= 0x21 && bytes[runEnd + 1] >= 0x21) {
                        runEnd += 2;
                    }
                    if (runEnd == i) {
                        // a control character (or a lone byte) inside a two-byte G0 run
                        out.append((char) b);
                        if (delimiters.contains(b)) {
                            g0 = initialG0;
                            g1 = initialG1;
                        }
                        runEnd++;
                    } else {
                        out.append(g0.decode(bytes, i, runEnd - i));
                    }
                }
            } else {
                CodeElement set = g1 == null ? CodeElement.LATIN1 : g1;
                int step = set.bytesPerChar;
                while (runEnd + step - 1 < end && bytes[runEnd] < 0 && (step == 1 || bytes[runEnd + 1] < 0)) {
                    runEnd += step;
                }
                if (runEnd == i) {
                    out.append('\uFFFD');
                    runEnd++;
                } else {
                    out.append(set.decode(bytes, i, runEnd - i));
                }
            }
            i = runEnd;
        }
        return out.toString();
    }
}
