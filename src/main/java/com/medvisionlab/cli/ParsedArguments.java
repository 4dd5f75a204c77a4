package com.medvisionlab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of one run, checked against the command's {@link CommandSpec}: values already have the declared
 * {@link ValueType}, so the typed getters never fail on user input. Asking for an option or parameter the spec does
 * not declare is a programming error ({@link IllegalArgumentException}).
 */
final class ParsedArguments {

    private final CommandSpec spec;
    /** Option name to its values, all occurrences in order; absent when not given. */
    private final Map<String, List<String>> options;
    /** Parameter label to its values (one, or several for a variadic parameter). */
    private final Map<String, List<String>> parameters;

    ParsedArguments(CommandSpec spec, Map<String, List<String>> options, Map<String, List<String>> parameters) {
        this.spec = spec;
        this.options = Map.copyOf(options);
        this.parameters = Map.copyOf(parameters);
    }

    boolean helpRequested() {
        return options.containsKey(CommandSpec.HELP.name());
    }

    boolean versionRequested() {
        return options.containsKey(CommandSpec.VERSION.name());
    }

    boolean flag(String name) {
        declared(name);
        return options.containsKey(name);
    }

    /** Every value given for {@code name} (a repeatable option or a tuple), in order; empty when absent. */
    List<String> values(String name) {
        declared(name);
        return options.getOrDefault(name, List.of());
    }

    /** The value of a single-value option, else its default. */
    Optional<String> value(String name) {
        OptionSpec option = declared(name);
        List<String> given = options.get(name);
        return given == null ? option.defaultValue() : Optional.of(given.getLast());
    }

    /** The value of an option that is required or has a default. */
    String requiredValue(String name) {
        return value(name).orElseThrow(() -> new IllegalArgumentException(name + " is neither required nor defaulted"));
    }

    Optional<Path> path(String name) {
        return value(name).map(Path::of);
    }

    int integer(String name) {
        return Integer.parseInt(requiredValue(name));
    }

    /** The values of a tuple option such as {@code --window CENTER WIDTH}, when given. */
    Optional<double[]> decimals(String name) {
        List<String> given = values(name);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        double[] numbers = new double[given.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = Double.parseDouble(given.get(i));
        }
        return Optional.of(numbers);
    }

    String parameter(String label) {
        return parameters(label).getFirst();
    }

    Path parameterPath(String label) {
        return Path.of(parameter(label));
    }

    List<String> parameters(String label) {
        List<String> values = parameters.get(label);
        if (values == null) {
            throw new IllegalArgumentException(spec.name() + " has no parameter " + label);
        }
        return values;
    }

    private OptionSpec declared(String name) {
        for (OptionSpec option : spec.allOptions()) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        throw new IllegalArgumentException(spec.name() + " has no option " + name);
    }
}
