package com.medvisionlab.secondopinion;

import java.util.List;

/** A prompt edit was refused; {@link #messageKey()} with {@link #arguments()} says why, for the UI to translate. */
public class PromptException extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;

    PromptException(String messageKey, String... arguments) {
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
