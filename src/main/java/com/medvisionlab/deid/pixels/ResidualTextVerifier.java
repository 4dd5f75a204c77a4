package com.medvisionlab.deid.pixels;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Re-reads an image after redaction to prove that no identifier (and, inside redacted boxes, no readable text at
 * all) is left. Independent of how the boxes were found, so it also checks rule-based and manual redactions.
 */
public final class ResidualTextVerifier {

    /** Below this confidence Tesseract output on a flat fill is noise, not "readable text". */
    static final double READABLE_CONFIDENCE = 50;

    private final OcrEngine ocr;
    private final FuzzyMatcher matcher;

    public ResidualTextVerifier(OcrEngine ocr, FuzzyMatcher matcher) {
        this.ocr = ocr;
        this.matcher = matcher;
    }

    /** An identifier (or one of its tokens) read back from the pixels. */
    public record ResidualHit(String identifier, String readText, double similarity, Optional<Rectangle> where) {
    }

    /**
     * @param hits          identifiers still readable
     * @param readableWords confident words (two or more letters/digits) read in the checked area
     */
    public record Report(List<ResidualHit> hits, List<TextRegion> readableWords) {
        /** No identifier was read back. */
        public boolean noIdentifiers() {
            return hits.isEmpty();
        }

        /** Nothing readable at all in the checked area. */
        public boolean noReadableText() {
            return readableWords.isEmpty();
        }
    }

    /** Checks the whole image. */
    public Report verify(BufferedImage image, List<String> identifiers) {
        return report(ocr.readWords(image), identifiers);
    }

    /** Checks only inside {@code boxes} (each read on its own, so a flat box is not rescued by text nearby). */
    public Report verify(BufferedImage image, List<Rectangle> boxes, List<String> identifiers) {
        List<TextRegion> words = new ArrayList<>();
        for (Rectangle box : boxes) {
            words.addAll(ocr.readWords(image, box));
        }
        return report(words, identifiers);
    }

    private Report report(List<TextRegion> words, List<String> identifiers) {
        String all = words.stream().map(w -> w.text().orElse("")).collect(Collectors.joining(" "));
        List<ResidualHit> hits = new ArrayList<>();
        for (String id : identifiers) {
            matcher.findAnyToken(id, all).ifPresent(m -> hits.add(
                    new ResidualHit(id, m.found(), m.similarity(), locate(m.found(), words))));
        }
        List<TextRegion> readable = words.stream()
                .filter(w -> w.confidence() >= READABLE_CONFIDENCE)
                .filter(w -> w.text().orElse("").codePoints().filter(Character::isLetterOrDigit).count() >= 2)
                .toList();
        return new Report(List.copyOf(hits), readable);
    }

    private static Optional<Rectangle> locate(String found, List<TextRegion> words) {
        List<String> wanted = FuzzyMatcher.tokens(found);
        return words.stream()
                .filter(w -> FuzzyMatcher.tokens(w.text().orElse("")).stream().anyMatch(wanted::contains))
                .map(TextRegion::box)
                .findFirst();
    }
}
