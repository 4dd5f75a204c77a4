package com.medvisionlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a command accepts, declared once: the parser checks arguments against it and the usage is rendered from
 * it. Every command also answers {@code -h/--help} and {@code -V/--version} ({@link #STANDARD_OPTIONS}).
 */
record CommandSpec(String name, Text description, List<ParameterSpec> parameters, List<OptionSpec> options) {

    static final OptionSpec HELP = OptionSpec.flag("--help", "cli.option.help");
    static final OptionSpec VERSION = OptionSpec.flag("--version", "cli.option.version");
    static final String HELP_SHORT = "-h";
    static final String VERSION_SHORT = "-V";
    static final List<OptionSpec> STANDARD_OPTIONS = List.of(HELP, VERSION);

    CommandSpec {
        parameters = List.copyOf(parameters);
        options = List.copyOf(options);
        for (int i = 0; i < parameters.size() - 1; i++) {
            if (parameters.get(i).variadic()) {
                throw new IllegalArgumentException(name + ": only the last parameter may be variadic");
            }
        }
        List<String> names = new ArrayList<>();
        for (OptionSpec option : allOptions(options)) {
            if (names.contains(option.name())) {
                throw new IllegalArgumentException(name + ": option " + option.name() + " declared twice");
            }
            names.add(option.name());
        }
    }

    /** The command's own options followed by the standard ones. */
    List<OptionSpec> allOptions() {
        return allOptions(options);
    }

    private static List<OptionSpec> allOptions(List<OptionSpec> own) {
        List<OptionSpec> all = new ArrayList<>(own);
        all.addAll(STANDARD_OPTIONS);
        return all;
    }

    /** The option called {@code token}, including the short forms {@code -h} and {@code -V}. */
    Optional<OptionSpec> option(String token) {
        if (HELP_SHORT.equals(token)) {
            return Optional.of(HELP);
        }
        if (VERSION_SHORT.equals(token)) {
            return Optional.of(VERSION);
        }
        for (OptionSpec option : allOptions()) {
            if (option.name().equals(token)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }
}
