package com.medvisionlab.course;

import java.util.List;

/**
 * A course or case change that was refused; {@link #messageKey()} with {@link #arguments()} says why, in words the UI
 * can translate.
 */
public class CourseException extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;

    CourseException(String messageKey, String... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
