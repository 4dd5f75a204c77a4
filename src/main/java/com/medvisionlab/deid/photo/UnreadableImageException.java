package com.medvisionlab.deid.photo;

/** An upload that cannot be safely decoded; {@link #reason()} says why, the message says it in words. */
public final class UnreadableImageException extends Exception {

    /** What was wrong with the input. */
    public enum Reason {
        NOT_AN_IMAGE,
        UNSUPPORTED_FORMAT,
        TRUNCATED,
        CORRUPT,
        TOO_LARGE
    }

    private final Reason reason;

    UnreadableImageException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    UnreadableImageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
