package com.medvisionlab.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.MutableClock;
import com.medvisionlab.course.CaseContent;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.course.CaseSetDraft;
import com.medvisionlab.course.CourseService;
import com.medvisionlab.course.InstructorAnnotations;
import com.medvisionlab.course.PublicationState;
import com.medvisionlab.course.ReadingMode;
import com.medvisionlab.course.SignedIn;
import com.medvisionlab.course.Studies;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.security.Role;
import com.medvisionlab.security.TestUsers;
import com.medvisionlab.viewer.ViewerAnnotation;
import com.medvisionlab.viewer.ViewerAnnotation.Kind;
import com.medvisionlab.viewer.ViewerAnnotation.Point;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Who sees which annotations of a case, who may save them, and a student's read from draft to submitted. */
@ReadingSliceTest
class ReadingServiceTest {

    @Autowired
    ReadingService reading;

    @Autowired
    CourseService courses;

    @Autowired
    CaseService cases;

    @Autowired
    ImagingIndex index;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubmittedReadAskPolicy askPolicy;

    @Autowired
    MutableClock clock;

    String author;
    String student;
    long course;
    Studies.Indexed study;

    @BeforeEach
    void aCourseWithAnEnrolledStudent() {
        author = SignedIn.as(testUsers.create(Role.RESEARCHER), Role.RESEARCHER);
        course = courses.createCourse("Chest", "");
        study = Studies.index(index, "CT chest");
        student = testUsers.create(Role.STUDENT);
        courses.enrolStudents(course, List.of(student));
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    /** Back to the slice's start, so the context's other tests see the time they expect. */
    @AfterEach
    void rewindTheClock() {
        clock.advance(Duration.between(clock.instant(), ReadingSliceTest.NOW));
    }

    /** A published case in a published set of the course (signed in as the author). */
    private long publishedCase(InstructorAnnotations shown, boolean demo) {
        SignedIn.as(author, Role.RESEARCHER);
        long set = courses.addCaseSet(course, new CaseSetDraft("Week", "", null, null, ReadingMode.OPEN, shown));
        courses.setCaseSetState(set, PublicationState.PUBLISHED);
        var content = CaseContent.titled("Nodule").withStudy(study.study());
        long id = cases.createCase(set, content);
        cases.setDemo(id, demo);
        assertThat(cases.publish(id).published()).isTrue();
        return id;
    }

    private ViewerAnnotation arrow(String label) {
        return new ViewerAnnotation(
                UUID.randomUUID().toString(),
                Kind.ARROW,
                study.image(),
                1,
                List.of(new Point(10.5, 20), new Point(40, 60.25)),
                label,
                null);
    }

    private ViewerAnnotation length(double mm) {
        return new ViewerAnnotation(
                UUID.randomUUID().toString(),
                Kind.LENGTH,
                study.image(),
                1,
                List.of(new Point(0, 0), new Point(100, 0)),
                null,
                new ViewerAnnotation.Measurement(mm, "mm", null, null));
    }

    private OpenedCase openAs(String user, Role role, long caseId) {
        SignedIn.as(user, role);
        return reading.open(caseId).orElseThrow();
    }

    @Test
    void an_enrolled_student_sees_the_instructors_annotations_only_after_submitting_their_own_read() {
        long id = publishedCase(InstructorAnnotations.AFTER_SUBMISSION, false);
        var instructors = List.of(arrow("nodule"), length(70));
        reading.saveInstructorAnnotations(id, instructors);

        var before = openAs(student, Role.STUDENT, id);
        assertThat(before.role()).isEqualTo(ReadingRole.STUDENT);
        assertThat(before.instructorAnnotations()).isEmpty();
        assertThat(before.instructorAnnotationsWithheld()).isTrue();
        assertThat(before.submission()).isNull();
        assertThat(before.editable()).isTrue();

        var mine = List.of(arrow("my finding"));
        var draft = reading.saveDraftAnnotations(id, mine);
        assertThat(draft.state()).isEqualTo(SubmissionState.DRAFT);
        var drafted = reading.open(id).orElseThrow();
        assertThat(drafted.ownAnnotations()).isEqualTo(mine);
        assertThat(drafted.instructorAnnotations()).isEmpty();

        var submitted = reading.submit(id);
        assertThat(submitted.submitted()).isTrue();
        assertThat(submitted.submittedAt()).isEqualTo(ReadingSliceTest.NOW);
        var after = reading.open(id).orElseThrow();
        assertThat(after.instructorAnnotations()).isEqualTo(instructors);
        assertThat(after.instructorAnnotationsWithheld()).isFalse();
        assertThat(after.ownAnnotations()).isEqualTo(mine);
        assertThat(after.editable()).isFalse();
        assertThat(after.submittable()).isFalse();
    }

    @Test
    void a_student_of_a_blind_first_set_sees_the_reference_and_may_ask_the_ai_only_after_submitting() {
        SignedIn.as(author, Role.RESEARCHER);
        long set = courses.addCaseSet(
                course,
                new CaseSetDraft("Exam", "", null, null, ReadingMode.BLIND_FIRST, InstructorAnnotations.ALWAYS));
        courses.setCaseSetState(set, PublicationState.PUBLISHED);
        long id = cases.createCase(set, CaseContent.titled("Nodule").withStudy(study.study()));
        assertThat(cases.publish(id).published()).isTrue();
        assertThat(askPolicy.refusal(id)).as("the author").isEmpty();

        var before = openAs(student, Role.STUDENT, id);
        assertThat(before.referenceShown()).isFalse();
        assertThat(askPolicy.refusal(id)).contains("opinion.refused.submit-first");

        reading.submit(id);
        assertThat(reading.open(id).orElseThrow().referenceShown()).isTrue();
        assertThat(askPolicy.refusal(id)).isEmpty();

        SignedIn.as(testUsers.create(Role.STUDENT), Role.STUDENT);
        assertThat(askPolicy.refusal(id))
                .as("a student of another course")
                .contains("opinion.refused.case-not-readable");
    }

    @Test
    void a_case_set_that_shows_them_always_shows_the_instructors_annotations_before_submission() {
        long id = publishedCase(InstructorAnnotations.ALWAYS, false);
        reading.saveInstructorAnnotations(id, List.of(arrow("look here")));

        var opened = openAs(student, Role.STUDENT, id);

        assertThat(opened.instructorAnnotations())
                .extracting(ViewerAnnotation::text)
                .containsExactly("look here");
        assertThat(opened.instructorAnnotationsWithheld()).isFalse();
    }

    @Test
    void a_student_never_sees_another_students_annotations_nor_does_the_instructor_see_them_as_the_cases() {
        long id = publishedCase(InstructorAnnotations.ALWAYS, false);
        var other = testUsers.create(Role.STUDENT);
        SignedIn.as(author, Role.RESEARCHER);
        courses.enrolStudents(course, List.of(other));
        SignedIn.as(student, Role.STUDENT);
        reading.saveDraftAnnotations(id, List.of(arrow("mine")));
        reading.submit(id);

        var theirs = openAs(other, Role.STUDENT, id);
        assertThat(theirs.ownAnnotations()).isEmpty();
        assertThat(theirs.instructorAnnotations()).isEmpty();
        assertThat(theirs.submission()).isNull();

        var instructor = openAs(author, Role.RESEARCHER, id);
        assertThat(instructor.role()).isEqualTo(ReadingRole.INSTRUCTOR);
        assertThat(instructor.instructorAnnotations()).isEmpty();
        assertThat(instructor.ownAnnotations()).isEmpty();
    }

    @Test
    void a_submitted_read_cannot_change_and_nothing_of_it_is_replaced() {
        long id = publishedCase(InstructorAnnotations.AFTER_SUBMISSION, false);
        SignedIn.as(student, Role.STUDENT);
        var mine = List.of(arrow("final"));
        reading.saveDraftAnnotations(id, mine);
        reading.submit(id);

        assertThatThrownBy(() -> reading.saveDraftAnnotations(id, List.of()))
                .isInstanceOf(ReadingException.class)
                .hasMessage("reading.error.already-submitted");
        assertThatThrownBy(() -> reading.submit(id)).hasMessage("reading.error.already-submitted");
        assertThat(reading.open(id).orElseThrow().ownAnnotations()).isEqualTo(mine);
    }

    @Test
    void a_guest_sees_the_instructors_annotations_of_a_demo_case_but_cannot_save_anything() {
        long id = publishedCase(InstructorAnnotations.AFTER_SUBMISSION, true);
        reading.saveInstructorAnnotations(id, List.of(arrow("demo")));
        long rows = annotationRows(id);

        SignedIn.asGuest();
        var opened = reading.open(id).orElseThrow();
        assertThat(opened.role()).isEqualTo(ReadingRole.GUEST);
        assertThat(opened.instructorAnnotations())
                .extracting(ViewerAnnotation::text)
                .containsExactly("demo");
        assertThat(opened.editable()).isFalse();
        assertThat(opened.submittable()).isFalse();

        assertThatThrownBy(() -> reading.saveDraftAnnotations(id, List.of(arrow("x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reading.saveInstructorAnnotations(id, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reading.submit(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(annotationRows(id)).isEqualTo(rows);
    }

    @Test
    void a_student_may_not_save_the_instructors_annotations() {
        long id = publishedCase(InstructorAnnotations.ALWAYS, false);
        SignedIn.as(student, Role.STUDENT);

        assertThatThrownBy(() -> reading.saveInstructorAnnotations(id, List.of(arrow("x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(annotationRows(id)).isZero();
    }

    @Test
    void a_student_cannot_save_on_a_case_they_may_not_see_nor_on_an_image_of_another_study() {
        long draftCase = publishedCase(InstructorAnnotations.ALWAYS, false);
        cases.unpublish(draftCase);
        long visible = publishedCase(InstructorAnnotations.ALWAYS, false);
        var elsewhere = Studies.index(index, "other");
        var foreign =
                new ViewerAnnotation("a", Kind.TEXT, elsewhere.image(), 1, List.of(new Point(1, 1)), "hidden", null);
        SignedIn.as(student, Role.STUDENT);

        assertThatThrownBy(() -> reading.saveDraftAnnotations(draftCase, List.of(arrow("x"))))
                .hasMessage("reading.error.case-unknown");
        assertThatThrownBy(() -> reading.saveDraftAnnotations(visible, List.of(foreign)))
                .hasMessage("reading.error.image-not-in-case");
        var wrongPoints = new ViewerAnnotation(
                "b", Kind.ANGLE, study.image(), 1, List.of(new Point(1, 1), new Point(2, 2)), null, null);
        assertThatThrownBy(() -> reading.saveDraftAnnotations(visible, List.of(wrongPoints)))
                .hasMessage("reading.error.annotation-invalid");
        assertThat(annotationRows(draftCase) + annotationRows(visible)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE student_username = :s")
                        .param("s", student)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void saving_and_submitting_are_audited() {
        long id = publishedCase(InstructorAnnotations.AFTER_SUBMISSION, false);
        reading.saveInstructorAnnotations(id, List.of(arrow("a"), arrow("b")));
        SignedIn.as(student, Role.STUDENT);
        var draft = reading.saveDraftAnnotations(id, List.of(arrow("c")));
        reading.submit(id);

        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE target_id IN (:ids) ORDER BY id")
                        .param("ids", List.of(Long.toString(id), Long.toString(draft.id())))
                        .query(String.class)
                        .list())
                .containsSubsequence(
                        "INSTRUCTOR_ANNOTATIONS_SAVED", "SUBMISSION_ANNOTATIONS_SAVED", "SUBMISSION_SUBMITTED");
        assertThat(jdbc.sql("SELECT actor FROM audit_event WHERE action = 'SUBMISSION_SUBMITTED' AND target_id = :id")
                        .param("id", Long.toString(draft.id()))
                        .query(String.class)
                        .single())
                .isEqualTo(student);
    }

    /** A published case (demo or not) of a published set open between these dates. */
    private long caseOfASetOpen(@Nullable Instant opensAt, @Nullable Instant closesAt, boolean demo) {
        SignedIn.as(author, Role.RESEARCHER);
        long set = courses.addCaseSet(
                course,
                new CaseSetDraft(
                        "Timed", "", opensAt, closesAt, ReadingMode.BLIND_FIRST, InstructorAnnotations.ALWAYS));
        courses.setCaseSetState(set, PublicationState.PUBLISHED);
        long id = cases.createCase(set, CaseContent.titled("Nodule").withStudy(study.study()));
        cases.setDemo(id, demo);
        assertThat(cases.publish(id).published()).isTrue();
        return id;
    }

    @Test
    void after_the_closing_date_a_student_can_neither_save_nor_submit_but_still_reads_the_case() {
        long id = caseOfASetOpen(null, clock.instant().plus(Duration.ofHours(1)), false);
        SignedIn.as(student, Role.STUDENT);
        var mine = List.of(arrow("before the deadline"));
        var draft = reading.saveDraftAnnotations(id, mine);
        assertThat(reading.open(id).orElseThrow().window()).isEqualTo(SubmissionWindow.OPEN);

        clock.advance(Duration.ofHours(1)); // the closing instant itself is closed

        assertThatThrownBy(() -> reading.saveDraftAnnotations(id, List.of(arrow("late"))))
                .isInstanceOf(ReadingException.class)
                .hasMessage("reading.error.submissions-closed");
        assertThatThrownBy(() -> reading.submit(id)).hasMessage("reading.error.submissions-closed");
        var opened = reading.open(id).orElseThrow();
        assertThat(opened.window()).isEqualTo(SubmissionWindow.CLOSED);
        assertThat(opened.ownAnnotations()).as("the draft, unchanged").isEqualTo(mine);
        assertThat(opened.submission()).isNotNull();
        assertThat(opened.submission().state()).isEqualTo(SubmissionState.DRAFT);
        assertThat(opened.editable()).isFalse();
        assertThat(opened.submittable()).isFalse();
        assertThat(opened.submissionsShut()).isTrue();
        assertThat(jdbc.sql("SELECT state FROM submission WHERE id = :id")
                        .param("id", draft.id())
                        .query(String.class)
                        .single())
                .isEqualTo("DRAFT");
    }

    @Test
    void a_read_submitted_before_the_closing_date_stays_readable_and_the_instructor_is_not_bound_by_it() {
        long id = caseOfASetOpen(null, clock.instant().plus(Duration.ofMinutes(5)), false);
        SignedIn.as(student, Role.STUDENT);
        reading.submit(id);
        clock.advance(Duration.ofDays(30));

        var review = reading.open(id).orElseThrow();
        assertThat(review.submission()).isNotNull();
        assertThat(review.submission().submitted()).isTrue();
        assertThat(review.referenceShown()).isTrue();
        assertThat(review.submissionsShut()).as("nothing left to submit").isFalse();

        SignedIn.as(author, Role.RESEARCHER);
        reading.saveInstructorAnnotations(id, List.of(arrow("added for review")));
        assertThat(reading.instructorAnnotations(id))
                .extracting(ViewerAnnotation::text)
                .containsExactly("added for review");
    }

    @Test
    void before_the_opening_date_an_enrolled_student_cannot_save_on_a_demo_case_of_the_set_and_can_once_it_opens() {
        // course hides a set's other cases until it opens; a demo case of it is public already
        long id = caseOfASetOpen(clock.instant().plus(Duration.ofDays(1)), null, true);
        SignedIn.as(student, Role.STUDENT);

        var early = reading.open(id).orElseThrow();
        assertThat(early.window()).isEqualTo(SubmissionWindow.NOT_OPEN_YET);
        assertThat(early.submittable()).isFalse();
        assertThatThrownBy(() -> reading.saveDraftAnnotations(id, List.of(arrow("early"))))
                .hasMessage("reading.error.not-open-yet");
        assertThatThrownBy(() -> reading.submit(id)).hasMessage("reading.error.not-open-yet");
        assertThat(annotationRows(id)).isZero();

        // the set's dates bind its own students (like its other rules); a visitor's practice read of the demo is free
        SignedIn.as(testUsers.create(Role.STUDENT), Role.STUDENT);
        assertThat(reading.open(id).orElseThrow().window()).isEqualTo(SubmissionWindow.OPEN);
        assertThat(reading.saveDraftAnnotations(id, List.of(arrow("practice"))).state())
                .isEqualTo(SubmissionState.DRAFT);

        SignedIn.as(student, Role.STUDENT);
        clock.advance(Duration.ofDays(1));
        reading.saveDraftAnnotations(id, List.of(arrow("on time")));
        assertThat(reading.submit(id).submitted()).isTrue();
    }

    private long annotationRows(long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM annotation WHERE case_id = :id")
                .param("id", caseId)
                .query(Long.class)
                .single();
    }
}
