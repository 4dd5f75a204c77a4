package com.medvisionlab.ingest;

import java.util.List;

/**
 * Why a file was quarantined or rejected, as a message key of {@code messages*.properties} and its arguments, so
 * every caller can say it in the user's language.
 */
public record IngestReason(String messageKey, List<String> arguments) {

    public IngestReason {
        arguments = List.copyOf(arguments);
    }

    public static IngestReason of(String messageKey, String... arguments) {
        return new IngestReason(messageKey, List.of(arguments));
    }
}
