package com.medvisionlab.reading;

import java.util.List;

/**
 * A save or submission that was refused; {@link #messageKey()} with {@link #arguments()} says why, in words the UI
 * can translate.
 */
public class ReadingException extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;

    ReadingException(String messageKey, String... arguments) {
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
