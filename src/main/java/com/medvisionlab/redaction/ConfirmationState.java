package com.medvisionlab.redaction;

/** Whether a researcher has looked at an image whose pixels were redacted. */
public enum ConfirmationState {
    /** Blocks publication of its study. */
    UNCONFIRMED,
    CONFIRMED
}
