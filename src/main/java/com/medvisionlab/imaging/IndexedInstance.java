package com.medvisionlab.imaging;

import java.time.Instant;

/** An instance as the index holds it, with where its bytes are (for WADO-RS). */
public record IndexedInstance(
        String studyInstanceUid,
        String seriesInstanceUid,
        InstanceAttributes attributes,
        StoredObject stored,
        Instant createdAt) {}
