package com.medvisionlab.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a command's arguments against its {@link CommandSpec}. Options may come before, between or after the
 * parameters, as {@code --name value}, {@code --name=value} (one value) or {@code --name v1 v2} (a tuple);
 * {@code --} ends the options. With {@code --help} or {@code --version} missing parameters and required options
 * are not reported, so help is always reachable.
 */
final class ArgumentParser {

    private static final String END_OF_OPTIONS = "--";

    private ArgumentParser() {}

    /** @throws UsageException naming the first problem found */
    static ParsedArguments parse(CommandSpec spec, List<String> args) {
        Map<String, List<String>> options = new HashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String token = args.get(i);
            if (optionsEnded || !looksLikeOption(token)) {
                positionals.add(token);
            } else if (END_OF_OPTIONS.equals(token)) {
                optionsEnded = true;
            } else {
                i = option(spec, args, i, options);
            }
        }
        boolean informationOnly =
                options.containsKey(CommandSpec.HELP.name()) || options.containsKey(CommandSpec.VERSION.name());
        if (!informationOnly) {
            for (OptionSpec option : spec.options()) {
                if (option.occurrence() == OptionSpec.Occurrence.REQUIRED && !options.containsKey(option.name())) {
                    throw new UsageException(Text.of("cli.error.missing-option", option.synopsis()));
                }
            }
        }
        return new ParsedArguments(spec, options, parameters(spec, positionals, informationOnly));
    }

    /** Reads the option at {@code args[index]} and its values; returns the index of its last token. */
    private static int option(CommandSpec spec, List<String> args, int index, Map<String, List<String>> options) {
        String token = args.get(index);
        int equals = token.indexOf('=');
        boolean attached = token.startsWith("--") && equals > 2;
        String name = attached ? token.substring(0, equals) : token;
        OptionSpec option =
                spec.option(name).orElseThrow(() -> new UsageException(Text.of("cli.error.unknown-option", name)));
        List<String> values = new ArrayList<>(option.arity());
        int last = index;
        if (attached) {
            if (option.isFlag()) {
                throw new UsageException(Text.of("cli.error.flag-with-value", option.name()));
            }
            if (option.arity() != 1) {
                throw missingValue(option);
            }
            values.add(token.substring(equals + 1));
        } else {
            for (int v = 0; v < option.arity(); v++) {
                last++;
                if (last >= args.size() || !canBeValue(spec, args.get(last))) {
                    throw missingValue(option);
                }
                values.add(args.get(last));
            }
        }
        for (String value : values) {
            option.type().check(option.name(), value);
        }
        List<String> earlier = options.get(option.name());
        if (earlier == null) {
            options.put(option.name(), values);
        } else if (option.occurrence() == OptionSpec.Occurrence.REPEATABLE) {
            earlier.addAll(values);
        } else if (!option.isFlag()) {
            throw new UsageException(Text.of("cli.error.repeated-option", option.name()));
        }
        return last;
    }

    private static Map<String, List<String>> parameters(
            CommandSpec spec, List<String> positionals, boolean informationOnly) {
        Map<String, List<String>> parameters = new HashMap<>();
        int next = 0;
        for (ParameterSpec parameter : spec.parameters()) {
            int end = parameter.variadic() ? positionals.size() : Math.min(next + 1, positionals.size());
            if (end <= next) {
                if (informationOnly) {
                    continue;
                }
                throw new UsageException(Text.of("cli.error.missing-parameter", parameter.synopsis()));
            }
            List<String> values = List.copyOf(positionals.subList(next, end));
            for (String value : values) {
                parameter.type().check(parameter.label(), value);
            }
            parameters.put(parameter.label(), values);
            next = end;
        }
        if (next < positionals.size() && !informationOnly) {
            throw new UsageException(Text.of("cli.error.unexpected-argument", positionals.get(next)));
        }
        return parameters;
    }

    private static UsageException missingValue(OptionSpec option) {
        return new UsageException(Text.of(
                "cli.error.missing-value", option.name(), option.arity(), String.join(" ", option.valueLabels())));
    }

    /** A dash followed by something that is not a number ({@code -5} is a value, e.g. a window center). */
    private static boolean looksLikeOption(String token) {
        return token.length() > 1 && token.charAt(0) == '-' && !startsLikeNumber(token);
    }

    /** An option's value must not be another option: {@code --out --frame 2} lacks the PNG, it is not named "--frame". */
    private static boolean canBeValue(CommandSpec spec, String token) {
        Optional<OptionSpec> option = spec.option(token);
        return option.isEmpty() && !token.startsWith("--");
    }

    private static boolean startsLikeNumber(String token) {
        char first = token.charAt(1);
        return Character.isDigit(first) || first == '.';
    }
}
