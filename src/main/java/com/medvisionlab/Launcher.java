package com.medvisionlab;

/**
 * The jar's entry point, compiled for Java 17 on purpose: started on a JVM older than 21, it says so in one line
 * instead of the JVM's UnsupportedClassVersionError stack trace, then hands over to {@link MedVisionLabApplication}.
 */
public final class Launcher {

    private static final int REQUIRED_JAVA = 21;

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        int running = Runtime.version().feature();
        if (running < REQUIRED_JAVA) {
            System.err.println("MedVision Lab needs Java " + REQUIRED_JAVA + " or newer; this is Java " + running
                    + " (" + System.getProperty("java.home") + "). Start it with a newer java.");
            System.exit(2);
        }
        // Reflection keeps the Java 21 class from being linked before the check above has run.
        try {
            Class.forName("com.medvisionlab.MedVisionLabApplication")
                    .getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
