package com.medvisionlab.security;

/** A user change that was refused; {@link #messageKey()} says why, in words the UI can translate. */
public class UserManagementException extends RuntimeException {

    private final String messageKey;

    UserManagementException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
