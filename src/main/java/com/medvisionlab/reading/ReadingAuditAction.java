package com.medvisionlab.reading;

import com.medvisionlab.base.AuditableAction;

/** What reading a case writes to the audit trail (opening it is course's {@code CASE_VIEWED}). */
public enum ReadingAuditAction implements AuditableAction {
    INSTRUCTOR_ANNOTATIONS_SAVED,
    SUBMISSION_ANNOTATIONS_SAVED,
    SUBMISSION_SUBMITTED;

    static final String CASE = "teaching_case";
    static final String SUBMISSION = "submission";
}
