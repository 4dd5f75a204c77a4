package com.medvisionlab.imaging;

import java.util.Optional;

/**
 * What indexing one object did.
 *
 * @param conflict why the object was refused; present exactly when the outcome is {@link Outcome#CONFLICT}
 */
public record IndexResult(
        Outcome outcome,
        String studyInstanceUid,
        String seriesInstanceUid,
        String sopInstanceUid,
        Optional<Conflict> conflict) {

    public enum Outcome {
        /** The instance is new and now in the index. */
        INDEXED,
        /** The same object (same SOP Instance UID and content hash) was indexed before; nothing changed. */
        ALREADY_PRESENT,
        /** The object contradicts what the index holds; nothing changed. See {@link Conflict}. */
        CONFLICT
    }

    public enum Conflict {
        /** Another object with different content is indexed under this SOP Instance UID. */
        DIFFERENT_CONTENT_UNDER_SOP_INSTANCE_UID,
        /** The series is indexed under another study. */
        SERIES_BELONGS_TO_ANOTHER_STUDY
    }

    public IndexResult {
        if (conflict.isPresent() != (outcome == Outcome.CONFLICT)) {
            throw new IllegalArgumentException("a conflict reason goes with the CONFLICT outcome only");
        }
    }

    static IndexResult of(Outcome outcome, IndexedAttributes object) {
        return new IndexResult(
                outcome,
                object.study().studyInstanceUid(),
                object.series().seriesInstanceUid(),
                object.instance().sopInstanceUid(),
                Optional.empty());
    }

    static IndexResult conflict(Conflict conflict, IndexedAttributes object) {
        return new IndexResult(
                Outcome.CONFLICT,
                object.study().studyInstanceUid(),
                object.series().seriesInstanceUid(),
                object.instance().sopInstanceUid(),
                Optional.of(conflict));
    }
}
