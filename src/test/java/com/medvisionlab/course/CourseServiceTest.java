package com.medvisionlab.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.security.Role;
import com.medvisionlab.security.TestUsers;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CourseSliceTest
class CourseServiceTest {

    @Autowired
    CourseService service;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignedIn.clear();
    }

    @Test
    void a_case_set_shows_students_the_instructors_annotations_after_submission_unless_set_to_always() {
        SignedIn.as(testUsers.create(Role.RESEARCHER), Role.RESEARCHER);
        long course = service.createCourse("Worked examples", "");
        long set = service.addCaseSet(course, CaseSetDraft.titled("Week 1"));
        assertThat(service.caseSet(set).instructorAnnotations()).isEqualTo(InstructorAnnotations.AFTER_SUBMISSION);

        var always = new CaseSetDraft("Week 1", "", null, null, ReadingMode.OPEN, InstructorAnnotations.ALWAYS);
        service.updateCaseSet(set, always);

        assertThat(service.caseSet(set).instructorAnnotations()).isEqualTo(InstructorAnnotations.ALWAYS);
        assertThat(service.caseSet(set).toDraft()).isEqualTo(always);
    }

    @Test
    void a_created_course_is_taught_by_its_creator_and_has_an_invite_code() {
        var author = SignedIn.as(testUsers.create(Role.RESEARCHER), Role.RESEARCHER);

        long id = service.createCourse("  Chest imaging  ", "Weekly cases");

        var course = service.course(id);
        assertThat(course.title()).isEqualTo("Chest imaging");
        assertThat(course.instructors()).containsExactly(author);
        assertThat(course.inviteCode()).hasSize(InviteCode.LENGTH).matches("[A-Z2-9]+");
        assertThat(auditActions("course", id)).containsExactly("COURSE_CREATED");
    }

    @Test
    void a_course_without_a_title_is_refused_and_nothing_is_stored() {
        SignedIn.as(testUsers.create(Role.RESEARCHER), Role.RESEARCHER);
        long before = count("course");

        assertThatThrownBy(() -> service.createCourse("  ", ""))
                .isInstanceOf(CourseException.class)
                .hasMessage("course.error.title-required");

        assertThat(count("course")).isEqualTo(before);
    }

    @Test
    void a_student_joins_with_the_invite_code_typed_loosely_and_an_old_code_stops_working() {
        SignedIn.as(testUsers.create(Role.RESEARCHER), Role.RESEARCHER);
        long id = service.createCourse("Neuro", "");
        var code = service.course(id).inviteCode();
        var student = testUsers.create(Role.STUDENT);

        SignedIn.as(student, Role.STUDENT);
        var joined = service.join(" " + code.substring(0, 5).toLowerCase() + "-" + code.substring(5) + " ");

        assertThat(joined.id()).isEqualTo(id);
        assertThat(service.myCourses("")).extracting(EnrolledCourse::title).containsExactly("Neuro");

        SignedIn.as(testUsers.create(Role.RESEARCHER), Role.RESEARCHER);
        var fresh = service.regenerateInviteCode(id);
        assertThat(fresh).isNotEqualTo(code);
        assertThat(service.course(id).students()).containsExactly(student);

        SignedIn.as(testUsers.create(Role.STUDENT), Role.STUDENT);
        assertThatThrownBy(() -> service.join(code))
                .isInstanceOf(CourseException.class)
                .hasMessage("course.error.invite-code-unknown");
        assertThat(service.myCourses("")).isEmpty();
    }

    @Test
    void enrolling_a_list_with_an_unknown_name_enrols_nobody_and_names_it() {
        SignedIn.as(testUsers.create(Role.RESEARCHER), Role.RESEARCHER);
        long id = service.createCourse("MSK", "");
        var student = testUsers.create(Role.STUDENT);
        var researcher = testUsers.create(Role.RESEARCHER);

        assertThatThrownBy(() -> service.enrolStudents(id, List.of(student, "nobody-here", researcher)))
                .isInstanceOfSatisfying(
                        CourseException.class,
                        refused -> assertThat(refused.arguments())
                                .containsExactly(List.of("nobody-here", researcher).stream()
                                        .sorted()
                                        .reduce((a, b) -> a + ", " + b)
                                        .orElseThrow()));
        assertThat(service.course(id).students()).isEmpty();

        assertThat(service.enrolStudents(id, List.of(student, " ", student))).containsExactly(student);
        assertThat(service.course(id).students()).containsExactly(student);
        assertThat(auditActions("course", id)).containsExactly("COURSE_CREATED", "COURSE_STUDENTS_ENROLLED");
    }

    @Test
    void instructors_are_researchers_and_the_last_one_stays() {
        var author = SignedIn.as(testUsers.create(Role.RESEARCHER), Role.RESEARCHER);
        long id = service.createCourse("Abdomen", "");
        var colleague = testUsers.create(Role.RESEARCHER);

        assertThatThrownBy(() -> service.addInstructor(id, testUsers.create(Role.STUDENT)))
                .hasMessage("course.error.instructor-not-researcher");
        service.addInstructor(id, colleague);
        assertThat(service.course(id).instructors()).containsExactlyInAnyOrder(author, colleague);

        service.removeInstructor(id, author);
        assertThatThrownBy(() -> service.removeInstructor(id, colleague)).hasMessage("course.error.last-instructor");
        assertThat(service.course(id).instructors()).containsExactly(colleague);
    }

    @Test
    void case_sets_keep_their_order_and_move_one_place_at_a_time() {
        SignedIn.as(testUsers.create(Role.RESEARCHER), Role.RESEARCHER);
        long course = service.createCourse("Order", "");
        long first = service.addCaseSet(course, CaseSetDraft.titled("Week 1"));
        long second = service.addCaseSet(course, CaseSetDraft.titled("Week 2"));
        long third = service.addCaseSet(course, CaseSetDraft.titled("Exam"));

        service.moveCaseSet(third, Move.UP);
        service.moveCaseSet(first, Move.UP);

        assertThat(service.caseSets(course, "")).extracting(CaseSetView::id).containsExactly(first, third, second);
        assertThat(service.caseSets(course, "week")).extracting(CaseSetView::id).containsExactly(first, second);
    }

    @Test
    void a_case_set_closing_before_it_opens_is_refused() {
        SignedIn.as(testUsers.create(Role.RESEARCHER), Role.RESEARCHER);
        long course = service.createCourse("Dates", "");
        var opens = Instant.parse("2026-04-01T08:00:00Z");

        assertThatThrownBy(() -> service.addCaseSet(
                        course, new CaseSetDraft("Quiz", "", opens, opens.minusSeconds(60), ReadingMode.OPEN)))
                .hasMessage("case-set.error.closes-before-opens");
        assertThat(service.caseSets(course, "")).isEmpty();
    }

    @Test
    void courses_are_searched_by_title_description_and_instructor() {
        var author = SignedIn.as(testUsers.create(Role.RESEARCHER), Role.RESEARCHER);
        long chest = service.createCourse("Chest " + author, "");
        long brain = service.createCourse("Brain " + author, "stroke protocols");

        assertThat(service.courses(author)).extracting(CourseView::id).containsExactlyInAnyOrder(chest, brain);
        assertThat(service.courses("STROKE protocols"))
                .extracting(CourseView::id)
                .contains(brain)
                .doesNotContain(chest);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private List<String> auditActions(String targetType, long id) {
        return jdbc.sql("SELECT action FROM audit_event WHERE target_type = :t AND target_id = :id ORDER BY id")
                .param("t", targetType)
                .param("id", Long.toString(id))
                .query(String.class)
                .list();
    }
}
