package com.medvisionlab.deid.freetext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cleans free text (descriptions, comments, SR text values): removes the dataset's own identifying values
 * (names in any order and case, IDs, birth dates, institutions, addresses) and anything that looks like a date
 * (also written the Chinese way: 2012年3月9日, 二〇一二年三月九日, 3月9日), phone number, e-mail, URL, IP address or
 * long identifier; clinical words are left alone. The dataset's own dates are also found in full-width digits
 * (１９５０年１月２日) and with spaces between the Chinese parts. Each removed span
 * becomes {@value #REMOVED}; adjacent removals merge into one.
 */
public final class DescriptorCleaner {

    public static final String REMOVED = "[REMOVED]";

    private static final String MONTH =
            "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    /** Generic patterns, most specific first. */
    static final List<Pattern> GENERIC = List.of(
            Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"), // e-mail
            Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+"), // URL
            Pattern.compile("\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b"), // IPv4
            Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b"), // SSN
            Pattern.compile("(?i)\\b\\d{1,2}(?:st|nd|rd|th)?[\\s-]*" + MONTH + "[\\s,-]*\\d{2,4}\\b"), // 23 Jan 1971
            Pattern.compile("(?i)\\b" + MONTH + "\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{2,4}\\b"), // Jan 23, 1971
            Pattern.compile("(?i)\\b" + MONTH + "\\s+\\d{4}\\b"), // January 1971
            Pattern.compile("\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\b"), // 1971-01-23
            Pattern.compile("\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b"), // 01/23/71, 23.01.1971
            Pattern.compile("\\b(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\b"), // 19710123
            Pattern.compile(
                    "(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{2,4}\\)[\\s.-]?)\\d{3,4}[\\s.-]?\\d{3,4}\\b"), // (555) 123-4567
            Pattern.compile("(?:\\+\\d{1,3}[\\s.-]?)?\\b\\d{3}[\\s.-]\\d{3}[\\s.-]\\d{4}\\b"), // 555-123-4567
            Pattern.compile("\\+\\d{1,3}[\\s.-]?\\d{2,4}(?:[\\s.-]?\\d{2,4}){2,4}\\b"), // +39 010 555 1234
            Pattern.compile("(?i)\\b(?:tel|phone|fax|ph)\\.?:?\\s*[\\d\\s().+-]{6,}\\d"), // Tel: 555 12 34
            Pattern.compile("(?i)\\b[a-z]{1,4}-?\\d{5,}\\b"), // MRN12345
            Pattern.compile("\\b\\d{6,}\\b")); // long digit runs

    private static final String DIGIT = "[0-9\uFF10-\uFF19]"; // ASCII or full-width
    private static final String CHINESE_DIGIT = "[〇零○一二三四五六七八九]";
    private static final String CHINESE_NUMBER = "[一二三四五六七八九十]{1,3}";

    /** Dates written the Chinese way; all contain 月, so text without it skips them. */
    private static final List<Pattern> GENERIC_CHINESE = List.of(
            Pattern.compile("(?<!" + DIGIT + ")" + DIGIT + "{4}\\s*年\\s*" + DIGIT + "{1,2}\\s*月(?:\\s*" + DIGIT
                    + "{1,2}\\s*[日号])?"), // 1971年1月23日, 1971年1月
            Pattern.compile(CHINESE_DIGIT + "{4}\\s*年\\s*" + CHINESE_NUMBER + "\\s*月(?:\\s*" + CHINESE_NUMBER
                    + "\\s*[日号])?"), // 一九七一年一月二十三日
            Pattern.compile("(?<!" + DIGIT + ")" + DIGIT + "{1,2}\\s*月\\s*" + DIGIT + "{1,2}\\s*[日号]"), // 1月23日
            Pattern.compile(CHINESE_NUMBER + "\\s*月\\s*" + CHINESE_NUMBER + "\\s*[日号]")); // 一月二十三日

    private static final Pattern MERGE =
            Pattern.compile(Pattern.quote(REMOVED) + "(?:[\\s,;^]*" + Pattern.quote(REMOVED) + ")+");

    private static final String REPLACEMENT = Matcher.quoteReplacement(REMOVED);
    /** Enough for the descriptions of the series of one patient; beyond it values are cleaned but not kept. */
    private static final int MAX_REMEMBERED = 1024;

    private final List<Pattern> specific;
    /**
     * Cleaned values by input: the slices of a series repeat the same descriptions, and one cleaner serves one
     * patient, so each distinct value goes through the regular expressions once. Pure function, so safe to share.
     */
    private final Map<String, String> cleaned = new ConcurrentHashMap<>();

    private final IdentifyingValues values;
    /** The dates again, with full-width digits, Chinese forms and spacing: only for text that may hold them. */
    private final List<Pattern> wideOrChineseDates;

    public DescriptorCleaner(IdentifyingValues values) {
        this.specific = specificPatterns(values);
        this.values = values;
        this.wideOrChineseDates = values.dates().stream()
                .map(date -> Pattern.compile("(?<!" + DIGIT + ")(?:"
                        + IdentifyingValues.dateSpellings(date).stream()
                                .map(DescriptorCleaner::flexibleDate)
                                .collect(Collectors.joining("|"))
                        + ")(?!" + DIGIT + ")"))
                .toList();
    }

    public String clean(String text) {
        if (text.isBlank()) {
            return text;
        }
        String known = cleaned.get(text);
        if (known != null) {
            return known;
        }
        String out = text;
        for (Pattern p : specific) {
            out = p.matcher(out).replaceAll(REPLACEMENT);
        }
        if (values.mayHoldWideOrChineseDate(out)) {
            for (Pattern p : wideOrChineseDates) {
                out = p.matcher(out).replaceAll(REPLACEMENT);
            }
        }
        if (mayMatchGeneric(out)) {
            for (Pattern p : GENERIC) {
                out = p.matcher(out).replaceAll(REPLACEMENT);
            }
        }
        if (out.indexOf('月') >= 0) { // constant time on Latin-1 text, which cannot hold it
            for (Pattern p : GENERIC_CHINESE) {
                out = p.matcher(out).replaceAll(REPLACEMENT);
            }
        }
        int removed = out.indexOf(REMOVED);
        if (removed >= 0 && out.indexOf(REMOVED, removed + REMOVED.length()) >= 0) {
            out = MERGE.matcher(out).replaceAll(REPLACEMENT);
        }
        if (cleaned.size() < MAX_REMEMBERED) {
            cleaned.put(text, out);
        }
        return out;
    }

    /**
     * False only when no {@link #GENERIC} pattern can match: each needs an ASCII digit, an {@code @}, or a URL
     * start ({@code http}, {@code www}). Most descriptions have none, and skipping sixteen regular expressions
     * for them matters on every file of a batch.
     */
    static boolean mayMatchGeneric(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || c == '@') {
                return true;
            }
            if ((c == 'h' || c == 'H') && text.regionMatches(true, i, "http", 0, 4)) {
                return true;
            }
            if ((c == 'w' || c == 'W') && text.regionMatches(true, i, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> specificPatterns(IdentifyingValues values) {
        List<Pattern> patterns = new ArrayList<>();
        // Phrases (institutions, addresses) first, so a name inside an institution does not split it.
        values.phrases().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(p -> patterns.add(
                        Pattern.compile(flexibleWhitespace(p), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        for (String date : values.dates()) {
            // ASCII spellings as literals here; the Chinese ones, and all of them in full-width digits, come later
            String alternatives = IdentifyingValues.dateSpellings(date).stream()
                    .filter(DescriptorCleaner::isAscii)
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"));
            patterns.add(Pattern.compile("(?<!\\d)(?:" + alternatives + ")(?!\\d)"));
        }
        values.ids().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(id -> patterns.add(Pattern.compile(
                        "(?<![A-Za-z0-9])" + Pattern.quote(id) + "(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE)));
        // Chinese names are written without word boundaries, inside other words ("王伟胸部CT"); spaces may be inserted
        values.ideographicNames().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(n -> patterns.add(Pattern.compile(n.codePoints()
                        .mapToObj(Character::toString)
                        .map(Pattern::quote)
                        .collect(Collectors.joining("\\s*")))));
        if (!values.nameTokens().isEmpty()) {
            // A run of name tokens in any order, separated by spaces, commas, dots or carets, plus single-letter
            // initials next to them: "John Doe", "DOE, JOHN", "doe^john", "J. Doe".
            String token = values.nameTokens().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|", "(?:", ")"));
            String word = "(?<![\\p{L}\\p{N}])" + token + "(?![\\p{L}\\p{N}])";
            String initial = "(?<![\\p{L}\\p{N}])(?-i:\\p{Lu})\\.?";
            String sep = "[\\s,.^]+";
            patterns.add(Pattern.compile(
                    "(?:" + initial + sep + ")?" + word + "(?:" + sep + "(?:" + word + "|" + initial
                            + "(?![\\p{L}\\p{N}])))*",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return patterns;
    }

    /**
     * A date spelling as a pattern that also accepts full-width digits and separators (１９５０－０１－０２), spaces
     * around the Chinese 年 月 日, 号 for 日 and 零 or ○ for 〇, all seen in typed Chinese text.
     */
    private static String flexibleDate(String spelling) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < spelling.length(); i++) {
            char c = spelling.charAt(i);
            out.append(
                    switch (c) {
                        case '年', '月' -> "\\s*" + c + "\\s*";
                        case '日' -> "\\s*[日号]";
                        case '〇' -> "[〇零○]";
                        case '-' -> "[-\uFF0D]";
                        case '/' -> "[/\uFF0F]";
                        case '.' -> "[.\uFF0E]";
                        default ->
                            c >= '0' && c <= '9'
                                    ? "[" + c + IdentifyingValues.toFullWidth(c) + "]"
                                    : Pattern.quote(String.valueOf(c));
                    });
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static String flexibleWhitespace(String phrase) {
        return phrase.toUpperCase(Locale.ROOT)
                .chars()
                .mapToObj(c -> Character.isWhitespace(c) ? "\\s+" : Pattern.quote(String.valueOf((char) c)))
                .collect(Collectors.joining());
    }
}
