package com.medvisionlab.secondopinion;

/** A request the queue refuses, with a message key of {@code messages*.properties} for the user. */
public class OpinionException extends RuntimeException {

    private final String messageKey;

    public OpinionException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
