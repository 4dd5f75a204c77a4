package com.medvisionlab.deid.pixels;

import static org.bytedeco.opencv.global.opencv_core.CV_32S;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_HEIGHT;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_LEFT;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_TOP;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_WIDTH;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_CLOSE;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_ELLIPSE;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_GRADIENT;
import static org.bytedeco.opencv.global.opencv_imgproc.MORPH_RECT;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_OTSU;
import static org.bytedeco.opencv.global.opencv_imgproc.connectedComponentsWithStats;
import static org.bytedeco.opencv.global.opencv_imgproc.getStructuringElement;
import static org.bytedeco.opencv.global.opencv_imgproc.morphologyEx;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.indexer.IntIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Script-agnostic burned-in text detector (works for Latin and Chinese alike, no dictionaries).
 *
 * <p>Pipeline: morphological gradient (strong, thin edges = strokes) → binarise at Otsu but never below a minimum
 * stroke contrast → short horizontal closing to glue strokes into glyphs → connected components → geometric filters
 * (height, fill, width) and a stroke-contrast check on the original pixels → neighbouring glyphs merged into lines.
 * Anatomy has soft, large edges; overlay text has small, sharp, dense ones: that contrast is what the filters use.
 */
public final class TextDetector {

    private final TextDetectorSettings settings;

    public TextDetector() {
        this(TextDetectorSettings.defaults());
    }

    public TextDetector(TextDetectorSettings settings) {
        this.settings = settings;
    }

    /** Text-line boxes (source {@link TextRegion.Source#DETECTOR}), top-to-bottom, left-to-right. */
    public List<TextRegion> detect(BufferedImage image) {
        GreyImage grey = GreyImage.of(image);
        List<Rectangle> glyphs = glyphCandidates(grey);
        List<Rectangle> lines = Boxes.mergeIntoLines(glyphs, settings.lineGapFactor());
        List<TextRegion> out = new ArrayList<>();
        for (Rectangle line : lines) {
            if (looksLikeTextLine(line, glyphsIn(line, glyphs), grey)) {
                out.add(TextRegion.detected(line, strokeContrast(grey, line) / 2.55));
            }
        }
        out.sort((a, b) ->
                a.box().y != b.box().y ? Integer.compare(a.box().y, b.box().y) : Integer.compare(a.box().x, b.box().x));
        return out;
    }

    private List<Rectangle> glyphCandidates(GreyImage grey) {
        List<Rectangle> out = new ArrayList<>();
        try (Mat src = grey.toMat();
                Mat gradient = new Mat();
                Mat binary = new Mat();
                Mat closed = new Mat();
                Mat labels = new Mat();
                Mat stats = new Mat();
                Mat centroids = new Mat();
                Size k3 = new Size(3, 3);
                Mat ellipse = getStructuringElement(MORPH_ELLIPSE, k3);
                Size kLine = new Size(settings.closingWidth(), 1);
                Mat horizontal = getStructuringElement(MORPH_RECT, kLine)) {
            morphologyEx(src, gradient, MORPH_GRADIENT, ellipse);
            double otsu = threshold(gradient, binary, 0, 255, THRESH_BINARY | THRESH_OTSU);
            if (otsu < settings.minStrokeContrast()) {
                threshold(gradient, binary, settings.minStrokeContrast(), 255, THRESH_BINARY);
            }
            morphologyEx(binary, closed, MORPH_CLOSE, horizontal);
            int n = connectedComponentsWithStats(closed, labels, stats, centroids, 8, CV_32S);
            try (IntIndexer s = stats.createIndexer()) {
                for (int i = 1; i < n; i++) {
                    Rectangle r = new Rectangle(
                            s.get(i, CC_STAT_LEFT),
                            s.get(i, CC_STAT_TOP),
                            s.get(i, CC_STAT_WIDTH),
                            s.get(i, CC_STAT_HEIGHT));
                    double fill = (double) s.get(i, CC_STAT_AREA) / Boxes.area(r);
                    if (r.height >= settings.minGlyphHeight()
                            && r.height <= maxHeight(grey)
                            && r.width <= settings.maxLineWidthFraction() * grey.width()
                            && fill >= settings.minFill()) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    private int maxHeight(GreyImage grey) {
        return Math.max(settings.minGlyphHeight(), Math.min(settings.maxGlyphHeight(), grey.height() / 8));
    }

    /**
     * A line is at least two glyphs (or one long run of glued glyphs) and has text-like contrast. A lone compact blob
     * is far more often a vessel, a calcification or a phantom edge than a one-character annotation.
     */
    private boolean looksLikeTextLine(Rectangle line, int glyphCount, GreyImage grey) {
        double aspect = (double) line.width / line.height;
        return line.height <= maxHeight(grey)
                && aspect >= settings.minLineAspect()
                && (glyphCount >= 2 || aspect >= 2 * settings.minLineAspect())
                && strokeContrast(grey, line) >= settings.minLineContrast();
    }

    private static int glyphsIn(Rectangle line, List<Rectangle> glyphs) {
        int n = 0;
        for (Rectangle g : glyphs) {
            n += line.contains(g) ? 1 : 0;
        }
        return n;
    }

    /** Spread between dark and bright pixels in the box (5th..95th percentile); text on any background has a lot. */
    static int strokeContrast(GreyImage grey, Rectangle box) {
        int[] hist = new int[256];
        int total = 0;
        for (int y = box.y; y < box.y + box.height; y++) {
            for (int x = box.x; x < box.x + box.width; x++) {
                hist[grey.at(x, y)]++;
                total++;
            }
        }
        return percentile(hist, total, 0.95) - percentile(hist, total, 0.05);
    }

    private static int percentile(int[] hist, int total, double p) {
        long target = Math.round(p * (total - 1));
        long seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += hist[v];
            if (seen > target) {
                return v;
            }
        }
        return 255;
    }
}
