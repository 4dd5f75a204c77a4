package com.medvisionlab.course;

import com.medvisionlab.base.AuditableAction;

/** What authoring and reading write to the audit trail. */
public enum CourseAuditAction implements AuditableAction {
    COURSE_CREATED,
    COURSE_UPDATED,
    COURSE_INSTRUCTOR_ADDED,
    COURSE_INSTRUCTOR_REMOVED,
    COURSE_STUDENTS_ENROLLED,
    COURSE_STUDENT_REMOVED,
    COURSE_INVITE_CODE_REGENERATED,
    COURSE_JOINED,
    COURSE_JOIN_REFUSED,
    CASE_SET_CREATED,
    CASE_SET_UPDATED,
    CASE_SET_MOVED,
    CASE_SET_PUBLISHED,
    CASE_SET_UNPUBLISHED,
    CASE_CREATED,
    CASE_UPDATED,
    CASE_MOVED,
    CASE_PUBLISHED,
    CASE_PUBLICATION_REFUSED,
    CASE_UNPUBLISHED,
    CASE_DEMO_CHANGED,
    CASE_VIEWED;

    static final String COURSE = "course";
    static final String CASE_SET = "case_set";
    static final String CASE = "teaching_case";
}
