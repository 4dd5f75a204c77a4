/**
 * Authoring: courses (instructors, enrolled students, an invite code), their ordered case sets (open/close dates,
 * reading mode) and teaching cases (clinical history, linked study, key images, structured reference findings,
 * teaching points), each a draft until published. {@link com.medvisionlab.course.CourseService} and
 * {@link com.medvisionlab.course.CaseService} are the API; {@link com.medvisionlab.course.CaseAccess} decides who
 * may read which case and study (it is the portal's {@link com.medvisionlab.imaging.StudyReadAccess}).
 *
 * <p>Visibility: authors (AUTHOR_CASES) see everything, drafts included. A student sees the published cases of the
 * published case sets of the courses they are enrolled in, once the set has opened (a set whose {@code opensAt} lies
 * ahead stays hidden, so a scheduled exam is not previewed; a closed set stays readable for review). Everyone,
 * guests included, sees published cases flagged as demo. Case text is Markdown, rendered by
 * {@link com.medvisionlab.course.CaseText} and sanitised to an allow-list before it reaches a page.
 */
@NullMarked
package com.medvisionlab.course;

import org.jspecify.annotations.NullMarked;
