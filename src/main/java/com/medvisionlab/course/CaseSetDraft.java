package com.medvisionlab.course;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What an author sets on a case set.
 *
 * @param opensAt  students see the set from then on; null: as soon as it is published
 * @param closesAt after it the set stays readable for review (submissions close with the blind read); null: never
 */
public record CaseSetDraft(
        String title,
        String description,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        ReadingMode readingMode) {

    public CaseSetDraft {
        title = title.strip();
    }

    public static CaseSetDraft titled(String title) {
        return new CaseSetDraft(title, "", null, null, ReadingMode.BLIND_FIRST);
    }
}
