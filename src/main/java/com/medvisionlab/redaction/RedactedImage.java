package com.medvisionlab.redaction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored image whose pixels were redacted, awaiting (or having had) a researcher's confirmation.
 *
 * @param redactedAreas one line per blanked area, as written into De-identification Method (e.g.
 *                      {@code pixels redacted 12,8 310x24 detected})
 * @param addedBoxes    boxes the researcher added on review
 * @param confirmed     who confirmed, and when
 */
public record RedactedImage(
        String studyInstanceUid,
        String seriesInstanceUid,
        String sopInstanceUid,
        List<String> redactedAreas,
        List<RedactionBox> addedBoxes,
        Instant recordedAt,
        ConfirmationState state,
        Optional<QuarantinedObject.Decision> confirmed) {

    public RedactedImage {
        redactedAreas = List.copyOf(redactedAreas);
        addedBoxes = List.copyOf(addedBoxes);
    }

    /** The areas as boxes, for outlining them; lines that name no area (e.g. a note on frames) are left out. */
    public List<RedactionBox> areaBoxes() {
        return RedactedAreas.boxes(redactedAreas);
    }
}
