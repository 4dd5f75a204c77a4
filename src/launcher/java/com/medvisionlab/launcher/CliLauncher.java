package com.medvisionlab.launcher;

import org.springframework.boot.loader.launch.Archive;
import org.springframework.boot.loader.launch.JarLauncher;

/**
 * Starts the command-line tools from the jar with only the libraries they use on the class path. Spring Boot's own
 * launcher puts all 250-odd nested jars there, and every class or resource not found in the first ones (a resource
 * bundle, a service file) makes it open the central directory of every further nested jar: most of the tools'
 * start-up time. The tools are plain Java plus {@link CliLibraries}; {@code CliJarIT} runs them from the packaged jar.
 * Used when the unpacked copy ({@link CliCache}) cannot be made.
 */
public final class CliLauncher extends JarLauncher {

    static final String CLI_MAIN = "com.medvisionlab.cli.CommandLine";

    private CliLauncher() throws Exception {
        // The index lists every nested jar and would put them all back on the class path.
        classPathIndex = null;
    }

    public static void main(String[] args) throws Exception {
        new CliLauncher().launch(args);
    }

    @Override
    protected boolean isIncludedOnClassPath(Archive.Entry entry) {
        String name = entry.name();
        return name.equals(CliLibraries.CLASSES)
                || name.startsWith(CliLibraries.LIB)
                        && CliLibraries.includes(name.substring(CliLibraries.LIB.length()));
    }

    @Override
    protected String getMainClass() {
        return CLI_MAIN;
    }
}
