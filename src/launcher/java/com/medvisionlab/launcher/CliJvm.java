package com.medvisionlab.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A second JVM for a command-line run, tuned for a batch that lasts seconds rather than days: only the C1 compiler
 * (the C2 compiler's warm-up costs more CPU than it saves before such a run ends: measured in bench/deid.sh, about
 * half the CPU time of a 1,000-file de-identification), the serial collector (one thread, no concurrent
 * marking) and a small young generation (a de-identified file leaves little behind, and a large young generation
 * only means the kernel zeroes more fresh pages before the first collection). {@code java -jar} cannot pass such flags itself, so the jar's first JVM starts the tuned one with the same
 * arguments, the user's own JVM options (given after ours, so they win) and the same standard streams, and returns its
 * exit code. The tuned JVM starts from the unpacked copy of the tools and its AOT cache ({@link CliCache}) when
 * there is one, else from the jar ({@link CliLauncher}). Set {@code MEDVISION_CLI_FORK=false} to run in the first JVM
 * instead, {@code MEDVISION_CLI_CACHE=false} to start from the jar.
 */
final class CliJvm {

    /** Marks the tuned JVM, so that it does not start yet another one. */
    static final String MARKER_PROPERTY = "medvision.cli.jvm";

    static final String FORK_VARIABLE = "MEDVISION_CLI_FORK";
    static final String CACHE_VARIABLE = "MEDVISION_CLI_CACHE";
    static final List<String> TUNING =
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmn16m", "-XX:-UsePerfData");

    private final String java;
    private final Path jar;
    private final List<String> userOptions;
    private final Optional<CliCache> cache;

    CliJvm(String java, Path jar, List<String> userOptions, Optional<CliCache> cache) {
        this.java = java;
        this.jar = jar;
        this.userOptions = List.copyOf(userOptions);
        this.cache = cache;
    }

    /**
     * The tuned JVM to start, unless this already is one, forking is switched off, or we do not run from a jar.
     * Written without lambdas or ProcessHandle: this runs before the second JVM can start, and the first lambda or
     * ProcessHandle use costs a cold JVM tens of milliseconds.
     */
    static Optional<CliJvm> forThisProcess() {
        if (System.getProperty(MARKER_PROPERTY) != null || "false".equalsIgnoreCase(System.getenv(FORK_VARIABLE))) {
            return Optional.empty();
        }
        Optional<Path> jar = runningJar();
        Optional<Path> java = javaExecutable();
        if (jar.isEmpty() || java.isEmpty()) {
            return Optional.empty();
        }
        Optional<CliCache> cache = "false".equalsIgnoreCase(System.getenv(CACHE_VARIABLE))
                ? Optional.<CliCache>empty()
                : CliCache.forJar(jar.get());
        return Optional.of(new CliJvm(java.get().toString(), jar.get(), optionsBeforeJar(ownArguments()), cache));
    }

    /** The {@code java} of the running JDK or JRE. */
    private static Optional<Path> javaExecutable() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        for (String name : new String[] {"java", "java.exe"}) {
            if (Files.isExecutable(bin.resolve(name))) {
                return Optional.of(bin.resolve(name));
            }
        }
        return Optional.empty();
    }

    /** This JVM's command-line arguments after the executable: /proc/self/cmdline on Linux, else ProcessHandle. */
    private static List<String> ownArguments() {
        Path cmdline = Path.of("/proc/self/cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                return cmdlineArguments(Files.readAllBytes(cmdline), nativeEncoding());
            }
        } catch (IOException e) {
            // fall back below
        }
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        return arguments.isPresent() ? Arrays.asList(arguments.get()) : List.of();
    }

    /** The NUL-separated arguments of a /proc cmdline, without the first (the executable). */
    static List<String> cmdlineArguments(byte[] cmdline, Charset encoding) {
        List<String> arguments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                arguments.add(new String(cmdline, start, i - start, encoding));
                start = i + 1;
            }
        }
        return arguments.isEmpty() ? arguments : arguments.subList(1, arguments.size());
    }

    /** How the platform encodes command lines and paths (sun.jnu.encoding), not the default file encoding. */
    private static Charset nativeEncoding() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /** The JVM options of a {@code java [options] -jar app.jar [args]} command line; none for other forms. */
    static List<String> optionsBeforeJar(List<String> arguments) {
        int jarFlag = arguments.indexOf("-jar");
        return jarFlag < 0 ? List.of() : arguments.subList(0, jarFlag);
    }

    /** The tuned JVM's command; unpacks the tools and trains their AOT cache first when they are not yet. */
    List<String> command(String[] args) {
        List<String> jvm = tunedJvm();
        List<String> command = new ArrayList<>(jvm);
        Optional<String> classPath = cache.isPresent() ? cache.get().classPath() : Optional.<String>empty();
        if (classPath.isPresent()) {
            // JVM warnings go to stdout by default, where they would mix with a tool's output
            command.add("-Xlog:disable");
            command.add("-Xlog:all=warning:stderr");
            Optional<Path> aot = cache.get().aotCache(jvm, classPath.get());
            if (aot.isPresent()) {
                command.add("-XX:AOTCache=" + aot.get());
                command.add("-Xlog:aot*=off:stderr"); // a stale or damaged cache only means a slower start
            }
        }
        command.addAll(userOptions);
        command.add("-D" + MARKER_PROPERTY + "=tuned");
        command.add("-cp");
        if (classPath.isPresent()) {
            command.add(classPath.get());
            command.add(CliLauncher.CLI_MAIN);
        } else {
            command.add(jar.toString());
            command.add(CliLauncher.class.getName());
        }
        command.addAll(Arrays.asList(args));
        return command;
    }

    private List<String> tunedJvm() {
        List<String> jvm = new ArrayList<>();
        jvm.add(java);
        jvm.addAll(TUNING);
        jvm.addAll(quietNativeLibraries(Runtime.version().feature()));
        return jvm;
    }

    /**
     * Options that stop the JDK from warning about the native image libraries (JavaCPP loads JNI libraries and uses
     * sun.misc.Unsafe): four lines of "WARNING: ..." on every command mean nothing to a user. The tuned JVM is the
     * running JDK, so its version decides; older JDKs neither warn nor know these options.
     */
    static List<String> quietNativeLibraries(int javaFeature) {
        List<String> options = new ArrayList<>();
        if (javaFeature >= 22) {
            options.add("--enable-native-access=ALL-UNNAMED");
        }
        if (javaFeature >= 23) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return options;
    }

    /** Runs the command in the tuned JVM and returns its exit code. */
    int run(String[] args) throws IOException {
        Process child = new ProcessBuilder(command(args)).inheritIO().start();
        // Ctrl-C reaches both JVMs; a plain kill of this one must not leave the other running.
        Thread stopChild = new StopChild(child);
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    /** A shutdown hook (a class, not a lambda: see {@link #forThisProcess()}). */
    private static final class StopChild extends Thread {
        private final Process child;

        StopChild(Process child) {
            super("stop-cli-jvm");
            this.child = child;
        }

        @Override
        public void run() {
            child.destroy();
        }
    }

    private static Optional<Path> runningJar() {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
