package com.medvisionlab.cli;

/**
 * One positional parameter, e.g. {@code IN}; a variadic one takes all remaining positionals (at least one) and
 * must come last.
 */
record ParameterSpec(String label, ValueType type, boolean variadic, Text description) {

    static ParameterSpec single(String label, ValueType type, String descriptionKey) {
        return new ParameterSpec(label, type, false, Text.of(descriptionKey));
    }

    static ParameterSpec oneOrMore(String label, ValueType type, String descriptionKey) {
        return new ParameterSpec(label, type, true, Text.of(descriptionKey));
    }

    String synopsis() {
        return variadic ? label + "..." : label;
    }
}
