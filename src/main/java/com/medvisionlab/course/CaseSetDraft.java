package com.medvisionlab.course;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an author sets on a case set.
 *
 * @param opensAt  students see the set from then on; null: as soon as it is published
 * @param closesAt after it the set stays readable for review (submissions close with the blind read); null: never
 * @param instructorAnnotations when enrolled students see the instructor's annotations on the images
 */
public record CaseSetDraft(
        String title,
        String description,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        ReadingMode readingMode,
        InstructorAnnotations instructorAnnotations) {

    public CaseSetDraft {
        title = title.strip();
    }

    /** A set whose students see the instructor's annotations after they submit (the default). */
    public CaseSetDraft(
            String title,
            String description,
            @Nullable Instant opensAt,
            @Nullable Instant closesAt,
            ReadingMode readingMode) {
        this(title, description, opensAt, closesAt, readingMode, InstructorAnnotations.AFTER_SUBMISSION);
    }

    public static CaseSetDraft titled(String title) {
        return new CaseSetDraft(title, "", null, null, ReadingMode.BLIND_FIRST);
    }
}
