package com.medvisionlab.reading;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A student's read of a case as pages show it. */
public record SubmissionView(
        long id,
        long caseId,
        SubmissionState state,
        Instant createdAt,
        @Nullable Instant submittedAt) {

    public boolean submitted() {
        return state == SubmissionState.SUBMITTED;
    }
}
