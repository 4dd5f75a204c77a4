package com.medvisionlab.deid.pixels;

import java.awt.Rectangle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A device whose screen layout is known: where it burns the patient banner. Text fields match case-insensitively as
 * substrings ("Philips" matches "Philips Medical Systems"); an empty field or absent size matches anything.
 *
 * @param modality     e.g. "US"; empty = any
 * @param manufacturer substring of Manufacturer; empty = any
 * @param model        substring of Manufacturer's Model Name; empty = any
 * @param rows         exact Rows, or empty = any
 * @param columns      exact Columns, or empty = any
 * @param boxes        areas to black out, in pixel coordinates
 * @param note         where the rule comes from
 */
public record RegionRule(
        String modality,
        String manufacturer,
        String model,
        Optional<Integer> rows,
        Optional<Integer> columns,
        List<Rectangle> boxes,
        String note) {

    public RegionRule {
        boxes = boxes.stream().map(Rectangle::new).toList();
    }

    public boolean matches(ImageOrigin image) {
        return (modality.isEmpty() || modality.equalsIgnoreCase(image.modality()))
                && contains(image.manufacturer(), manufacturer)
                && contains(image.model(), model)
                && (rows.isEmpty() || rows.get() == image.rows())
                && (columns.isEmpty() || columns.get() == image.columns());
    }

    private static boolean contains(String value, String wanted) {
        return wanted.isEmpty() || value.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
    }
}
