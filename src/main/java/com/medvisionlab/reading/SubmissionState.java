package com.medvisionlab.reading;

/** Where a student's read of a case stands. */
public enum SubmissionState {
    /** Still theirs to change. */
    DRAFT,
    /** Final: nothing of it changes any more. */
    SUBMITTED
}
