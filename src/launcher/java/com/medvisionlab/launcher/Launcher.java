package com.medvisionlab.launcher;

import java.util.Set;

/**
 * The jar's Main-Class, at the root of the jar and compiled for Java 17 on purpose: on a JVM older than 21 it says so
 * in one line instead of the JVM's UnsupportedClassVersionError stack trace. A command-line verb runs in a second
 * JVM tuned for a short batch ({@link CliJvm}); anything else starts the portal through Spring Boot's launcher.
 * It may only use the JDK: the application's classes and libraries are nested in BOOT-INF and not visible here.
 */
public final class Launcher {

    private static final int REQUIRED_JAVA = 21;
    /** Spring Boot's launcher for the nested jars; it starts the manifest's Start-Class. */
    static final String SPRING_BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";
    /** The first arguments that make the jar a command-line tool (the same set as {@code cli.CommandLine}). */
    static final Set<String> CLI_VERBS = Set.of("dump", "render", "deid", "help", "--help", "-h", "--version",
            "-V");

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        int running = Runtime.version().feature();
        if (running < REQUIRED_JAVA) {
            System.err.println("MedVision Lab needs Java " + REQUIRED_JAVA + " or newer; this is Java " + running
                    + " (" + System.getProperty("java.home") + "). Start it with a newer java.");
            System.exit(2);
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
        }
        // Reflection: the Spring Boot loader sits beside this class in the jar but is not on the compile path.
        try {
            Class.forName(SPRING_BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
