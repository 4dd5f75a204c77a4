package com.medvisionlab.reading;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A submission row: one student's read of one case. */
@Table("submission")
record Submission(
        @Id @Nullable Long id,
        long caseId,
        String studentUsername,
        SubmissionState state,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant submittedAt) {

    static Submission draft(long caseId, String student, Instant now) {
        return new Submission(null, caseId, student, SubmissionState.DRAFT, now, now, null);
    }

    Submission touched(Instant now) {
        return new Submission(id, caseId, studentUsername, state, createdAt, now, submittedAt);
    }

    Submission submitted(Instant now) {
        return new Submission(id, caseId, studentUsername, SubmissionState.SUBMITTED, createdAt, now, now);
    }

    long requiredId() {
        if (id == null) {
            throw new IllegalStateException("submission not saved yet");
        }
        return id;
    }

    SubmissionView toView() {
        return new SubmissionView(requiredId(), caseId, state, createdAt, submittedAt);
    }
}
