package com.medvisionlab.secondopinion;

import java.util.List;

/** Prepares what an engine sees, from de-identified stored images only. */
public interface OpinionImages {

    /**
     * The case's key images (or, without key images, the middle image of each linked series), the case's window
     * applied, at {@code size}x{@code size}.
     */
    List<PreparedImage> forCase(long caseId, int size);

    /** One chosen image and frame (1-based) at {@code size}x{@code size}, its own window applied. */
    PreparedImage forFrame(String sopInstanceUid, int frame, int size);
}
