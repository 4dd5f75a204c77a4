package com.medvisionlab.cli;

import java.util.List;
import java.util.Optional;

/**
 * One {@code --name} option: a flag (no value labels) or an option taking {@code valueLabels.size()} values,
 * given as {@code --name v1 v2} or, for one value, {@code --name=v}.
 *
 * @param name         with its dashes, e.g. {@code --out}
 * @param valueLabels  placeholders shown in the usage, one per value; empty for a flag
 * @param occurrence   how often the option may or must be given
 * @param defaultValue used when the option is absent (single-value options only)
 * @param description  shown in the usage
 */
record OptionSpec(
        String name,
        List<String> valueLabels,
        ValueType type,
        Occurrence occurrence,
        Optional<String> defaultValue,
        Text description) {

    /** How often an option may appear. */
    enum Occurrence {
        OPTIONAL,
        REQUIRED,
        REPEATABLE
    }

    OptionSpec {
        valueLabels = List.copyOf(valueLabels);
        if (!name.startsWith("-")) {
            throw new IllegalArgumentException("option name must start with a dash: " + name);
        }
        if (defaultValue.isPresent() && (valueLabels.size() != 1 || occurrence != Occurrence.OPTIONAL)) {
            throw new IllegalArgumentException(name + ": only an optional single-value option has a default");
        }
    }

    static OptionSpec flag(String name, String descriptionKey) {
        return new OptionSpec(
                name, List.of(), ValueType.TEXT, Occurrence.OPTIONAL, Optional.empty(), Text.of(descriptionKey));
    }

    /** An optional option with one value per occurrence; see {@link #required()}, {@link #repeatable()}. */
    static OptionSpec valued(String name, ValueType type, String valueLabel, Text description) {
        return new OptionSpec(name, List.of(valueLabel), type, Occurrence.OPTIONAL, Optional.empty(), description);
    }

    static OptionSpec valued(String name, ValueType type, String valueLabel, String descriptionKey) {
        return valued(name, type, valueLabel, Text.of(descriptionKey));
    }

    /** An option taking several values at once, e.g. {@code --window CENTER WIDTH}. */
    static OptionSpec tuple(String name, ValueType type, List<String> valueLabels, String descriptionKey) {
        return new OptionSpec(name, valueLabels, type, Occurrence.OPTIONAL, Optional.empty(), Text.of(descriptionKey));
    }

    OptionSpec required() {
        return new OptionSpec(name, valueLabels, type, Occurrence.REQUIRED, defaultValue, description);
    }

    OptionSpec repeatable() {
        return new OptionSpec(name, valueLabels, type, Occurrence.REPEATABLE, defaultValue, description);
    }

    OptionSpec withDefault(String value) {
        type.check(name, value);
        return new OptionSpec(name, valueLabels, type, occurrence, Optional.of(value), description);
    }

    boolean isFlag() {
        return valueLabels.isEmpty();
    }

    int arity() {
        return valueLabels.size();
    }

    /** {@code --out PNG}, {@code --window CENTER WIDTH}, {@code --json}. */
    String synopsis() {
        return valueLabels.isEmpty() ? name : name + " " + String.join(" ", valueLabels);
    }
}
