package com.medvisionlab.deid.pixels;

/**
 * A cheap look at one grey frame, in plain Java on its stored samples, that tells when the {@link TextDetector}
 * cannot find anything there, so that the detector (and with it the OpenCV libraries, ~1-2 s to load) runs only on
 * frames that may carry text. Two rules, both on 8x8 tiles (one pass over the samples, min and max per tile, two
 * rows of tiles kept at a time):
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

    /** Side of a tile, in pixels. */
    public static final int TILE = 8;
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
        if (width < 2 || height < 2) {
            return Verdict.NO_STROKE;
        }
        Tiles tiles = tiles(width, (long) max - min);
        for (int row = 0; row < height; row += TILE) {
            int rows = Math.min(TILE, height - row);
            tiles.addBand(samples, row * width, rows);
        }
        return tiles.verdict(min, max, useTexture);
    }

    /**
     * Tile statistics filled one band of {@value #TILE} rows at a time, top to bottom, so that a frame can be read
     * from disk without ever being held: only two rows of tiles and a histogram are kept.
     *
     * @param maxSpread the largest difference two samples can have (e.g. 2^bits - 1)
     */
    public Tiles tiles(int width, long maxSpread) {
        return new Tiles(width, maxSpread);
    }

    /** Min and max per 8x8 tile, two rows of tiles at a time; then {@link #verdict}. */
    public final class Tiles {
        private final int width;
        private final int tilesX;
        private final int shift;
        /** Tiles' spreads, shifted right by {@code shift} (at most 4,096 buckets). */
        private final int[] histogram;

        private int[] previousMin;
        private int[] previousMax;
        private int[] currentMin;
        private int[] currentMax;
        private boolean hasPrevious;
        private long tiles;
        private long strongest;
        private int[] converted = new int[0];
        private int min = Integer.MAX_VALUE;
        private int max = Integer.MIN_VALUE;

        private Tiles(int width, long maxSpread) {
            this.width = width;
            this.tilesX = (width + TILE - 1) / TILE;
            int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, maxSpread));
            this.shift = Math.max(0, bits - 12); // at most 4,096 buckets: cheap to clear per frame
            this.histogram = new int[(int) (Math.max(1, maxSpread) >> shift) + 1];
            previousMin = new int[tilesX];
            previousMax = new int[tilesX];
            currentMin = new int[tilesX];
            currentMax = new int[tilesX];
        }

        /**
         * Adds the next band of rows (at most {@value #TILE}; only the last band of a frame may be shorter).
         *
         * @param samples the band's samples from {@code offset}, row by row
         */
        public void addBand(int[] samples, int offset, int rows) {
            java.util.Arrays.fill(currentMin, Integer.MAX_VALUE);
            java.util.Arrays.fill(currentMax, Integer.MIN_VALUE);
            int fullTiles = width / TILE;
            for (int r = 0; r < rows; r++) {
                int row = offset + r * width;
                // eight samples per step (the CLI's JVM runs C1, which does not unroll): ~3x the plain loop
                for (int tx = 0, i = row; tx < fullTiles; tx++, i += TILE) {
                    int v0 = samples[i], v1 = samples[i + 1], v2 = samples[i + 2], v3 = samples[i + 3];
                    int v4 = samples[i + 4], v5 = samples[i + 5], v6 = samples[i + 6], v7 = samples[i + 7];
                    int lo = Math.min(
                            Math.min(Math.min(v0, v1), Math.min(v2, v3)), Math.min(Math.min(v4, v5), Math.min(v6, v7)));
                    int hi = Math.max(
                            Math.max(Math.max(v0, v1), Math.max(v2, v3)), Math.max(Math.max(v4, v5), Math.max(v6, v7)));
                    if (lo < currentMin[tx]) {
                        currentMin[tx] = lo;
                    }
                    if (hi > currentMax[tx]) {
                        currentMax[tx] = hi;
                    }
                }
                if (fullTiles < tilesX) { // the narrower last tile of a row
                    for (int i = row + fullTiles * TILE; i < row + width; i++) {
                        currentMin[fullTiles] = Math.min(currentMin[fullTiles], samples[i]);
                        currentMax[fullTiles] = Math.max(currentMax[fullTiles], samples[i]);
                    }
                }
            }
            for (int tx = 0; tx < tilesX; tx++) {
                int lo = currentMin[tx];
                int hi = currentMax[tx];
                min = Math.min(min, lo);
                max = Math.max(max, hi);
                long spread = (long) hi - lo;
                histogram[(int) Math.min(histogram.length - 1, spread >> shift)]++;
                // the 2x2 block of this tile, its right neighbour and the two tiles above them
                if (tx + 1 < tilesX) {
                    lo = Math.min(lo, currentMin[tx + 1]);
                    hi = Math.max(hi, currentMax[tx + 1]);
                }
                if (hasPrevious) {
                    lo = Math.min(lo, previousMin[tx]);
                    hi = Math.max(hi, previousMax[tx]);
                    if (tx + 1 < tilesX) {
                        lo = Math.min(lo, previousMin[tx + 1]);
                        hi = Math.max(hi, previousMax[tx + 1]);
                    }
                }
                strongest = Math.max(strongest, (long) hi - lo);
            }
            tiles += tilesX;
            int[] swap = previousMin;
            previousMin = currentMin;
            currentMin = swap;
            swap = previousMax;
            previousMax = currentMax;
            currentMax = swap;
            hasPrevious = true;
        }

        /**
         * As {@link #addBand(int[], int, int)} for 16-bit stored values as read (e.g. by a little-endian
         * {@code ShortBuffer}): each is masked to {@code bitsStored} and sign-extended when {@code signed}, as the
         * decoder does, without a separate conversion pass.
         */
        public void addBand(short[] stored, int offset, int rows, int bitsStored, boolean signed) {
            int count = rows * width;
            if (converted.length < count) {
                converted = new int[count];
            }
            int shiftLeft = 32 - bitsStored;
            if (signed) {
                for (int i = 0; i < count; i++) {
                    converted[i] = (stored[offset + i] << shiftLeft) >> shiftLeft;
                }
            } else {
                for (int i = 0; i < count; i++) {
                    converted[i] = (stored[offset + i] << shiftLeft) >>> shiftLeft;
                }
            }
            addBand(converted, 0, rows);
        }

        /** The smallest sample added. */
        public int min() {
            return min;
        }

        /** The largest sample added. */
        public int max() {
            return max;
        }

        /**
         * @param min the sample the detector's grey image maps to 0 (the frame's minimum, or 0 for 8-bit)
         * @param max the sample it maps to 255
         */
        public Verdict verdict(long min, long max, boolean useTexture) {
            long range = max - min;
            if (range <= 0 || tiles == 0) {
                return Verdict.NO_STROKE;
            }
            // A stretched difference above the stroke contrast, in stored units; one grey level of margin for rounding.
            long stroke = (strokeContrast - 1) * range / 255;
            if (strongest <= stroke) {
                return Verdict.NO_STROKE;
            }
            if (useTexture && strongest - textureLevel() <= stroke) {
                return Verdict.TEXTURE_EVERYWHERE;
            }
            return Verdict.MAY_CONTAIN_TEXT;
        }

        /**
         * The {@value #TEXTURE_PERCENTILE}th percentile of the tiles' spreads, rounded down to its bucket's lower
         * bound: a lower texture level only makes the texture rule rarer.
         */
        private long textureLevel() {
            long wanted = tiles * TEXTURE_PERCENTILE / 100;
            long seen = 0;
            for (int b = 0; b < histogram.length; b++) {
                seen += histogram[b];
                if (seen > wanted) {
                    return (long) b << shift;
                }
            }
            return (long) (histogram.length - 1) << shift;
        }
    }
}
