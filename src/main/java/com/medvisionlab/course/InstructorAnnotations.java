package com.medvisionlab.course;

/** When the enrolled students of a case set see the instructor's annotations on a case's images. */
public enum InstructorAnnotations {
    /** Once the student has submitted their own read of the case (the default: annotations would give it away). */
    AFTER_SUBMISSION,
    /** From the start, e.g. for a worked-example set. */
    ALWAYS
}
