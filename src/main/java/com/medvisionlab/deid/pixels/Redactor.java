package com.medvisionlab.deid.pixels;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Blacks out boxes in place, in the image's own sample format (8/16-bit grey, signed 16-bit, RGB, palette), so the
 * result can go straight back into a DICOM frame. Detected, rule-based and reviewer-drawn boxes all go through here.
 */
public final class Redactor {

    /** Default margin: OCR and detector boxes hug the glyphs; anti-aliased edges reach 1-2 px further. */
    public static final int DEFAULT_MARGIN = 3;

    private final int margin;
    private final Fill fill;

    public Redactor() {
        this(DEFAULT_MARGIN, Fill.black());
    }

    public Redactor(int margin, Fill fill) {
        if (margin < 0) {
            throw new IllegalArgumentException("margin must be >= 0, was " + margin);
        }
        this.margin = margin;
        this.fill = fill;
    }

    /**
     * Fills each box (grown by the margin, clipped to the image) and returns the boxes actually filled; boxes
     * entirely outside the image are skipped.
     */
    public List<Rectangle> redact(BufferedImage image, Collection<Rectangle> boxes) {
        WritableRaster raster = image.getRaster();
        int[] values = fillValues(image);
        List<Rectangle> done = new ArrayList<>();
        for (Rectangle box : boxes) {
            Rectangle r = Boxes.grow(box, margin, image.getWidth(), image.getHeight());
            if (r.isEmpty()) {
                continue;
            }
            int[] row = new int[r.width];
            for (int band = 0; band < raster.getNumBands(); band++) {
                Arrays.fill(row, values[band]);
                for (int y = r.y; y < r.y + r.height; y++) {
                    raster.setSamples(r.x, y, r.width, 1, band, row);
                }
            }
            done.add(r);
        }
        return done;
    }

    private int[] fillValues(BufferedImage image) {
        WritableRaster raster = image.getRaster();
        int bands = raster.getNumBands();
        int[] values = new int[bands];
        switch (fill.kind()) {
            case CONSTANT -> Arrays.fill(values, fill.value());
            case IMAGE_MINIMUM -> minimumPerBand(raster, values);
            case BLACK -> {
                if (image.getColorModel() instanceof IndexColorModel palette) {
                    values[0] = darkestEntry(palette);
                } else if (raster.getDataBuffer().getDataType() == DataBuffer.TYPE_SHORT) {
                    minimumPerBand(raster, values);
                }
            }
        }
        return values;
    }

    private static void minimumPerBand(WritableRaster raster, int[] values) {
        for (int band = 0; band < values.length; band++) {
            int min = Integer.MAX_VALUE;
            int[] row = new int[raster.getWidth()];
            for (int y = 0; y < raster.getHeight(); y++) {
                raster.getSamples(0, y, row.length, 1, band, row);
                for (int v : row) {
                    min = Math.min(min, v);
                }
            }
            values[band] = min;
        }
    }

    private static int darkestEntry(IndexColorModel palette) {
        int best = 0;
        int bestSum = Integer.MAX_VALUE;
        for (int i = 0; i < palette.getMapSize(); i++) {
            int sum = palette.getRed(i) + palette.getGreen(i) + palette.getBlue(i);
            if (sum < bestSum) {
                bestSum = sum;
                best = i;
            }
        }
        return best;
    }
}
