package com.medvisionlab.course;

/** The refusal the course services throw, for tests of views that must explain it. */
public final class CourseRefusals {

    private CourseRefusals() {}

    public static CourseException of(String messageKey, String... arguments) {
        return new CourseException(messageKey, arguments);
    }
}
