package com.medvisionlab.cli;

import java.util.List;

/** A message not yet translated: a {@code cli.} key of the {@code messages} bundle and its arguments. */
record Text(String key, List<Object> args) {

    Text {
        args = List.copyOf(args);
    }

    static Text of(String key, Object... args) {
        return new Text(key, List.of(args));
    }
}
