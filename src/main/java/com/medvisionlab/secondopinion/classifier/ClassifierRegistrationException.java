package com.medvisionlab.secondopinion.classifier;

/** A refused registration; the message key (with its arguments) says why in the user's language. */
public class ClassifierRegistrationException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ClassifierRegistrationException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
