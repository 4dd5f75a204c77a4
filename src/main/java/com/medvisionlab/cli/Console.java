package com.medvisionlab.cli;

import java.io.PrintWriter;

/** Where a command writes (standard output and error) and in which language. */
final class Console {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Messages messages;
    private final boolean onSystemStreams;

    private Console(PrintWriter out, PrintWriter err, Messages messages, boolean onSystemStreams) {
        this.out = out;
        this.err = err;
        this.messages = messages;
        this.onSystemStreams = onSystemStreams;
    }

    /** Writers on the process's standard output and error, which may be a terminal. */
    static Console ofSystemStreams(PrintWriter out, PrintWriter err, Messages messages) {
        return new Console(out, err, messages, true);
    }

    /** Writers that are never a terminal (tests, embedding). */
    static Console detached(PrintWriter out, PrintWriter err, Messages messages) {
        return new Console(out, err, messages, false);
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    Messages messages() {
        return messages;
    }

    String text(String key, Object... args) {
        return messages.get(key, args);
    }

    /**
     * True when a person watches a terminal, so progress lines that rewrite themselves make sense. Asked only when
     * needed: {@code System.console()} costs tens of milliseconds of start-up.
     */
    boolean interactive() {
        return onSystemStreams && System.console() != null;
    }
}
