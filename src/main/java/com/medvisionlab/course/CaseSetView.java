package com.medvisionlab.course;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A case set as lists and editors show it. */
public record CaseSetView(
        long id,
        long courseId,
        int position,
        String title,
        String description,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        ReadingMode readingMode,
        PublicationState state,
        long caseCount) {

    public CaseSetDraft toDraft() {
        return new CaseSetDraft(title, description, opensAt, closesAt, readingMode);
    }
}
