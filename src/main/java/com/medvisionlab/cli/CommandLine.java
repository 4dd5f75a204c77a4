package com.medvisionlab.cli;

import java.util.Set;

/**
 * Entry point of the command-line tools that ship inside the portal's jar. Plain Java and picocli:
 * nothing here may touch Spring, so a CLI run never starts the web server or opens the database.
 */
public final class CommandLine {

    private CommandLine() {
    }

    /** The verbs the jar answers as a CLI; anything else starts the portal. */
    private static final Set<String> VERBS = Set.of("dump", "render", "deid", "help", "--help", "-h", "--version");

    public static boolean handles(String[] args) {
        return args.length > 0 && VERBS.contains(args[0]);
    }

    /** Entry point of the jar's command-line launcher: runs the command and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code (0 success, 1 partial, 2 usage or input errors). */
    public static int run(String[] args) {
        return RootCommand.newCommandLine().execute(args);
    }
}
