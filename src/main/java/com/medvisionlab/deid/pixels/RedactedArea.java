package com.medvisionlab.deid.pixels;

import java.awt.Rectangle;

/**
 * A blacked-out area (margin included, clipped to the image) and why it was blacked out, for the de-identification
 * log and the reviewer's screen.
 */
public record RedactedArea(Rectangle box, Origin origin) {

    /** Why an area was blacked out. */
    public enum Origin {
        RULE,
        MANUAL,
        DETECTED
    }

    public RedactedArea {
        box = new Rectangle(box); // Rectangle is mutable; keep ours private
    }

    @Override
    public Rectangle box() {
        return new Rectangle(box);
    }
}
