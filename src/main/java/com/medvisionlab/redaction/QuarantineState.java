package com.medvisionlab.redaction;

/** Where a quarantined object stands. */
public enum QuarantineState {
    /** Waiting for a researcher; blocks publication of its study. */
    PENDING,
    /** Redacted by a researcher, verified, stored and indexed. */
    RELEASED,
    /** Thrown away by a researcher; its encrypted bytes are deleted. */
    DISCARDED
}
