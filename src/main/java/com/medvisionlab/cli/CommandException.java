package com.medvisionlab.cli;

/** A command could not do its work for a reason it can name (e.g. cannot write the PNG): one localized line, exit 2. */
final class CommandException extends RuntimeException {

    private final transient Text text;

    CommandException(Text text, Throwable cause) {
        super(text.key() + " " + text.args(), cause);
        this.text = text;
    }

    Text text() {
        return text;
    }
}
