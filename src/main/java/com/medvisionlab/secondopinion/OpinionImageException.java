package com.medvisionlab.secondopinion;

import java.util.List;

/**
 * An image could not be prepared for an engine (not indexed, not readable by the caller, no pixels, a case without
 * images); {@link #messageKey()} with {@link #arguments()} says why in words the UI can translate.
 */
public class OpinionImageException extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;

    OpinionImageException(String messageKey, String... arguments) {
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
