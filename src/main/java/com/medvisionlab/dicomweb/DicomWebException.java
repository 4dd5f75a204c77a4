package com.medvisionlab.dicomweb;

import java.util.List;

/** A request the DICOMweb service answers with an error status and a message in the client's language. */
final class DicomWebException extends RuntimeException {

    private final int status;
    private final String messageKey;
    private final List<String> arguments;

    DicomWebException(int status, String messageKey, String... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    static DicomWebException notFound() {
        return new DicomWebException(404, "dicomweb.error.not-found");
    }

    static DicomWebException forbidden() {
        return new DicomWebException(403, "dicomweb.error.study-forbidden");
    }

    static DicomWebException badRequest(String why) {
        return new DicomWebException(400, "dicomweb.error.bad-request", why);
    }

    static DicomWebException notAcceptable(String accept) {
        return new DicomWebException(406, "dicomweb.error.not-acceptable", accept);
    }

    int status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.toArray();
    }
}
