package com.medvisionlab.secondopinion.classifier;

import java.time.Instant;

/** A registered classifier as the researchers' page shows it. */
public record ClassifierSummary(
        long id,
        String engineId,
        String name,
        ClassifierSpec spec,
        String sha256,
        long sizeBytes,
        String registeredBy,
        Instant registeredAt) {}
