package com.medvisionlab.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a command's usage from its {@link CommandSpec}: synopsis, description, parameters and options, wrapped to
 * 80 terminal columns (a Chinese character takes two).
 */
final class Usage {

    static final String PROGRAM = "medvision";
    private static final int WIDTH = 80;
    /** Descriptions start in this column unless the names on the left are shorter. */
    private static final int MAX_LEFT = 26;

    private Usage() {}

    static String of(CommandSpec spec, Messages messages) {
        StringBuilder text = new StringBuilder();
        List<String> synopsis = new ArrayList<>();
        synopsis.add("[" + CommandSpec.HELP_SHORT + CommandSpec.VERSION_SHORT.substring(1) + "]");
        for (OptionSpec option : spec.options()) {
            synopsis.add(
                    switch (option.occurrence()) {
                        case REQUIRED -> option.synopsis();
                        case OPTIONAL -> "[" + option.synopsis() + "]";
                        case REPEATABLE -> "[" + option.synopsis() + "]...";
                    });
        }
        for (ParameterSpec parameter : spec.parameters()) {
            synopsis.add(parameter.synopsis());
        }
        synopsisLines(text, messages.get("cli.usage.prefix", PROGRAM + " " + spec.name()), synopsis);
        wrap(text, messages.get(spec.description()), 0);

        List<String[]> rows = new ArrayList<>();
        for (ParameterSpec parameter : spec.parameters()) {
            rows.add(new String[] {"  " + parameter.synopsis(), messages.get(parameter.description())});
        }
        table(text, messages.get("cli.usage.parameters"), rows);
        rows.clear();
        for (OptionSpec option : spec.allOptions()) {
            String description = messages.get(option.description());
            if (option.defaultValue().isPresent()) {
                description = messages.get(
                        "cli.usage.default", description, option.defaultValue().get());
            }
            rows.add(new String[] {optionColumn(option), description});
        }
        table(text, messages.get("cli.usage.options"), rows);
        return text.toString();
    }

    /** The usage of {@code medvision} itself: the standard options and the list of commands. */
    static String root(List<CommandSpec> commands, Messages messages) {
        StringBuilder text = new StringBuilder();
        synopsisLines(
                text,
                messages.get("cli.usage.prefix", PROGRAM),
                List.of("[" + CommandSpec.HELP_SHORT + CommandSpec.VERSION_SHORT.substring(1) + "]", "COMMAND"));
        wrap(text, messages.get("cli.root.description"), 0);
        List<String[]> rows = new ArrayList<>();
        for (OptionSpec option : CommandSpec.STANDARD_OPTIONS) {
            rows.add(new String[] {optionColumn(option), messages.get(option.description())});
        }
        table(text, messages.get("cli.usage.options"), rows);
        rows.clear();
        rows.add(new String[] {"  " + RootCommand.HELP, messages.get("cli.help.description")});
        for (CommandSpec command : commands) {
            // the first line only: the full description is in the command's own help
            rows.add(new String[] {
                "  " + command.name(),
                messages.get(command.description()).lines().findFirst().orElse("")
            });
        }
        table(text, messages.get("cli.usage.commands"), rows);
        wrap(text, messages.get("cli.usage.more", PROGRAM), 0);
        return text.toString();
    }

    private static String optionColumn(OptionSpec option) {
        String shortName = option == CommandSpec.HELP
                ? CommandSpec.HELP_SHORT
                : option == CommandSpec.VERSION ? CommandSpec.VERSION_SHORT : null;
        return (shortName == null ? "      " : "  " + shortName + ", ") + option.synopsis();
    }

    /** {@code head} then the synopsis items, continued lines indented under the first item. */
    private static void synopsisLines(StringBuilder text, String head, List<String> items) {
        int indent = width(head) + 1;
        StringBuilder line = new StringBuilder(head);
        int used = indent - 1;
        for (String item : items) {
            if (used + 1 + width(item) > WIDTH && used > indent) {
                text.append(line).append('\n');
                line.setLength(0);
                line.append(" ".repeat(indent - 1));
                used = indent - 1;
            }
            line.append(' ').append(item);
            used += 1 + width(item);
        }
        text.append(line).append('\n');
    }

    private static void table(StringBuilder text, String heading, List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        text.append(heading).append('\n');
        int left = 0;
        for (String[] row : rows) {
            left = Math.max(left, width(row[0]) + 2);
        }
        left = Math.min(left, MAX_LEFT);
        for (String[] row : rows) {
            int nameWidth = width(row[0]);
            StringBuilder start = new StringBuilder(row[0]);
            if (nameWidth + 2 > left) {
                text.append(start).append('\n');
                start.setLength(0);
                nameWidth = 0;
            }
            start.append(" ".repeat(left - nameWidth));
            StringBuilder description = new StringBuilder();
            wrap(description, row[1], left);
            text.append(start).append(description, left, description.length());
        }
    }

    /** Appends {@code paragraph} (may hold line breaks) wrapped to {@link #WIDTH}, each line indented by {@code indent}. */
    private static void wrap(StringBuilder text, String paragraph, int indent) {
        for (String source : paragraph.split("\n", -1)) {
            StringBuilder line = new StringBuilder(" ".repeat(indent));
            int used = indent;
            boolean lineEmpty = true;
            for (String word : words(source)) {
                boolean space = word.startsWith(" ");
                String bare = space ? word.substring(1) : word;
                int needed = width(bare) + (space && !lineEmpty ? 1 : 0);
                if (!lineEmpty && used + needed > WIDTH) {
                    text.append(line).append('\n');
                    line.setLength(0);
                    line.append(" ".repeat(indent));
                    used = indent;
                    lineEmpty = true;
                    needed = width(bare);
                }
                if (space && !lineEmpty) {
                    line.append(' ');
                }
                line.append(bare);
                used += needed;
                lineEmpty = false;
            }
            text.append(line).append('\n');
        }
    }

    /**
     * The places a line may break: runs of non-blank characters, each wide (Chinese) character on its own with any
     * punctuation right after it kept attached. A word preceded by blanks starts with one space.
     */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean spaceBefore = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                flush(words, word);
                spaceBefore = true;
                continue;
            }
            boolean wide = isWide(c);
            boolean lastWide = !word.isEmpty() && isWide(word.charAt(word.length() - 1));
            if (!word.isEmpty() && (wide || lastWide) && !isPunctuation(c)) {
                flush(words, word);
            }
            if (spaceBefore) {
                flush(words, word);
                word.append(' ');
                spaceBefore = false;
            }
            word.append(c);
        }
        flush(words, word);
        return words;
    }

    private static void flush(List<String> words, StringBuilder word) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Terminal columns of {@code s}: two for East Asian wide characters, one otherwise. */
    static int width(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); i++) {
            width += isWide(s.charAt(i)) ? 2 : 1;
        }
        return width;
    }

    private static boolean isWide(char c) {
        return (c >= '\u1100' && c <= '\u115F')
                || (c >= '\u2E80' && c <= '\uA4CF')
                || (c >= '\uAC00' && c <= '\uD7A3')
                || (c >= '\uF900' && c <= '\uFAFF')
                || (c >= '\uFE30' && c <= '\uFE4F')
                || (c >= '\uFF00' && c <= '\uFF60')
                || (c >= '\uFFE0' && c <= '\uFFE6');
    }
}
