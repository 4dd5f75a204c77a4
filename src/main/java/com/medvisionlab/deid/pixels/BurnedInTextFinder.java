package com.medvisionlab.deid.pixels;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Fuses the script-agnostic {@link TextDetector} with Tesseract word boxes: detector lines get the OCR text that lies
 * inside them, and confident OCR words the detector missed are added. Either stage alone misses things (OCR: CJK and
 * tiny text; detector: low-contrast text), so the union is what gets redacted. {@link #find} reads the whole image
 * (images where text is expected); {@link #findWhereDetected} runs OCR only on the lines the detector flagged, and
 * not at all when it flagged none (every other image: a CT slice without text never reaches Tesseract).
 */
public final class BurnedInTextFinder {

    /** OCR words below this confidence are usually texture read as letters; they only annotate detector lines. */
    static final double MIN_OCR_CONFIDENCE = 70;
    /** OCR-only words smaller than this (px) are texture in anatomy far more often than legible text. */
    static final int MIN_OCR_HEIGHT = 7;

    private final TextDetector detector;
    private final Optional<Supplier<OcrEngine>> ocr;

    public BurnedInTextFinder(TextDetector detector, Optional<OcrEngine> ocr) {
        this.detector = detector;
        this.ocr = ocr.map(engine -> () -> engine);
    }

    /** With an OCR engine obtained on first use, so that a run whose images show no text never loads Tesseract. */
    public BurnedInTextFinder(TextDetector detector, Supplier<OcrEngine> ocr) {
        this.detector = detector;
        this.ocr = Optional.of(ocr);
    }

    /** Detector lines and OCR words of the whole image. */
    public List<TextRegion> find(BufferedImage image) {
        List<TextRegion> lines = detector.detect(image);
        if (ocr.isEmpty()) {
            return lines;
        }
        return fuse(lines, ocr.get().get().readWords(image));
    }

    /** Detector lines, each read by OCR inside its box (plus a small margin); no OCR when there is no line. */
    public List<TextRegion> findWhereDetected(BufferedImage image) {
        List<TextRegion> lines = detector.detect(image);
        if (ocr.isEmpty() || lines.isEmpty()) {
            return lines;
        }
        OcrEngine engine = ocr.get().get();
        List<TextRegion> words = new ArrayList<>();
        for (TextRegion line : lines) {
            words.addAll(engine.readWords(image, line.box()));
        }
        return fuse(lines, words);
    }

    private static List<TextRegion> fuse(List<TextRegion> lines, List<TextRegion> words) {
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
