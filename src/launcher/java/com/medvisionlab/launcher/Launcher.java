package com.medvisionlab.launcher;

import java.util.Set;
import org.springframework.boot.loader.launch.JarLauncher;

/**
 * The jar's Main-Class, at the root of the jar and compiled for Java 17 on purpose: on a JVM older than 21 it says so
 * in one line instead of the JVM's UnsupportedClassVersionError stack trace. A command-line verb runs in a second
 * JVM tuned for a short batch ({@link CliJvm}) with only the tools' libraries ({@link CliLauncher}); anything else
 * starts the portal through Spring Boot's launcher, except a first argument that is neither a verb nor an option
 * ({@code --server.port=8081}): that is a mistyped command, which the tools refuse with exit code 2. Only the JDK and Spring Boot's loader (which repackaging puts
 * beside this class) are visible here: the application's classes and libraries are nested in BOOT-INF.
 */
public final class Launcher {

    private static final int REQUIRED_JAVA = 21;
    /** The first arguments that make the jar a command-line tool (the same set as {@code cli.CommandLine}). */
    static final Set<String> CLI_VERBS =
            Set.of("dump", "render", "deid", "rotate-keys", "help", "--help", "-h", "--version", "-V");

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        int running = Runtime.version().feature();
        if (running < REQUIRED_JAVA) {
            System.err.println("MedVision Lab needs Java " + REQUIRED_JAVA + " or newer; this is Java " + running + " ("
                    + System.getProperty("java.home") + "). Start it with a newer java.");
            System.exit(2);
        }
        if (args.length > 0 && !CLI_VERBS.contains(args[0]) && !args[0].startsWith("-")) {
            // a mistyped command: the tools say so (in the user's language) and exit 2; no tuned JVM needed for that
            CliLauncher.main(args);
            return;
        }
        if (args.length > 0 && CLI_VERBS.contains(args[0])) {
            var tuned = CliJvm.forThisProcess();
            if (tuned.isPresent()) {
                try {
                    System.exit(tuned.get().run(args));
                } catch (java.io.IOException e) {
                    // the second JVM could not start (e.g. no process creation allowed): run here, untuned
                }
            }
            CliLauncher.main(args);
            return;
        }
        JarLauncher.main(args);
    }
}
