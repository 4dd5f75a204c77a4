package com.medvisionlab.redaction;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * A rectangle of pixels a researcher wants blanked, in image coordinates (columns, rows), on every frame of the
 * image: the engine blanks reviewer boxes on all frames of a clip, because clips carry their annotations at fixed
 * places on the screen.
 */
public record RedactionBox(int x, int y, int width, int height) {

    public RedactionBox {
        if (x < 0 || y < 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException(
                    "a box needs x>=0, y>=0, width>0, height>0: " + x + "," + y + " " + width + "x" + height);
        }
    }

    public static RedactionBox of(Rectangle r) {
        return new RedactionBox(r.x, r.y, r.width, r.height);
    }

    Rectangle toRectangle() {
        return new Rectangle(x, y, width, height);
    }

    /** The stored form: {@code x,y,width,height} per box, boxes separated by {@code ;}. */
    static String format(List<RedactionBox> boxes) {
        return String.join(
                ";",
                boxes.stream()
                        .map(b -> b.x + "," + b.y + "," + b.width + "," + b.height)
                        .toList());
    }

    static List<RedactionBox> parse(String stored) {
        List<RedactionBox> boxes = new ArrayList<>();
        for (String part : stored.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] v = part.strip().split(",");
            if (v.length != 4) {
                throw new IllegalArgumentException("not a stored box: " + part);
            }
            boxes.add(new RedactionBox(
                    Integer.parseInt(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]), Integer.parseInt(v[3])));
        }
        return List.copyOf(boxes);
    }
}
