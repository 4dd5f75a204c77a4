package com.medvisionlab.deid.freetext;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The identifying values found in one input dataset (names, IDs, dates of birth, institutions, addresses, phone
 * numbers). Both the {@link DescriptorCleaner} and the independent verification scan look for them. Values too
 * short or too generic to identify anyone ("MR", "ANONYMOUS") are dropped, because matching them would flag
 * ordinary clinical words.
 */
public final class IdentifyingValues {

    /** Name parts that are titles or placeholders, never searched for on their own. */
    static final Set<String> NOT_NAME_TOKENS = Set.of(
            "DR",
            "MR",
            "MRS",
            "MS",
            "MISS",
            "PROF",
            "JR",
            "SR",
            "MD",
            "PHD",
            "RN",
            "II",
            "III",
            "IV",
            "ANONYMOUS",
            "ANONYMIZED",
            "ANONYMISED",
            "ANON",
            "UNKNOWN",
            "NONE",
            "NULL",
            "NAME",
            "PATIENT",
            "TEST");

    private static final int MIN_NAME_TOKEN = 3;
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\^\\s,.]+");
    private static final Pattern HAN_NAME_SEPARATORS = Pattern.compile("[\\^\\s\u00b7\u30fb.]+");
    private static final int MIN_HAN_NAME = 2;
    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MIN_ID_LENGTH = 3;
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private final Set<String> nameTokens = new LinkedHashSet<>();
    private final Set<String> ids = new LinkedHashSet<>();
    private final Set<String> dates = new LinkedHashSet<>();
    private final Set<String> phrases = new LinkedHashSet<>();
    private final Set<String> ideographicNames = new LinkedHashSet<>();

    /**
     * A PN value: every component ({@code ^}) and word of the alphabetic group is kept as a name token; a group
     * written in Han characters (the ideographic group {@code =王^伟=}, or a Chinese alphabetic group) is also kept
     * whole, family name first without separators (王伟), when it has at least two characters.
     */
    public IdentifyingValues addPersonName(String pn) {
        if (isPlainAscii(pn)) {
            addAsciiNameTokens(pn);
            return this;
        }
        String[] groups = pn.split("=", -1);
        for (int g = 0; g < Math.min(groups.length, 2); g++) {
            String joined = HAN_NAME_SEPARATORS.matcher(groups[g]).replaceAll("");
            if (joined.codePointCount(0, joined.length()) >= MIN_HAN_NAME
                    && joined.codePoints()
                            .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                ideographicNames.add(joined);
            }
        }
        String alphabetic = groups[0];
        for (String token : NAME_SEPARATORS.split(alphabetic)) {
            String t = token.strip().toUpperCase(Locale.ROOT);
            if (t.length() >= MIN_NAME_TOKEN
                    && !NOT_NAME_TOKENS.contains(t)
                    && t.chars().anyMatch(Character::isLetter)) {
                nameTokens.add(t);
            }
        }
        return this;
    }

    /**
     * The common case of {@link #addPersonName} without regular expressions: in printable ASCII without {@code =}
     * there are no Han characters and one group, so only the tokens between separators ({@code ^}, space, comma,
     * dot) count, exactly as the general path splits them.
     */
    private void addAsciiNameTokens(String pn) {
        int start = 0;
        for (int i = 0; i <= pn.length(); i++) {
            if (i == pn.length() || isNameSeparator(pn.charAt(i))) {
                if (i - start >= MIN_NAME_TOKEN) {
                    String t = pn.substring(start, i).toUpperCase(Locale.ROOT);
                    if (!NOT_NAME_TOKENS.contains(t) && hasLetter(t)) {
                        nameTokens.add(t);
                    }
                }
                start = i + 1;
            }
        }
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '=') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameSeparator(char c) {
        return c == '^' || c == ' ' || c == ',' || c == '.';
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** An identifier (Patient ID, accession number, study ID...), matched anywhere, case-insensitively. */
    public IdentifyingValues addId(String id) {
        String t = id.strip().toUpperCase(Locale.ROOT);
        if (t.length() >= MIN_ID_LENGTH && !NOT_NAME_TOKENS.contains(t)) {
            ids.add(t);
        }
        return this;
    }

    /** A DA value such as a birth date ({@code YYYYMMDD}); searched for in many spellings. */
    public IdentifyingValues addDate(String da) {
        String t = da.strip();
        if (EIGHT_DIGITS.matcher(t).matches()) {
            dates.add(t);
        }
        return this;
    }

    /** Free text such as an institution name or address, matched as a whole phrase (whitespace-insensitive). */
    public IdentifyingValues addPhrase(String text) {
        for (String part : text.split("\\^")) {
            String t = WHITESPACE.matcher(part.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
            if (t.length() >= 4 && !NOT_NAME_TOKENS.contains(t)) {
                phrases.add(t);
            }
        }
        return this;
    }

    public Set<String> nameTokens() {
        return Collections.unmodifiableSet(nameTokens);
    }

    public Set<String> ids() {
        return Collections.unmodifiableSet(ids);
    }

    public Set<String> dates() {
        return Collections.unmodifiableSet(dates);
    }

    public Set<String> phrases() {
        return Collections.unmodifiableSet(phrases);
    }

    /** Person names written in Han characters, whole and without separators (王伟); see {@link #addPersonName}. */
    public Set<String> ideographicNames() {
        return Collections.unmodifiableSet(ideographicNames);
    }

    /**
     * Whether {@code text} may spell one of the {@link #dates()} the Chinese way or in full-width digits: it holds
     * 年 or the full-width first digit of one of their years. {@code indexOf} of a character beyond Latin-1 returns
     * at once on a Latin-1 string, so ASCII text pays nothing for this check.
     */
    public boolean mayHoldWideOrChineseDate(String text) {
        if (dates.isEmpty()) {
            return false;
        }
        if (text.indexOf('年') >= 0) {
            return true;
        }
        for (String date : dates) {
            if (text.indexOf(toFullWidth(date.charAt(0))) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The full-width form (U+FF10..U+FF19) of an ASCII digit. */
    public static char toFullWidth(char asciiDigit) {
        return (char) (asciiDigit - '0' + '\uFF10');
    }

    public boolean isEmpty() {
        return nameTokens.isEmpty()
                && ids.isEmpty()
                && dates.isEmpty()
                && phrases.isEmpty()
                && ideographicNames.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentifyingValues other
                && nameTokens.equals(other.nameTokens)
                && ids.equals(other.ids)
                && dates.equals(other.dates)
                && phrases.equals(other.phrases)
                && ideographicNames.equals(other.ideographicNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nameTokens, ids, dates, phrases, ideographicNames);
    }

    /**
     * Common spellings of a {@code YYYYMMDD} date: ISO, US and European orders with / . - separators, also without
     * leading zeros (not with dots: UIDs are digits and dots, and unpadded dotted triples occur inside them), and
     * the Chinese forms 1950年1月2日, 1950年01月02日 and 一九五〇年一月二日. Callers add their own tolerance for
     * spaces between the Chinese parts, full-width digits and 号 for 日. This is the one place a date spelling is
     * added: the burned-in text check takes these and adds month names ({@code ScreenIdentifiers}).
     */
    public static List<String> dateSpellings(String yyyymmdd) {
        String y = yyyymmdd.substring(0, 4);
        String m = yyyymmdd.substring(4, 6);
        String d = yyyymmdd.substring(6, 8);
        String mu = withoutLeadingZero(m);
        String du = withoutLeadingZero(d);
        Set<String> out = new LinkedHashSet<>(List.of(yyyymmdd));
        for (String sep : List.of("-", "/", ".")) {
            out.add(y + sep + m + sep + d);
            out.add(m + sep + d + sep + y);
            out.add(d + sep + m + sep + y);
        }
        for (String sep : List.of("-", "/")) {
            out.add(y + sep + mu + sep + du);
            out.add(mu + sep + du + sep + y);
            out.add(du + sep + mu + sep + y);
        }
        out.add(y + "年" + mu + "月" + du + "日");
        out.add(y + "年" + m + "月" + d + "日");
        out.add(chineseNumeralDate(y, Integer.parseInt(m), Integer.parseInt(d)));
        return List.copyOf(out);
    }

    private static String withoutLeadingZero(String twoDigits) {
        return twoDigits.charAt(0) == '0' ? twoDigits.substring(1) : twoDigits;
    }

    /** 1950, 1, 2 -> 一九五〇年一月二日: the year digit by digit, month and day as numbers (十二月, 三十一日). */
    private static String chineseNumeralDate(String year, int month, int day) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < year.length(); i++) {
            out.append(CHINESE_DIGITS.charAt(year.charAt(i) - '0'));
        }
        return out.append('年')
                .append(chineseNumber(month))
                .append('月')
                .append(chineseNumber(day))
                .append('日')
                .toString();
    }

    /** 0..99 as written in a Chinese date: 二, 十, 十二, 二十, 三十一. */
    private static String chineseNumber(int n) {
        if (n < 10) {
            return String.valueOf(CHINESE_DIGITS.charAt(n));
        }
        String tens = n < 20 ? "十" : CHINESE_DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + CHINESE_DIGITS.charAt(n % 10);
    }
}
