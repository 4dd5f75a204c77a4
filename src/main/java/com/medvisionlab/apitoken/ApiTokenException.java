package com.medvisionlab.apitoken;

/** A refused token operation; the message key says why in the user's language. */
public class ApiTokenException extends RuntimeException {

    private final String messageKey;

    ApiTokenException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
