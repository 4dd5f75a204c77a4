package com.medvisionlab.course;

import java.util.List;

/** A course as its authors see it: members sorted by name, and the invite code to hand out. */
public record CourseView(
        long id, String title, String description, List<String> instructors, List<String> students, String inviteCode) {

    public CourseView {
        instructors = List.copyOf(instructors);
        students = List.copyOf(students);
    }
}
