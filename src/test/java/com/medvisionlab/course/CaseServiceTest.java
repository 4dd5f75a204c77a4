package com.medvisionlab.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.MutableClock;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.imaging.StudyScope;
import com.medvisionlab.security.Role;
import com.medvisionlab.security.TestUsers;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Authoring a case, publishing it past the redaction review, and who may then read it. */
@CourseSliceTest
class CaseServiceTest {

    @Autowired
    CourseService courses;

    @Autowired
    CaseService cases;

    @Autowired
    CaseAccess access;

    @Autowired
    ImagingIndex index;

    @Autowired
    CourseSliceTest.PendingReviews reviews;

    @Autowired
    MutableClock clock;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    String author;
    long course;
    long caseSet;
    Studies.Indexed study;

    @BeforeEach
    void aCourseWithACaseSet() {
        author = SignedIn.as(testUsers.create(Role.RESEARCHER), Role.RESEARCHER);
        course = courses.createCourse("Chest", "");
        caseSet = courses.addCaseSet(course, CaseSetDraft.titled("Week 1"));
        courses.setCaseSetState(caseSet, PublicationState.PUBLISHED);
        study = Studies.index(index, "CT chest");
    }

    @AfterEach
    void signOut() {
        SignedIn.clear();
        reviews.clear();
    }

    private CaseContent pneumothorax() {
        return pneumothorax(study);
    }

    private static CaseContent pneumothorax(Studies.Indexed study) {
        return new CaseContent(
                "Tension pneumothorax",
                "**Sudden** dyspnoea after a fall.",
                "034Y",
                PatientSex.M,
                study.study(),
                List.of(study.series()),
                List.of(study.image()),
                List.of(
                        new ReferenceFinding("Absent lung markings", "left hemithorax", study.image()),
                        new ReferenceFinding("Mediastinal shift", "to the right", null)),
                "Left tension pneumothorax.",
                "Pneumothorax",
                "Look for the *visceral pleural line*.",
                Difficulty.INTERMEDIATE,
                List.of("Chest", "trauma", "chest"),
                List.of("Which side is affected?"));
    }

    @Test
    void a_case_is_stored_with_its_structured_findings_and_read_back_as_written() {
        long id = cases.createCase(caseSet, pneumothorax());

        var stored = cases.caseForEditing(id);
        assertThat(stored.state()).isEqualTo(PublicationState.DRAFT);
        assertThat(stored.content().findings())
                .containsExactly(
                        new ReferenceFinding("Absent lung markings", "left hemithorax", study.image()),
                        new ReferenceFinding("Mediastinal shift", "to the right", null));
        assertThat(stored.content().tags()).containsExactly("chest", "trauma");
        assertThat(stored.content()).isEqualTo(pneumothorax());
    }

    @Test
    void a_study_that_is_not_indexed_is_refused_and_nothing_is_stored() {
        int before = cases.cases(caseSet, CaseFilter.ALL).size();

        assertThatThrownBy(
                        () -> cases.createCase(caseSet, CaseContent.titled("X").withStudy("1.2.3.4.404")))
                .isInstanceOf(CourseException.class)
                .hasMessage("case.error.study-unknown");
        var other = Studies.index(index, "other");
        var foreignSeries = new CaseContent(
                "X",
                "",
                null,
                null,
                study.study(),
                List.of(other.series()),
                List.of(),
                List.of(),
                "",
                "",
                "",
                Difficulty.ADVANCED,
                List.of(),
                List.of());
        assertThatThrownBy(() -> cases.createCase(caseSet, foreignSeries)).hasMessage("case.error.series-not-in-study");

        assertThat(cases.cases(caseSet, CaseFilter.ALL)).hasSize(before);
    }

