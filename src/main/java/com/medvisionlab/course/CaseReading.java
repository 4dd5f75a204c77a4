package com.medvisionlab.course;

/**
 * A case opened for reading.
 *
 * @param referenceShown  whether the reference read (findings, impression, diagnosis, teaching points) may be shown:
 *                        to authors, in an OPEN case set, and to readers outside the course (demo cases); an enrolled
 *                        student of a BLIND_FIRST set commits their own findings first (a later feature)
 * @param enrolledStudent whether the reader is an enrolled student (not an author) of the case's course: their read
 *                        is the one the case set's rules (blind read, instructor annotations) apply to
 */
public record CaseReading(
        CaseView teachingCase, CaseSetView caseSet, boolean referenceShown, boolean enrolledStudent) {}
