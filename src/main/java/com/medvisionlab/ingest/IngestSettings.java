package com.medvisionlab.ingest;

import com.medvisionlab.deid.DeidConfig;
import java.util.UUID;

/**
 * How to take files in.
 *
 * @param deid    the de-identification to apply (the teaching preset unless a case set chose its options)
 * @param actor   the user name the audit trail records
 * @param batchId what one upload (an upload session, a STOW-RS request, a demo seeding) shares: JPEG/PNG photos,
 *                which carry no study of their own, are wrapped as Secondary Capture images of one study and series
 *                per batch. Not shown to anyone; the two-argument constructor makes a fresh one, so one settings
 *                object is one batch.
 */
public record IngestSettings(DeidConfig deid, String actor, String batchId) {

    public IngestSettings(DeidConfig deid, String actor) {
        this(deid, actor, UUID.randomUUID().toString());
    }

    public IngestSettings {
        if (batchId.isBlank()) {
            throw new IllegalArgumentException("batch id is blank");
        }
    }
}
