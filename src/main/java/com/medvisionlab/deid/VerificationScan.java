package com.medvisionlab.deid;

import com.medvisionlab.deid.freetext.IdentifyingValues;
import com.medvisionlab.deid.report.Finding;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Sequence;
import com.medvisionlab.dicom.data.Tag;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An independent check of an output dataset: every element value, recursively through sequences and including
 * private elements and small binary values, is searched for the identifying values collected from the input.
 * Deliberately does not reuse the cleaner's regular expressions: it tokenizes values and compares tokens, so a bug
 * in one is unlikely to hide in the other. Birth dates are also found as Chinese text writes them (1950年1月2日,
 * 一九五〇年一月二日, full-width digits, spaces between the parts); only values holding 年 or a full-width digit that
 * starts one of the years are folded for that. A file with any finding must be quarantined.
 */
public final class VerificationScan {

    /** Binary values larger than this (pixel data, waveforms) are not text and are not scanned. */
    private static final int MAX_BINARY_SCAN = 64 * 1024;

    private static final Set<VR> NUMERIC_BINARY_VRS =
            EnumSet.of(VR.US, VR.SS, VR.UL, VR.SL, VR.UV, VR.SV, VR.FL, VR.FD, VR.AT, VR.OF, VR.OD, VR.OL, VR.OV);

    /** Arrays rather than collections: iterated for every value of every file, without iterator objects. */
    private final String[] nameTokens;

    private final String[] ids;
    /**
     * Years of birth dates (1950, or 一九五〇 in Chinese numerals), and per year every spelling of the birth dates
     * that contains it: one search for the year rules out all of its spellings.
     */
    private final String[] dateYears;

    private final String[][] dateSpellingsByYear;
    private final IdentifyingValues values;
    private final String[] phrases;
    private final String[] ideographicNames;

    public VerificationScan(IdentifyingValues values) {
        this.nameTokens = values.nameTokens().toArray(String[]::new);
        this.ids = values.ids().toArray(String[]::new);
        Map<String, List<String>> byYear = new LinkedHashMap<>();
        for (String date : values.dates()) {
            String year = date.substring(0, 4);
            for (String spelling : IdentifyingValues.dateSpellings(date)) {
                String key = spelling.contains(year) ? year : spelling.substring(0, 4);
                byYear.computeIfAbsent(key, k -> new ArrayList<>()).add(spelling);
            }
        }
        this.dateYears = byYear.keySet().toArray(String[]::new);
        this.dateSpellingsByYear = new String[dateYears.length][];
        for (int i = 0; i < dateYears.length; i++) {
            dateSpellingsByYear[i] = byYear.get(dateYears[i]).toArray(String[]::new);
        }
        this.values = values;
        this.phrases = values.phrases().toArray(String[]::new);
        this.ideographicNames = values.ideographicNames().toArray(String[]::new);
    }

    public List<Finding> scan(Dataset dataset) {
        List<Finding> findings = new ArrayList<>();
        scan(dataset, null, findings);
        return findings;
    }

    /** Where a value sits: the chain of sequence items above it; spelled out only for a finding. */
    private record Item(Item parent, int sequenceTag, int index) {
        StringBuilder appendTo(StringBuilder out) {
            if (parent != null) {
                parent.appendTo(out);
            }
            return out.append(Tag.toString(sequenceTag))
                    .append('[')
                    .append(index)
                    .append("]/");
        }
    }

    private void scan(Dataset dataset, Item item, List<Finding> findings) {
        dataset.forEach((tag, vr, value) -> {
            if (vr == VR.SQ) {
                if (value instanceof Sequence items) {
                    for (int i = 0; i < items.size(); i++) {
                        scan(items.get(i), new Item(item, tag, i), findings);
                    }
                }
                return;
            }
            if (tag == Tags.PixelData || DicomTags.isOverlayOrCurveData(tag)) {
                return;
            }
            if (!NUMERIC_BINARY_VRS.contains(vr)) { // numbers in binary form cannot spell a name or an ID
                for (String text : DecodableText.of(dataset, tag)) {
                    check(text, item, tag, findings);
                }
            }
            // Opaque bytes held in memory (bulk data such as pixels stays in its file) are searched as Latin-1 text.
            if ((vr == VR.OB || vr == VR.UN || vr == VR.OW)
                    && value instanceof byte[] bytes
                    && bytes.length <= MAX_BINARY_SCAN) {
                check(new String(bytes, StandardCharsets.ISO_8859_1), item, tag, findings);
            }
        });
    }

    private void check(String value, Item item, int tag, List<Finding> findings) {
        String kind = kind(value);
        if (kind != null) {
            StringBuilder location = item == null ? new StringBuilder() : item.appendTo(new StringBuilder());
            findings.add(new Finding(location.append(Tag.toString(tag)).toString(), kind));
        }
    }

