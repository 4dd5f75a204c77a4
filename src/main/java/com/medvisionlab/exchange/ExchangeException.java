package com.medvisionlab.exchange;

import java.util.List;

/** Why an export or import was refused, as a message key of {@code messages*.properties} and its arguments. */
public class ExchangeException extends RuntimeException {

    private final String messageKey;
    private final List<String> arguments;

    public ExchangeException(String messageKey, String... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
