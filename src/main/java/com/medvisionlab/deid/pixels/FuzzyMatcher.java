package com.medvisionlab.deid.pixels;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Does this OCR text contain identifier X?" with tolerance for OCR slips: case, punctuation and diacritics are
 * ignored, DICOM's {@code ^} separator and Tesseract's habit of reading it as {@code *} both count as a space, and
 * tokens match by normalised Levenshtein similarity. Chinese is written without spaces and OCR puts spaces between
 * characters at random, so an identifier of Han characters is looked for in the text's letters with all separators
 * removed; two Han characters already make a name (王伟), where Latin needs three letters.
 */
public final class FuzzyMatcher {

    /** Tokens shorter than this are not matched alone: "M", "DR", "03" would hit everywhere. */
    private static final int MIN_TOKEN_LENGTH = 3;
    /** Two Han characters are a full given name plus surname; one is only a surname (or a common word). */
    private static final int MIN_HAN_LENGTH = 2;

    private final double threshold;

    /** A matcher accepting similarity of at least 0.8 (one slip in five characters). */
    public FuzzyMatcher() {
        this(0.8);
    }

    public FuzzyMatcher(double threshold) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        this.threshold = threshold;
    }

    /** A hit: which identifier (or part of it) was found, as what text, how similar (0..1). */
    public record Match(String identifier, String found, double similarity) {}

    /**
     * Best match of the whole identifier (its tokens written together, so "KAUFMAN^SCOTT" also matches
     * "KAUFMAN SCOTT" and "KAUFMANSCOTT") against any run of consecutive tokens in {@code text}.
     */
    public Optional<Match> findWhole(String identifier, String text) {
        String target = String.join("", tokens(identifier));
        if (target.length() < minimumLength(target)) {
            return Optional.empty();
        }
        if (isHan(target)) {
            return findHan(identifier, target, text);
        }
        List<String> words = tokens(text);
        Match best = null;
        for (int start = 0; start < words.size(); start++) {
            StringBuilder run = new StringBuilder();
            for (int end = start; end < words.size() && run.length() < target.length() * 2; end++) {
                run.append(words.get(end));
                double s = similarity(target, run.toString());
                if (s >= threshold && (best == null || s > best.similarity())) {
                    best = new Match(identifier, String.join(" ", words.subList(start, end + 1)), s);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Windows of the target's length (and one more or less, for a dropped or doubled character) in the bare text. */
    private Optional<Match> findHan(String identifier, String target, String text) {
        String bare = String.join("", tokens(text));
        Match best = null;
        for (int length = Math.max(1, target.length() - 1); length <= target.length() + 1; length++) {
            for (int start = 0; start + length <= bare.length(); start++) {
                String window = bare.substring(start, start + length);
                double s = similarity(target, window);
                if (s >= threshold && (best == null || s > best.similarity())) {
                    best = new Match(identifier, window, s);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Best match of any single identifier token (of at least three characters) in {@code text}: a surname alone on
     * screen is already identifying.
     */
    public Optional<Match> findAnyToken(String identifier, String text) {
        Match best = findWhole(identifier, text).orElse(null);
        List<String> words = tokens(text);
        for (String token : tokens(identifier)) {
            if (token.length() < minimumLength(token) || isHan(token)) {
                continue; // Han tokens were searched separator-free by findWhole (a name's parts alone are too common)
            }
            for (String word : words) {
                double s = similarity(token, word);
                if (s >= threshold && (best == null || s > best.similarity())) {
                    best = new Match(identifier, word, s);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** True when every character of {@code s} is a Han ideograph (and there is at least one). */
    static boolean isHan(String s) {
        return !s.isEmpty()
                && s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static int minimumLength(String token) {
        return isHan(token) ? MIN_HAN_LENGTH : MIN_TOKEN_LENGTH;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Lower-case letters and digits of {@code s}, split into tokens at anything else. */
    public static List<String> tokens(String s) {
        String plain =
                MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return Arrays.stream(NOT_LETTER_OR_DIGIT.split(plain.toLowerCase(Locale.ROOT)))
                .filter(t -> !t.isEmpty())
                .toList();
    }

    /** 1 - Levenshtein distance / longer length; 1 for equal strings, 0 for nothing in common. */
    public static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) levenshtein(a, b) / longer;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
