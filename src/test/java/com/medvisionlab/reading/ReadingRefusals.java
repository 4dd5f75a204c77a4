package com.medvisionlab.reading;

/** Refusals as the reading service throws them, for view tests of other packages. */
public final class ReadingRefusals {

    private ReadingRefusals() {}

    public static ReadingException of(String messageKey, String... arguments) {
        return new ReadingException(messageKey, arguments);
    }
}
