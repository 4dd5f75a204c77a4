package com.medvisionlab.secondopinion;

import java.util.List;

/** A batch run could not start; {@link #messageKey()} with {@link #arguments()} says why, for the UI to translate. */
public class BatchException extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;

    BatchException(String messageKey, String... arguments) {
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