    @Test
    void publishing_is_refused_while_images_wait_for_redaction_review_and_the_refusal_is_audited() {
        long id = cases.createCase(caseSet, pneumothorax());
        reviews.waitFor(study.study(), study.image());

        var refused = cases.publish(id);

        assertThat(refused.published()).isFalse();
        assertThat(refused.unconfirmedInstances()).containsExactly(study.image());
        assertThat(cases.caseForEditing(id).state()).isEqualTo(PublicationState.DRAFT);
        assertThat(auditActions(id)).containsExactly("CASE_CREATED", "CASE_PUBLICATION_REFUSED");

        reviews.clear();
        assertThat(cases.publish(id).published()).isTrue();
        assertThat(cases.caseForEditing(id).state()).isEqualTo(PublicationState.PUBLISHED);
    }

    @Test
    void a_case_without_a_study_cannot_be_published() {
        long id = cases.createCase(caseSet, CaseContent.titled("No images yet"));

        assertThatThrownBy(() -> cases.publish(id)).hasMessage("case.error.publish-needs-study");
    }

    @Test
    void an_enrolled_student_reads_a_published_case_a_student_of_another_course_and_a_guest_do_not() {
        long id = cases.createCase(caseSet, pneumothorax());
        cases.publish(id);
        var enrolled = testUsers.create(Role.STUDENT);
        courses.enrolStudents(course, List.of(enrolled));
        long otherCourse = courses.createCourse("Other", "");
        var outsider = testUsers.create(Role.STUDENT);
        courses.enrolStudents(otherCourse, List.of(outsider));

        assertThat(access.canView(SignedIn.authentication(enrolled, Role.STUDENT), id))
                .isTrue();
        assertThat(access.scopeFor(SignedIn.authentication(enrolled, Role.STUDENT))
                        .allows(study.study()))
                .isTrue();
        assertThat(access.canView(SignedIn.authentication(outsider, Role.STUDENT), id))
                .isFalse();
        assertThat(access.scopeFor(SignedIn.authentication(outsider, Role.STUDENT))
                        .allows(study.study()))
                .isFalse();
        assertThat(access.canView(SignedIn.guest(), id)).isFalse();
        assertThat(access.canView(null, id)).isFalse();
        assertThat(access.scopeFor(null).allows(study.study())).isFalse();

        SignedIn.as(outsider, Role.STUDENT);
        assertThat(cases.read(id)).isEmpty();
        SignedIn.as(enrolled, Role.STUDENT);
        var reading = cases.read(id).orElseThrow();
        assertThat(reading.teachingCase().content().title()).isEqualTo("Tension pneumothorax");
        // Week 1 reads blind first: the enrolled student commits findings before the reference is shown
        assertThat(reading.referenceShown()).isFalse();
        assertThat(auditActions(id)).endsWith("CASE_VIEWED");
    }

    @Test
    void drafts_are_seen_by_authors_only() {
        long id = cases.createCase(caseSet, pneumothorax());
        cases.setDemo(id, true);
        var enrolled = testUsers.create(Role.STUDENT);
        courses.enrolStudents(course, List.of(enrolled));

        assertThat(access.canView(SignedIn.authentication(author, Role.RESEARCHER), id))
                .isTrue();
        assertThat(access.scopeFor(SignedIn.authentication(author, Role.RESEARCHER)))
                .isEqualTo(StudyScope.ALL);
        assertThat(access.canView(SignedIn.authentication(enrolled, Role.STUDENT), id))
                .isFalse();
        assertThat(access.canView(SignedIn.guest(), id)).isFalse();
        SignedIn.asGuest();
        assertThat(cases.demoCases(CaseFilter.ALL)).extracting(CaseView::id).doesNotContain(id);
    }