    /**
     * What identifying value {@code value} contains, or null (the value itself is never reported). Plain loops
     * rather than regular expressions: this runs on every element of every file, and kept simple it is both fast
     * and quick for the JIT to compile.
     */
    private String kind(String value) {
        if (value.isEmpty()) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT); // the same instance when nothing is lower case
        for (String token : nameTokens) {
            if (containsBounded(upper, token, Boundary.WORD)) {
                return "person name token";
            }
        }
        for (String id : ids) {
            if (containsBounded(upper, id, Boundary.WORD)) {
                return "identifier";
            }
        }
        if (dateYears.length > 0
                && (containsDate(upper)
                        || values.mayHoldWideOrChineseDate(value) && containsDate(foldChineseDate(upper)))) {
            return "birth date";
        }
        if (ideographicNames.length > 0) {
            // no word boundaries in Chinese: the name anywhere in the value, whatever spaces were put inside it
            String bare = withoutWhitespace(value);
            for (String name : ideographicNames) {
                if (bare.contains(name)) {
                    return "person name in Han characters";
                }
            }
        }
        if (phrases.length > 0) {
            String squeezed = squeezeWhitespace(upper);
            for (String phrase : phrases) {
                if (squeezed.contains(phrase)) {
                    return "institution or address";
                }
            }
        }
        return null;
    }

    private boolean containsDate(String text) {
        for (int y = 0; y < dateYears.length; y++) {
            if (text.contains(dateYears[y])) {
                for (String date : dateSpellingsByYear[y]) {
                    if (containsBounded(text, date, Boundary.DATE)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The value as the date spellings are written: full-width digits and separators as ASCII, 号 as 日, 零 and ○ as
     * 〇, no whitespace next to 年 月 日, and no leading zero after 年 or 月 (1950 年 01 月 02 日 -> 1950年1月2日).
     */
    private static String foldChineseDate(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                int end = i;
                while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                boolean datePartNext = end < text.length() && isDatePart(text.charAt(end));
                if (!isDatePart(previous(out)) && !datePartNext) {
                    out.append(text, i, end);
                }
                i = end;
                continue;
            }
            if (c >= '\uFF10' && c <= '\uFF19' || c == '\uFF0D' || c == '\uFF0E' || c == '\uFF0F') {
                c = (char) (c - 0xFEE0); // the full-width forms block mirrors ASCII
            } else if (c == '号') {
                c = '日';
            } else if (c == '零' || c == '○') {
                c = '〇';
            }
            boolean leadingZero = c == '0'
                    && (previous(out) == '年' || previous(out) == '月')
                    && i + 1 < text.length()
                    && isAnyDigit(text.charAt(i + 1));
            if (!leadingZero) {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    private static char previous(StringBuilder out) {
        return out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
    }

    private static boolean isDatePart(char c) {
        return c == '年' || c == '月' || c == '日' || c == '号';
    }

    private static boolean isAnyDigit(char c) {
        return c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
    }

    /** A plain loop: a char stream here costs more than the scan it guards (this runs on every value). */
    private static boolean hasWhitespace(String text, boolean ignoringSpace) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && !(ignoringSpace && c == ' ')) {
                return true;
            }
        }
        return false;
    }

    private static String withoutWhitespace(String text) {
        if (!hasWhitespace(text, false)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    private static String squeezeWhitespace(String text) {
        if (!hasWhitespace(text, true) && !text.contains("  ")) {
            return text; // most values: nothing to squeeze, no copy
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** What may stand next to a value for it to count as found on its own, not inside a longer word. */
    private enum Boundary {
        /** No letter or digit. */
        WORD,
        /**
         * For dates: Chinese text runs words together (患者1950年1月2日出生), so a Han, kana or Hangul character
         * next to a date does not make it part of a longer word; a digit or a Latin letter does.
         */
        DATE;

        boolean separates(char c) {
            return !Character.isLetterOrDigit(c) || this == DATE && c >= '\u2E80' && !Character.isDigit(c);
        }
    }

    /** Whether {@code needle} occurs in {@code text} with a {@code boundary} character (or nothing) on each side. */
    private static boolean containsBounded(String text, String needle, Boundary boundary) {
        int from = 0;
        while (true) {
            int at = text.indexOf(needle, from);
            if (at < 0) {
                return false;
            }
            int end = at + needle.length();
            boolean before = at == 0 || boundary.separates(text.charAt(at - 1));
            boolean after = end == text.length() || boundary.separates(text.charAt(end));
            if (before && after) {
                return true;
            }
            from = at + 1;
        }
    }
}
