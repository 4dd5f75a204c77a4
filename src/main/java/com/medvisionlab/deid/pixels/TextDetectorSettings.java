package com.medvisionlab.deid.pixels;

/**
 * Tuning of {@link TextDetector}. Defaults suit annotation text of roughly 7-60 px height on 8-bit renderings.
 *
 * @param minGlyphHeight        smallest glyph/line height kept (px); below this nothing is readable anyway
 * @param maxGlyphHeight        tallest line kept (px); also capped at an eighth of the image height
 * @param closingWidth          width of the horizontal closing that glues strokes into glyphs (px)
 * @param minStrokeContrast     minimum grey-level edge strength (morphological gradient, 0..255) of a stroke
 * @param minLineContrast       minimum spread of grey levels (5th..95th percentile) inside a text line
 * @param minFill               minimum fraction of a component's box covered by edge pixels
 * @param minLineAspect         minimum width/height of a merged line
 * @param maxLineWidthFraction  components wider than this fraction of the image are borders, not text
 * @param lineGapFactor         glyphs closer than this many line heights are merged into one line
 */
public record TextDetectorSettings(
        int minGlyphHeight,
        int maxGlyphHeight,
        int closingWidth,
        int minStrokeContrast,
        int minLineContrast,
        double minFill,
        double minLineAspect,
        double maxLineWidthFraction,
        double lineGapFactor) {

    public static TextDetectorSettings defaults() {
        return new TextDetectorSettings(6, 60, 5, 60, 110, 0.35, 1.2, 0.9, 1.0);
    }
}
