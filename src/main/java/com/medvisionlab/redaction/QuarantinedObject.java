package com.medvisionlab.redaction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A de-identified object held back at ingest.
 *
 * @param reasons message keys saying why
 * @param boxes   the researcher's boxes as last applied (empty before a release was tried)
 * @param decided who released or discarded it, and when
 */
public record QuarantinedObject(
        String studyInstanceUid,
        String seriesInstanceUid,
        String sopInstanceUid,
        List<String> reasons,
        String quarantinedBy,
        Instant quarantinedAt,
        QuarantineState state,
        List<RedactionBox> boxes,
        Optional<Decision> decided) {

    public QuarantinedObject {
        reasons = List.copyOf(reasons);
        boxes = List.copyOf(boxes);
    }

    /** Who decided, and when. */
    public record Decision(String by, Instant at) {}
}
