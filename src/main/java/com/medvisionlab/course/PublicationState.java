package com.medvisionlab.course;

/** A case set or case is a draft (authors only) until published. */
public enum PublicationState {
    DRAFT,
    PUBLISHED
}
