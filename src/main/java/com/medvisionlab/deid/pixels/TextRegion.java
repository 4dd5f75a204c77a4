package com.medvisionlab.deid.pixels;

import java.awt.Rectangle;
import java.util.Objects;
import java.util.Optional;

/**
 * A place in an image that holds (or probably holds) burned-in text.
 *
 * @param box        pixel rectangle in image coordinates
 * @param text       the recognised text, when OCR read it
 * @param confidence 0..100 (OCR confidence, or the detector's own score)
 * @param source     which stage found it
 */
public record TextRegion(Rectangle box, Optional<String> text, double confidence, Source source) {

    /** Which stage produced a region. */
    public enum Source {
        DETECTOR,
        OCR
    }

    public TextRegion {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        box = new Rectangle(box); // Rectangle is mutable; keep ours private
    }

    @Override
    public Rectangle box() {
        return new Rectangle(box);
    }

    static TextRegion detected(Rectangle box, double score) {
        return new TextRegion(box, Optional.empty(), score, Source.DETECTOR);
    }

    static TextRegion recognised(Rectangle box, String text, double confidence) {
        return new TextRegion(box, Optional.of(text), confidence, Source.OCR);
    }
}
