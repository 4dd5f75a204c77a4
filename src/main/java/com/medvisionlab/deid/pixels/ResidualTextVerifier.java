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
    private final Optional<TextDetector> detector;

    /** OCR-only verification (English model: proves nothing about CJK text). */
    public ResidualTextVerifier(OcrEngine ocr, FuzzyMatcher matcher) {
        this(ocr, matcher, Optional.empty());
    }

    /**
     * @param detector when present, also reports text-like regions left in the checked area, which covers scripts
     *                 the OCR model cannot read (Chinese)
     */
    public ResidualTextVerifier(OcrEngine ocr, FuzzyMatcher matcher, Optional<TextDetector> detector) {
        this.ocr = ocr;
        this.matcher = matcher;
        this.detector = detector;
    }

    /** An identifier (or one of its tokens) read back from the pixels. */
    public record ResidualHit(String identifier, String readText, double similarity, Optional<Rectangle> where) {
    }

    /**
     * @param hits          identifiers still readable
     * @param readableWords confident words (two or more letters/digits) read in the checked area
     * @param textLike      detector regions overlapping the checked area (empty without a detector)
     */
    public record Report(List<ResidualHit> hits, List<TextRegion> readableWords, List<TextRegion> textLike) {
        /** No identifier was read back. */
        public boolean noIdentifiers() {
            return hits.isEmpty();
        }

        /** Nothing readable (by OCR) nor text-like (by the detector) in the checked area. */
        public boolean noReadableText() {
            return readableWords.isEmpty() && textLike.isEmpty();
        }
    }

    /** Checks the whole image. */
    public Report verify(BufferedImage image, List<String> identifiers) {
        List<TextRegion> textLike = detector.map(d -> d.detect(image)).orElse(List.of());
        return report(ocr.readWords(image), identifiers, textLike);
    }

    /** Checks only inside {@code boxes} (each read on its own, so a flat box is not rescued by text nearby). */
    public Report verify(BufferedImage image, List<Rectangle> boxes, List<String> identifiers) {
        List<TextRegion> words = new ArrayList<>();
        for (Rectangle box : boxes) {
            words.addAll(ocr.readWords(image, box));
        }
        List<TextRegion> textLike = detector.map(d -> d.detect(image)).orElse(List.of()).stream()
                .filter(r -> boxes.stream().anyMatch(b -> b.intersects(r.box())))
                .toList();
        return report(words, identifiers, textLike);
    }

    private Report report(List<TextRegion> words, List<String> identifiers, List<TextRegion> textLike) {
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
        return new Report(List.copyOf(hits), readable, textLike);
    }

    private static Optional<Rectangle> locate(String found, List<TextRegion> words) {
        List<String> wanted = FuzzyMatcher.tokens(found);
        return words.stream()
                .filter(w -> FuzzyMatcher.tokens(w.text().orElse("")).stream().anyMatch(wanted::contains))
                .map(TextRegion::box)
                .findFirst();
    }
}
