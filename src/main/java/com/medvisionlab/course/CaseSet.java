package com.medvisionlab.course;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A case set row: an ordered part of a course. */
@Table("case_set")
record CaseSet(
        @Id @Nullable Long id,
        long courseId,
        int position,
        String title,
        String description,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        ReadingMode readingMode,
        InstructorAnnotations instructorAnnotations,
        PublicationState state,
        Instant createdAt) {

    static CaseSet create(long courseId, int position, CaseSetDraft draft, Instant now) {
        return new CaseSet(
                null,
                courseId,
                position,
                draft.title(),
                draft.description(),
                draft.opensAt(),
                draft.closesAt(),
                draft.readingMode(),
                draft.instructorAnnotations(),
                PublicationState.DRAFT,
                now);
    }

    CaseSet withDraft(CaseSetDraft draft) {
        return new CaseSet(
                id,
                courseId,
                position,
                draft.title(),
                draft.description(),
                draft.opensAt(),
                draft.closesAt(),
                draft.readingMode(),
                draft.instructorAnnotations(),
                state,
                createdAt);
    }

    CaseSet withPosition(int newPosition) {
        return new CaseSet(
                id,
                courseId,
                newPosition,
                title,
                description,
                opensAt,
                closesAt,
                readingMode,
                instructorAnnotations,
                state,
                createdAt);
    }

    CaseSet withState(PublicationState newState) {
        return new CaseSet(
                id,
                courseId,
                position,
                title,
                description,
                opensAt,
                closesAt,
                readingMode,
                instructorAnnotations,
                newState,
                createdAt);
    }

    long requiredId() {
        if (id == null) {
            throw new IllegalStateException("case set not saved yet");
        }
        return id;
    }

    CaseSetView toView(long caseCount) {
        return new CaseSetView(
                requiredId(),
                courseId,
                position,
                title,
                description,
                opensAt,
                closesAt,
                readingMode,
                state,
                caseCount,
                instructorAnnotations);
    }
}
