package com.medvisionlab.cli;

/**
 * The arguments do not fit the command (unknown option, missing value, bad number, unknown preset...): reported as
 * one localized line followed by the command's usage, exit code 2.
 */
final class UsageException extends RuntimeException {

    private final transient Text text;

    UsageException(Text text) {
        super(text.key() + " " + text.args(), null, false, false);
        this.text = text;
    }

    Text text() {
        return text;
    }
}
