package com.medvisionlab.deid.pixels;

/**
 * A cheap look at one grey frame, in plain Java on its stored samples, that tells when the {@link TextDetector}
 * cannot find anything there, so that the detector (and with it the OpenCV libraries, ~1-2 s to load) runs only on
 * frames that may carry text. Two rules, both on 8x8 tiles (one pass over the samples, min and max per tile):
 * <ol>
 *   <li><b>No stroke anywhere</b> (exact): the detector's strokes are pixels whose 3x3 neighbourhood spreads more
 *       than {@link TextDetectorSettings#minStrokeContrast()} on the min..max-stretched image. Every such
 *       neighbourhood lies inside some 2x2 block of tiles, so when no 2x2 block spreads that much there is no stroke
 *       and the detector's answer is empty. This is what a flat background, a smooth radiograph or soft tissue
 *       meets.</li>
 *   <li><b>Nothing stands out of the texture</b> (empirical): when no 2x2 block spreads more than a stroke contrast
 *       above the frame's texture level (the {@value #TEXTURE_PERCENTILE}th percentile of the tiles' spreads), the
 *       frame is texture through and through (noise, a test pattern): a glyph must stand out of its background
 *       by a stroke contrast for the detector to isolate it, and in such a frame its edges merge with the
 *       texture's into components far larger than a line of text (checked on noise with text drawn at every
 *       contrast, see {@code TextPreCheckTest}). Only applied where no text is expected; images whose header or
 *       modality announces text always go to the detector.</li>
 * </ol>
 */
public final class TextPreCheck {

    static final int TILE = 8;
    /** The texture level of a frame: this percentile of its tiles' spreads (low, so a calm part keeps it low). */
    static final int TEXTURE_PERCENTILE = 25;

    private final int strokeContrast;

    public TextPreCheck() {
        this(TextDetectorSettings.defaults());
    }

    public TextPreCheck(TextDetectorSettings settings) {
        this.strokeContrast = settings.minStrokeContrast();
    }

    /** The verdict for one frame, with the rule that decided it (for tests and the benchmark). */
    public enum Verdict {
        NO_STROKE,
        TEXTURE_EVERYWHERE,
        MAY_CONTAIN_TEXT;

        public boolean mayContainText() {
            return this == MAY_CONTAIN_TEXT;
        }
    }

    /**
     * @param samples    one sample per pixel, row by row (grey frames; colour frames are not pre-checked)
     * @param min        the smallest sample (the detector stretches min..max)
     * @param max        the largest sample
     * @param useTexture apply the empirical texture rule too (only where no text is expected)
     */
    public Verdict check(int[] samples, int width, int height, int min, int max, boolean useTexture) {
        long range = (long) max - min;
        if (range <= 0 || width < 2 || height < 2) {
            return Verdict.NO_STROKE;
        }
        int tilesX = (width + TILE - 1) / TILE;
        int tilesY = (height + TILE - 1) / TILE;
        int[] tileMin = new int[tilesX * tilesY];
        int[] tileMax = new int[tilesX * tilesY];
        java.util.Arrays.fill(tileMin, Integer.MAX_VALUE);
        java.util.Arrays.fill(tileMax, Integer.MIN_VALUE);
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int tileRow = (y / TILE) * tilesX;
            for (int tx = 0; tx < tilesX; tx++) {
                int lo = tileMin[tileRow + tx];
                int hi = tileMax[tileRow + tx];
                int end = Math.min(width, (tx + 1) * TILE);
                for (int x = tx * TILE; x < end; x++) {
                    int s = samples[row + x];
                    if (s < lo) {
                        lo = s;
                    }
                    if (s > hi) {
                        hi = s;
                    }
                }
                tileMin[tileRow + tx] = lo;
                tileMax[tileRow + tx] = hi;
            }
        }
        // A stretched difference above the stroke contrast, in stored units; one grey level of margin for rounding.
        long stroke = (strokeContrast - 1) * range / 255;
        long strongest = 0;
        int[] spreads = new int[tilesX * tilesY];
        for (int ty = 0; ty < tilesY; ty++) {
            for (int tx = 0; tx < tilesX; tx++) {
                int i = ty * tilesX + tx;
                spreads[i] = tileMax[i] - tileMin[i];
                int lo = tileMin[i];
                int hi = tileMax[i];
                if (tx + 1 < tilesX) {
                    lo = Math.min(lo, tileMin[i + 1]);
                    hi = Math.max(hi, tileMax[i + 1]);
                }
                if (ty + 1 < tilesY) {
                    lo = Math.min(lo, tileMin[i + tilesX]);
                    hi = Math.max(hi, tileMax[i + tilesX]);
                    if (tx + 1 < tilesX) {
                        lo = Math.min(lo, tileMin[i + tilesX + 1]);
                        hi = Math.max(hi, tileMax[i + tilesX + 1]);
                    }
                }
                strongest = Math.max(strongest, (long) hi - lo);
            }
        }
        if (strongest <= stroke) {
            return Verdict.NO_STROKE;
        }
        if (useTexture) {
            java.util.Arrays.sort(spreads);
            long texture = spreads[spreads.length * TEXTURE_PERCENTILE / 100];
            if (strongest - texture <= stroke) {
                return Verdict.TEXTURE_EVERYWHERE;
            }
        }
        return Verdict.MAY_CONTAIN_TEXT;
    }
}
