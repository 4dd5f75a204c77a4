package com.medvisionlab.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Entry point of the command-line tools that ship inside the portal's jar. Plain Java: nothing here may touch Spring,
 * so a CLI run never starts the web server or opens the database, and starts about as fast as a bare JVM. Every
 * text comes from the {@code messages} bundle in the language of the default locale (LANG on Linux).
 */
public final class CommandLine {

    /**
     * The words the jar answers as a CLI. Any other first argument that is not an option ({@code --server.port=...})
     * is a mistyped command, answered as such, never a reason to start the web server.
     */
    private static final Set<String> ENTRY_WORDS =
            Set.of("dump", "render", "deid", "rotate-keys", RootCommand.HELP, "--help", "-h", "--version", "-V");

    private CommandLine() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && (ENTRY_WORDS.contains(args[0]) || !args[0].startsWith("-"));
    }

    /** The first arguments that make the jar a command-line tool (the jar's root launcher keeps the same list). */
    public static Set<String> entryWords() {
        return ENTRY_WORDS;
    }

    /** Entry point of the jar's command-line launcher: runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command on the process's standard streams and returns its exit code (0 success, 1 partial, 2 usage
     * or input errors).
     */
    public static int run(String[] args) {
        SystemLocale system = SystemLocale.current();
        PrintWriter out = writer(System.out, system);
        PrintWriter err = writer(System.err, system);
        try {
            return run(List.of(args), Console.ofSystemStreams(out, err, Messages.forLocale(system.locale())));
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * As {@link #run(String[])}, writing to the given streams (flushed at the end) in the language of
     * {@link java.util.Locale#getDefault()} alone; never shows progress.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return run(List.of(args), Console.detached(out, err, Messages.forDefaultLocale()));
        } finally {
            out.flush();
            err.flush();
        }
    }

    static int run(List<String> args, Console console) {
        if (args.isEmpty()) {
            console.err().print(RootCommand.usage(console.messages()));
            return Command.USAGE_ERROR;
        }
        String first = args.getFirst();
        List<String> rest = args.subList(1, args.size());
        return switch (first) {
            case RootCommand.HELP, "--help", "-h" -> help(rest, console);
            case "--version", "-V" -> version(console);
            default -> {
                var command = RootCommand.find(first);
                if (command.isPresent()) {
                    yield run(command.get(), rest, console);
                }
                console.err().println(console.text("cli.error", console.text("cli.error.unknown-command", first)));
                console.err().print(RootCommand.usage(console.messages()));
                yield Command.USAGE_ERROR;
            }
        };
    }

    /** {@code help}, {@code help VERB} (also {@code --help VERB}). */
    private static int help(List<String> rest, Console console) {
        if (rest.isEmpty()) {
            console.out().print(RootCommand.usage(console.messages()));
            return Command.SUCCESS;
        }
        if (rest.size() == 1) {
            var command = RootCommand.find(rest.getFirst());
            if (command.isPresent()) {
                console.out().print(Usage.of(command.get().spec(), console.messages()));
                return Command.SUCCESS;
            }
        }
        String problem = rest.size() == 1
                ? console.text("cli.error.unknown-command", rest.getFirst())
                : console.text("cli.error.unexpected-argument", rest.get(1));
        console.err().println(console.text("cli.error", problem));
        console.err().print(RootCommand.usage(console.messages()));
        return Command.USAGE_ERROR;
    }

    private static int version(Console console) {
        console.out().println(RootCommand.VERSION);
        return Command.SUCCESS;
    }

    private static int run(Command command, List<String> args, Console console) {
        try {
            ParsedArguments parsed = ArgumentParser.parse(command.spec(), args);
            if (parsed.helpRequested()) {
                console.out().print(Usage.of(command.spec(), console.messages()));
                return Command.SUCCESS;
            }
            if (parsed.versionRequested()) {
                return version(console);
            }
            return command.run(parsed, console);
        } catch (UsageException e) {
            console.err().println(console.text("cli.error", console.messages().get(e.text())));
            console.err().print(Usage.of(command.spec(), console.messages()));
            return Command.USAGE_ERROR;
        } catch (CommandException e) {
            return fail(console, console.messages().get(e.text()));
        } catch (IOException | UncheckedIOException e) {
            return fail(
                    console,
                    console.text("cli.error.io", describe(e), e.getClass().getSimpleName()));
        } catch (RuntimeException | LinkageError e) {
            // a bug or a broken installation (missing native library) must not show a stack trace either
            return fail(console, describe(e));
        }
    }

    private static int fail(Console console, String line) {
        console.out().flush();
        console.err().println(console.text("cli.error", line));
        return Command.USAGE_ERROR;
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A writer in the terminal's encoding (normally stdout.encoding), so Chinese text shows right. */
    static PrintWriter writer(PrintStream stream, SystemLocale system) {
        return new PrintWriter(new OutputStreamWriter(stream, system.encodingOf(stream)));
    }
}
