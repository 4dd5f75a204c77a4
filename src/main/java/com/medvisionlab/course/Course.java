package com.medvisionlab.course;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A course row with its instructors and students (one aggregate). Immutable; the service saves the copies. */
@Table("course")
record Course(
        @Id @Nullable Long id,
        String title,
        String description,
        String inviteCode,
        @MappedCollection(idColumn = "course_id") Set<Instructor> instructors,
        @MappedCollection(idColumn = "course_id") Set<Student> students,
        String createdBy,
        Instant createdAt) {

    @Table("course_instructor")
    record Instructor(String username) {}

    @Table("course_student")
    record Student(String username) {}

    static Course create(String title, String description, String inviteCode, String creator, Instant now) {
        return new Course(
                null, title, description, inviteCode, Set.of(new Instructor(creator)), Set.of(), creator, now);
    }

    Course withText(String newTitle, String newDescription) {
        return new Course(id, newTitle, newDescription, inviteCode, instructors, students, createdBy, createdAt);
    }

    Course withInviteCode(String code) {
        return new Course(id, title, description, code, instructors, students, createdBy, createdAt);
    }

    Course withInstructors(Set<String> usernames) {
        var rows = usernames.stream().map(Instructor::new).collect(Collectors.toSet());
        return new Course(id, title, description, inviteCode, rows, students, createdBy, createdAt);
    }

    Course withStudents(Set<String> usernames) {
        var rows = usernames.stream().map(Student::new).collect(Collectors.toSet());
        return new Course(id, title, description, inviteCode, instructors, rows, createdBy, createdAt);
    }

    Set<String> instructorNames() {
        return instructors.stream().map(Instructor::username).collect(Collectors.toCollection(HashSet::new));
    }

    Set<String> studentNames() {
        return students.stream().map(Student::username).collect(Collectors.toCollection(HashSet::new));
    }

    boolean enrols(String username) {
        return students.contains(new Student(username));
    }

    long requiredId() {
        if (id == null) {
            throw new IllegalStateException("course not saved yet");
        }
        return id;
    }

    CourseView toView() {
        return new CourseView(
                requiredId(),
                title,
                description,
                instructorNames().stream().sorted().toList(),
                studentNames().stream().sorted().toList(),
                inviteCode);
    }

    EnrolledCourse toEnrolled() {
        return new EnrolledCourse(
                requiredId(),
                title,
                description,
                instructorNames().stream().sorted().toList());
    }
}