    @Test
    void a_guest_sees_published_demo_cases_only_with_the_reference() {
        long demo = cases.createCase(caseSet, pneumothorax());
        cases.setDemo(demo, true);
        cases.publish(demo);
        long plain = cases.createCase(caseSet, pneumothorax(Studies.index(index, "other")));
        cases.publish(plain);

        SignedIn.asGuest();
        assertThat(access.canView(SignedIn.guest(), demo)).isTrue();
        assertThat(access.canView(SignedIn.guest(), plain)).isFalse();
        assertThat(access.scopeFor(SignedIn.guest()).allows(study.study())).isTrue();
        assertThat(cases.demoCases(CaseFilter.text("PNEUMO")))
                .extracting(CaseView::id)
                .contains(demo)
                .doesNotContain(plain);
        assertThat(cases.read(demo).orElseThrow().referenceShown()).isTrue();

        SignedIn.as(author, Role.RESEARCHER);
        cases.unpublish(demo);
        assertThat(access.canView(SignedIn.guest(), demo)).isFalse();
    }

    @Test
    void a_case_set_that_has_not_opened_yet_hides_its_cases_from_students() {
        long exam = courses.addCaseSet(
                course, new CaseSetDraft("Exam", "", clock.instant().plus(Duration.ofDays(1)), null, ReadingMode.OPEN));
        courses.setCaseSetState(exam, PublicationState.PUBLISHED);
        long id = cases.createCase(exam, pneumothorax());
        cases.publish(id);
        var enrolled = testUsers.create(Role.STUDENT);
        courses.enrolStudents(course, List.of(enrolled));
        var student = SignedIn.authentication(enrolled, Role.STUDENT);

        assertThat(access.canView(student, id)).isFalse();
        SignedIn.as(enrolled, Role.STUDENT);
        assertThat(cases.readableCaseSets(course)).extracting(CaseSetView::id).containsExactly(caseSet);

        clock.advance(Duration.ofDays(2));
        assertThat(access.canView(student, id)).isTrue();
        assertThat(cases.readableCaseSets(course)).extracting(CaseSetView::id).containsExactly(caseSet, exam);
        assertThat(cases.read(id).orElseThrow().referenceShown())
                .as("open reading")
                .isTrue();
    }

    @Test
    void an_unpublished_case_set_hides_its_published_cases_from_students() {
        long id = cases.createCase(caseSet, pneumothorax());
        cases.publish(id);
        var enrolled = testUsers.create(Role.STUDENT);
        courses.enrolStudents(course, List.of(enrolled));

        courses.setCaseSetState(caseSet, PublicationState.DRAFT);

        assertThat(access.canView(SignedIn.authentication(enrolled, Role.STUDENT), id))
                .isFalse();
    }

    @Test
    void cases_are_ordered_moved_and_filtered() {
        long first = cases.createCase(caseSet, pneumothorax());
        long second = cases.createCase(caseSet, CaseContent.titled("Normal chest"));

        cases.moveCase(second, Move.UP);

        assertThat(cases.cases(caseSet, CaseFilter.ALL))
                .extracting(CaseView::id)
                .containsExactly(second, first);
        assertThat(cases.cases(caseSet, CaseFilter.text("trauma")))
                .extracting(CaseView::id)
                .containsExactly(first);
        assertThat(cases.cases(caseSet, new CaseFilter("", null, Difficulty.INTERMEDIATE)))
                .extracting(CaseView::id)
                .containsExactly(first);
    }

    @Test
    void the_study_of_a_published_case_cannot_change() {
        long id = cases.createCase(caseSet, pneumothorax());
        cases.publish(id);
        var other = Studies.index(index, "other").study();

        assertThatThrownBy(
                        () -> cases.updateCase(id, CaseContent.titled("Moved").withStudy(other)))
                .hasMessage("case.error.study-change-while-published");
        assertThat(cases.caseForEditing(id).content().studyInstanceUid()).isEqualTo(study.study());
    }

    private List<String> auditActions(long caseId) {
        return jdbc.sql("SELECT action FROM audit_event WHERE target_type = 'teaching_case' AND target_id = :id"
                        + " ORDER BY id")
                .param("id", Long.toString(caseId))
                .query(String.class)
                .list();
    }
}
