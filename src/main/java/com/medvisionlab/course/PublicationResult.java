package com.medvisionlab.course;

import java.util.List;

/**
 * What publishing a case came to: published, or refused because images of its study still need a redaction review.
 *
 * @param unconfirmedInstances SOP Instance UIDs still waiting for review; empty when published
 */
public record PublicationResult(boolean published, List<String> unconfirmedInstances) {

    public PublicationResult {
        unconfirmedInstances = List.copyOf(unconfirmedInstances);
    }

    /** The message to show: {@code case.publish.done}, or {@code case.publish.refused} with the count as {0}. */
    public String messageKey() {
        return published ? "case.publish.done" : "case.publish.refused";
    }
}
