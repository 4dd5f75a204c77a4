package com.medvisionlab.deid.pixels;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/** Rectangle arithmetic shared by the detector, the OCR fusion and the tests' quality measures. */
public final class Boxes {

    private Boxes() {}

    /** Intersection over union, 0 when disjoint. */
    public static double iou(Rectangle a, Rectangle b) {
        long inter = area(a.intersection(b));
        long union = area(a) + area(b) - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    /** Fraction of {@code target}'s area that lies inside {@code cover}. */
    public static double coverage(Rectangle target, Rectangle cover) {
        long t = area(target);
        return t == 0 ? 0 : (double) area(target.intersection(cover)) / t;
    }

    /** Fraction of {@code target}'s area covered by the union of {@code covers} (pixel-exact, no double counting). */
    public static double coverage(Rectangle target, List<Rectangle> covers) {
        if (target.isEmpty()) {
            return 0;
        }
        boolean[] hit = new boolean[target.width * target.height];
        for (Rectangle c : covers) {
            Rectangle i = target.intersection(c);
            for (int y = i.y; y < i.y + i.height; y++) {
                for (int x = i.x; x < i.x + i.width; x++) {
                    hit[(y - target.y) * target.width + (x - target.x)] = true;
                }
            }
        }
        int n = 0;
        for (boolean h : hit) {
            n += h ? 1 : 0;
        }
        return (double) n / hit.length;
    }

    static long area(Rectangle r) {
        return r.isEmpty() ? 0 : (long) r.width * r.height;
    }

    /** Grows a box by {@code margin} on each side and clips it to the image. */
    public static Rectangle grow(Rectangle r, int margin, int imageWidth, int imageHeight) {
        Rectangle g = new Rectangle(r.x - margin, r.y - margin, r.width + 2 * margin, r.height + 2 * margin);
        return g.intersection(new Rectangle(0, 0, imageWidth, imageHeight));
    }

    /**
     * Merges boxes that sit on the same text line and are close horizontally, until nothing changes.
     * "Same line" = vertical overlap of at least half the smaller height; "close" = gap below {@code gapFactor} times
     * the taller height (characters and words of one line are spaced by about one character height or less).
     */
    static List<Rectangle> mergeIntoLines(List<Rectangle> boxes, double gapFactor) {
        List<Rectangle> out = new ArrayList<>();
        boxes.forEach(b -> out.add(new Rectangle(b)));
        boolean changed = true;
        while (changed) { // each pass is O(n^2); passes stop once no two boxes are mergeable
            changed = false;
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    if (sameLineAndClose(out.get(i), out.get(j), gapFactor)) {
                        out.set(i, out.get(i).union(out.get(j)));
                        out.remove(j);
                        j = i; // the grown box may now reach boxes already passed over
                        changed = true;
                    }
                }
            }
        }
        return out;
    }

    private static boolean sameLineAndClose(Rectangle a, Rectangle b, double gapFactor) {
        int overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        if (overlapY < 0.5 * Math.min(a.height, b.height)) {
            return false;
        }
        int gapX = Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width);
        return gapX <= gapFactor * Math.max(a.height, b.height);
    }
}
