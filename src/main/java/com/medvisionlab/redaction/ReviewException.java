package com.medvisionlab.redaction;

/** A review action that cannot be done, with a message key saying why in the user's language. */
public final class ReviewException extends RuntimeException {

    private final String messageKey;

    public ReviewException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
