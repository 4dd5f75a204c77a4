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
        long caseCount,
        InstructorAnnotations instructorAnnotations) {

    /** A set with the default {@link InstructorAnnotations#AFTER_SUBMISSION}. */
    public CaseSetView(
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
        this(
                id,
                courseId,
                position,
                title,
                description,
                opensAt,
                closesAt,
                readingMode,
                state,
                caseCount,
                InstructorAnnotations.AFTER_SUBMISSION);
    }

    public CaseSetDraft toDraft() {
        return new CaseSetDraft(title, description, opensAt, closesAt, readingMode, instructorAnnotations);
    }
}
