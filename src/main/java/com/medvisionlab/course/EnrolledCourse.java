package com.medvisionlab.course;

import java.util.List;

/** A course as an enrolled student sees it: no member list, no invite code. */
public record EnrolledCourse(long id, String title, String description, List<String> instructors) {

    public EnrolledCourse {
        instructors = List.copyOf(instructors);
    }
}
