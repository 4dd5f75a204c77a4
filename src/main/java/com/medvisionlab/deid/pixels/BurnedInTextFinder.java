package com.medvisionlab.deid.pixels;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Fuses the script-agnostic {@link TextDetector} with Tesseract word boxes: detector lines get the OCR text that lies
 * inside them, and confident OCR words the detector missed are added. Either stage alone misses things (OCR: CJK and
 * tiny text; detector: low-contrast text), so the union is what gets redacted.
 */
public final class BurnedInTextFinder {

    /** OCR words below this confidence are usually texture read as letters; they only annotate detector lines. */
    static final double MIN_OCR_CONFIDENCE = 70;
    /** OCR-only words smaller than this (px) are texture in anatomy far more often than legible text. */
    static final int MIN_OCR_HEIGHT = 7;

    private final TextDetector detector;
    private final Optional<OcrEngine> ocr;

    public BurnedInTextFinder(TextDetector detector, Optional<OcrEngine> ocr) {
        this.detector = detector;
        this.ocr = ocr;
    }

    public List<TextRegion> find(BufferedImage image) {
        List<TextRegion> lines = detector.detect(image);
        if (ocr.isEmpty()) {
            return lines;
        }
        List<TextRegion> words = ocr.get().readWords(image);
        List<TextRegion> out = new ArrayList<>();
        for (TextRegion line : lines) {
            Rectangle box = line.box();
            String text = words.stream()
                    .filter(w -> Boxes.coverage(w.box(), box) >= 0.5)
                    .map(w -> w.text().orElse(""))
                    .collect(Collectors.joining(" "));
            out.add(new TextRegion(
                    box,
                    text.isBlank() ? Optional.empty() : Optional.of(text),
                    line.confidence(),
                    TextRegion.Source.DETECTOR));
        }
        for (TextRegion word : words) {
            boolean known = lines.stream().anyMatch(l -> Boxes.coverage(word.box(), l.box()) >= 0.5);
            if (!known
                    && word.confidence() >= MIN_OCR_CONFIDENCE
                    && word.box().height >= MIN_OCR_HEIGHT
                    && hasTwoAlphanumerics(word.text().orElse(""))) {
                out.add(word);
            }
        }
        return out;
    }

    private static boolean hasTwoAlphanumerics(String s) {
        return s.codePoints().filter(Character::isLetterOrDigit).count() >= 2;
    }
}
