package com.medvisionlab.deid;

/** The requested combination of preset and options is not allowed by PS3.15 (e.g. both longitudinal variants). */
public final class InvalidDeidConfigException extends IllegalArgumentException {

    public InvalidDeidConfigException(String message) {
        super(message);
    }
}
