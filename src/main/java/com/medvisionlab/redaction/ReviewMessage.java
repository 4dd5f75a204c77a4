package com.medvisionlab.redaction;

import java.util.List;

/** Something to tell the researcher, as a message key of {@code messages*.properties} and its arguments. */
public record ReviewMessage(String key, List<String> arguments) {

    public ReviewMessage {
        arguments = List.copyOf(arguments);
    }

    public static ReviewMessage of(String key, Object... arguments) {
        return new ReviewMessage(
                key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
