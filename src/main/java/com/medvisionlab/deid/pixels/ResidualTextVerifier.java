package com.medvisionlab.deid.pixels;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Re-reads an image after redaction to prove that no identifier (and, inside redacted boxes, no readable text at
 * all) is left. Independent of how the boxes were found, so it also checks rule-based and manual redactions.
 */
public final class ResidualTextVerifier {

    /** Below this confidence Tesseract output on a flat fill is noise, not "readable text". */
    static final double READABLE_CONFIDENCE = 50;

    private final Supplier<OcrEngine> ocr;
    private final FuzzyMatcher matcher;
    private final Optional<TextDetector> detector;
    private final Optional<Supplier<OcrEngine>> chineseOcr;

    /** OCR-only verification (English model: proves nothing about CJK text unless {@link #readingChineseWith}). */
    public ResidualTextVerifier(OcrEngine ocr, FuzzyMatcher matcher) {
        this(ocr, matcher, Optional.empty());
    }

    /** As above with an engine obtained on first use (a run that never verifies never loads Tesseract). */
    public ResidualTextVerifier(Supplier<OcrEngine> ocr, FuzzyMatcher matcher) {
        this(ocr, matcher, Optional.empty(), Optional.empty());
    }

    /**
     * @param detector when present, also reports text-like regions left in the checked area, which covers scripts
     *                 the OCR model cannot read (Chinese)
     */
    public ResidualTextVerifier(OcrEngine ocr, FuzzyMatcher matcher, Optional<TextDetector> detector) {
        this(() -> ocr, matcher, detector, Optional.empty());
    }

    private ResidualTextVerifier(
            Supplier<OcrEngine> ocr,
            FuzzyMatcher matcher,
            Optional<TextDetector> detector,
            Optional<Supplier<OcrEngine>> chineseOcr) {
        this.ocr = ocr;
        this.matcher = matcher;
        this.detector = detector;
        this.chineseOcr = chineseOcr;
    }

    /**
     * This verifier, reading with {@code engine} (one that also knows Simplified Chinese, e.g. eng+chi_sim) whenever
     * an identifier contains Han characters. Asked for only then: the Chinese model doubles recognition time, so
     * images of patients with Latin-only identifiers keep the faster English engine.
     */
    public ResidualTextVerifier readingChineseWith(Supplier<OcrEngine> engine) {
        return new ResidualTextVerifier(ocr, matcher, detector, Optional.of(engine));
    }

    /** An identifier (or one of its tokens) read back from the pixels. */
    public record ResidualHit(String identifier, String readText, double similarity, Optional<Rectangle> where) {}

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
        return report(engineFor(identifiers).readWords(image), identifiers, textLike);
    }

    /** Checks only inside {@code boxes} (each read on its own, so a flat box is not rescued by text nearby). */
    public Report verify(BufferedImage image, List<Rectangle> boxes, List<String> identifiers) {
        List<TextRegion> words = new ArrayList<>();
        OcrEngine engine = engineFor(identifiers);
        for (Rectangle box : boxes) {
            words.addAll(engine.readWords(image, box));
        }
        List<TextRegion> textLike = detector.map(d -> d.detect(image)).orElse(List.of()).stream()
                .filter(r -> boxes.stream().anyMatch(b -> b.intersects(r.box())))
                .toList();
        return report(words, identifiers, textLike);
    }

    private OcrEngine engineFor(List<String> identifiers) {
        boolean han = identifiers.stream()
                .anyMatch(id ->
                        id.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        return han && chineseOcr.isPresent() ? chineseOcr.get().get() : ocr.get();
    }

    private Report report(List<TextRegion> words, List<String> identifiers, List<TextRegion> textLike) {
        String all = words.stream().map(w -> w.text().orElse("")).collect(Collectors.joining(" "));
        List<ResidualHit> hits = new ArrayList<>();
        for (String id : identifiers) {
            matcher.findAnyToken(id, all)
                    .ifPresent(m -> hits.add(new ResidualHit(id, m.found(), m.similarity(), locate(m.found(), words))));
        }
        List<TextRegion> readable = words.stream()
                .filter(w -> w.confidence() >= READABLE_CONFIDENCE)
                .filter(w -> w.text()
                                .orElse("")
                                .codePoints()
                                .filter(Character::isLetterOrDigit)
                                .count()
                        >= 2)
                .toList();
        return new Report(List.copyOf(hits), readable, textLike);
    }

    private static Optional<Rectangle> locate(String found, List<TextRegion> words) {
        List<String> wanted = FuzzyMatcher.tokens(found);
        String bare = String.join("", wanted);
        // a Han match is a window of separator-free text, so OCR may have split it over several words
        return words.stream()
                .filter(w -> FuzzyMatcher.tokens(w.text().orElse("")).stream()
                        .anyMatch(t -> wanted.contains(t) || FuzzyMatcher.isHan(t) && bare.contains(t)))
                .map(TextRegion::box)
                .findFirst();
    }
}
