package com.medvisionlab.reading;

/** The part the reader of a case plays, which decides what they see and may change. */
public enum ReadingRole {
    /** An author (AUTHOR_CASES): edits the instructor's annotations of the case. */
    INSTRUCTOR,
    /** A signed-in reader who may submit findings: keeps their own read (submission) with its annotations. */
    STUDENT,
    /** A guest: looks, changes nothing. */
    GUEST
}
