package com.medvisionlab.deid.report;

/**
 * Something identifying left in (or suspected in) an output. {@code location} names the element path, e.g.
 * {@code (0040,A730)[0]/(0040,A160) TextValue}; {@code kind} says what matched (e.g. "patient name token").
 * The identifying value itself is never stored, so reports and logs stay free of PHI.
 */
public record Finding(String location, String kind) {

    @Override
    public String toString() {
        return kind + " in " + location;
    }
}
