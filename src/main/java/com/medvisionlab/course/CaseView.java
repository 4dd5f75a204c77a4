package com.medvisionlab.course;

import java.time.Instant;

/** A case as lists, editors and the detail page show it. */
public record CaseView(
        long id,
        long caseSetId,
        int position,
        CaseContent content,
        PublicationState state,
        boolean demo,
        Instant updatedAt) {

    public boolean published() {
        return state == PublicationState.PUBLISHED;
    }
}
