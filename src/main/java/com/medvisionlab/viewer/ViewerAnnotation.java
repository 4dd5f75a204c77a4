package com.medvisionlab.viewer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One annotation drawn in the viewer, in the image's own pixel coordinates (column x, row y, origin at the top-left
 * pixel's corner) so it is independent of zoom, pan and screen size.
 *
 * @param id          stable identity chosen by whoever created it (UUID text)
 * @param kind        what was drawn
 * @param sopInstanceUid the image it lies on
 * @param frame       1-based frame number (1 for single-frame objects)
 * @param points      the defining points: 2 for length/arrow/rectangle/ellipse (corners of the bounding box for ROIs),
 *                    3 for angle (vertex in the middle), 1 for text
 * @param text        the label of a text or arrow annotation, else null
 * @param measurement what the viewer measured when it was drawn (length, angle, ROI statistics), else null
 */
public record ViewerAnnotation(
        String id,
        Kind kind,
        String sopInstanceUid,
        int frame,
        List<Point> points,
        @Nullable String text,
        @Nullable Measurement measurement) {

    public ViewerAnnotation {
        points = List.copyOf(points);
    }

    public enum Kind {
        LENGTH,
        ANGLE,
        RECTANGLE_ROI,
        ELLIPSE_ROI,
        ARROW,
        TEXT
    }

    /** A point in image pixel coordinates. */
    public record Point(double x, double y) {}

    /**
     * @param value the length (mm), angle (degrees) or ROI mean (modality units, e.g. HU)
     * @param unit  "mm", "deg", "HU", or the modality unit; "px" when the image has no pixel spacing
     * @param stdDev ROI standard deviation in the same unit, else null
     * @param area  ROI area in mm² (px² without pixel spacing), else null
     */
    public record Measurement(
            double value,
            String unit,
            @Nullable Double stdDev,
            @Nullable Double area) {}
}
