/**
 * Reading a case: the case page with the image viewer, a student's read of a case ({@code submission}: a draft until
 * they submit it, one per student and case) and the annotations on a case's images. {@link
 * com.medvisionlab.reading.ReadingService} is the API. Course stays the owner of cases and decides who may see one
 * ({@link com.medvisionlab.course.CaseService#read} on opening, {@link com.medvisionlab.course.CaseAccess} on every
 * change); reading depends on course and the viewer, never the other way round.
 *
 * <p>Annotations: an instructor's (AUTHOR_CASES) belong to the case; a student's belong to their submission and are
 * seen by nobody but them (and later their graders). An enrolled student sees the instructor's annotations once they
 * have submitted, or from the start when the case set says {@link
 * com.medvisionlab.course.InstructorAnnotations#ALWAYS}; everyone else who may open the case (guests and visitors of
 * a demo case) sees them always. The case set's dates bind its enrolled students' reads too ({@link
 * com.medvisionlab.reading.SubmissionWindow}): outside them the case is read, not changed. Blind read findings, the three-way comparison and grading grow here next.
 */
@NullMarked
package com.medvisionlab.reading;

import org.jspecify.annotations.NullMarked;
