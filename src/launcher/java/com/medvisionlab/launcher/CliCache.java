package com.medvisionlab.launcher;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The command-line tools unpacked once from the jar onto a plain class path, plus the JDK's ahead-of-time cache of
 * their classes (JDK 25+). From the jar, Spring Boot's nested-jar loader costs a cold JVM about 0.2 s before the first
 * file is read, and every class is then loaded, verified and linked from scratch; from plain jars and an AOT cache a
 * 1,000-file de-identification finishes about a third sooner (bench/deid.sh). One directory per jar (path, size,
 * time) and JVM build, under {@code $XDG_CACHE_HOME/medvision/cli} (else {@code ~/.cache/medvision/cli}); everything
 * in it can be deleted at any time. Written without lambdas or streams: this runs in the first, cold JVM.
 */
final class CliCache {

    static final String CACHE_HOME_VARIABLE = "XDG_CACHE_HOME";
    static final String CLASS_PATH_FILE = "classpath";
    static final String AOT_FILE = "cli.aot";
    /** Present when training the AOT cache failed: not tried again for this jar and JVM. */
    static final String AOT_FAILED_FILE = "cli.aot.failed";

    static final String TRAINING_LOG = "training.log";
    static final String TRAINING_MAIN = "com.medvisionlab.cli.StartupTraining";
    static final String APP_JAR = "app.jar";
    /** The jar a cache was unpacked from, to tell earlier builds of the same jar from other installations. */
    static final String SOURCE_FILE = "source";
    /** The first JDK with AOT caches that keep loaded and linked classes and method profiles (JEPs 483, 514, 515). */
    static final int AOT_JAVA = 25;

    private final Path dir;
    private final Path jar;

    CliCache(Path dir, Path jar) {
        this.dir = dir;
        this.jar = canonical(jar);
    }

    /** One spelling per jar ({@code ./app.jar} and {@code app.jar} alike), for its cache key and its source file. */
    private static Path canonical(Path jar) {
        return jar.toAbsolutePath().normalize();
    }

    /** The cache of this jar for the running JVM; empty when there is no cache home to put it in. */
    static Optional<CliCache> forJar(Path jar) {
        Optional<Path> root = root(System.getenv(CACHE_HOME_VARIABLE), System.getProperty("user.home"));
        if (root.isEmpty()) {
            return Optional.empty();
        }
        try {
            String key = canonical(jar) + "|" + Files.size(jar) + "|"
                    + Files.getLastModifiedTime(jar).toMillis() + "|" + System.getProperty("java.home") + "|"
                    + System.getProperty("java.vm.version");
            return Optional.of(new CliCache(root.get().resolve(directoryName(jar, key)), jar));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    static Optional<Path> root(String cacheHome, String userHome) {
        if (cacheHome != null && !cacheHome.isBlank() && Path.of(cacheHome).isAbsolute()) {
            return Optional.of(Path.of(cacheHome, "medvision", "cli"));
        }
        if (userHome == null || userHome.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(userHome, ".cache", "medvision", "cli"));
    }

    /** Readable (the jar's name) and unique (a hash of everything the contents depend on). */
    static String directoryName(Path jar, String key) {
        String name = jar.getFileName().toString();
        if (name.endsWith(".jar")) {
            name = name.substring(0, name.length() - 4);
        }
        StringBuilder safe = new StringBuilder(name.length() + 17);
        for (int i = 0; i < name.length(); i++) { // no regular expression: this runs in a cold JVM
            char c = name.charAt(i);
            boolean plain = c >= 'A' && c <= 'Z'
                    || c >= 'a' && c <= 'z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '_'
                    || c == '-';
            safe.append(plain ? c : '_');
        }
        return safe.append('-').append(Long.toHexString(fnv1a(key))).toString();
    }

    /** A 64-bit FNV-1a hash: no MessageDigest, whose provider set-up a cold JVM pays for. */
    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    Path dir() {
        return dir;
    }

    /** The unpacked class path, unpacking it first when it is missing or incomplete; empty when it cannot be made. */
    Optional<String> classPath() {
        Optional<String> unpacked = unpackedClassPath();
        if (unpacked.isPresent()) {
            return unpacked;
        }
        try {
            if (Files.exists(dir)) {
                deleteTree(dir); // incomplete: someone removed a file from it
            }
            unpack();
            return unpackedClassPath();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private Optional<String> unpackedClassPath() {
        Path file = dir.resolve(CLASS_PATH_FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String classPath = Files.readString(file, StandardCharsets.UTF_8).strip();
            for (String entry : classPath.split(File.pathSeparator)) {
                if (!Files.isRegularFile(Path.of(entry))) {
                    return Optional.empty();
                }
            }
            return classPath.isEmpty() ? Optional.<String>empty() : Optional.of(classPath);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Copies the tools' nested jars out as they are and the application classes into one jar (the JVM archives
     * classes only from jars), in a staging directory renamed into place at the end, so that a concurrent or
     * interrupted run never sees half a cache.
     */
    private void unpack() throws IOException {
        Files.createDirectories(dir.getParent());
        Path staging = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".part");
        try {
            Path lib = Files.createDirectory(staging.resolve("lib"));
            List<String> libraries = new ArrayList<>();
            try (JarFile source = new JarFile(jar.toFile(), false);
                    ZipOutputStream classes = new ZipOutputStream(
                            new BufferedOutputStream(Files.newOutputStream(lib.resolve(APP_JAR)), 1 << 16))) {
                Enumeration<JarEntry> entries = source.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.startsWith(CliLibraries.CLASSES) && name.length() > CliLibraries.CLASSES.length()) {
                        copyUncompressed(source, entry, name.substring(CliLibraries.CLASSES.length()), classes);
                    } else if (name.startsWith(CliLibraries.LIB)
                            && CliLibraries.includes(name.substring(CliLibraries.LIB.length()))) {
                        String library = name.substring(CliLibraries.LIB.length());
                        try (InputStream in = source.getInputStream(entry)) {
                            Files.copy(in, lib.resolve(library));
                        }
                        libraries.add(library);
                    }
                }
            }
            Collections.sort(libraries);
            StringBuilder classPath =
                    new StringBuilder(dir.resolve("lib").resolve(APP_JAR).toString());
            for (String library : libraries) {
                classPath.append(File.pathSeparator).append(dir.resolve("lib").resolve(library));
            }
            Files.writeString(staging.resolve(CLASS_PATH_FILE), classPath, StandardCharsets.UTF_8);
            Files.writeString(staging.resolve(SOURCE_FILE), sourceName(), StandardCharsets.UTF_8);
            try {
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherRunWasFaster) {
                return; // theirs is as good as ours
            }
            removeStaleCopies();
        } finally {
            if (Files.exists(staging)) {
                deleteTree(staging);
            }
        }
    }

    private String sourceName() {
        return jar.toString();
    }

    /**
     * Removes the copies of earlier builds of this jar (same path, other size or time) and of jars that no longer
     * exist: each is about 120 MB, and a rebuilt or updated jar never uses them again. Copies of other installations'
     * jars stay.
     */
    private void removeStaleCopies() {
        try (var siblings = Files.newDirectoryStream(dir.getParent())) {
            for (Path sibling : siblings) {
                Path source = sibling.resolve(SOURCE_FILE);
                if (sibling.equals(dir) || !Files.isRegularFile(source)) {
                    continue;
                }
                String jarOfSibling = Files.readString(source, StandardCharsets.UTF_8);
                if (jarOfSibling.equals(sourceName()) || !Files.exists(Path.of(jarOfSibling))) {
                    deleteTree(sibling);
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying is best effort
        }
    }

    /** Stored, not deflated: the JVM then maps class bytes instead of inflating them. */
    private static void copyUncompressed(JarFile source, JarEntry entry, String name, ZipOutputStream target)
            throws IOException {
        ZipEntry copy = new ZipEntry(name);
        copy.setMethod(ZipEntry.STORED);
        copy.setTime(entry.getTime());
        if (entry.isDirectory()) {
            copy.setSize(0);
            copy.setCrc(0);
            target.putNextEntry(copy);
        } else {
            copy.setSize(entry.getSize());
            copy.setCompressedSize(entry.getSize());
            copy.setCrc(entry.getCrc());
            target.putNextEntry(copy);
            try (InputStream in = source.getInputStream(entry)) {
                in.transferTo(target);
            }
        }
        target.closeEntry();
    }

    /**
     * The AOT cache to start the tools with, training it first when this JVM supports one and no earlier training
     * failed; empty otherwise. {@code jvm} is the java executable and its tuning flags, which the training must share
     * with the runs that use the cache.
     */
    Optional<Path> aotCache(List<String> jvm, String classPath) {
        if (Runtime.version().feature() < AOT_JAVA) {
            return Optional.empty();
        }
        Path cache = dir.resolve(AOT_FILE);
        if (!Files.isRegularFile(cache) && !Files.exists(dir.resolve(AOT_FAILED_FILE))) {
            train(jvm, classPath);
        }
        return Files.isRegularFile(cache) ? Optional.of(cache) : Optional.<Path>empty();
    }

    /**
     * Records which classes a short synthetic workload loads and links, then assembles the cache from that record
     * (the JDK's two-step workflow, whose steps leave no messages on the user's terminal). One run at a time trains;
     * the others go on without the cache meanwhile.
     */
    private void train(List<String> jvm, String classPath) {
        Path log = dir.resolve(TRAINING_LOG);
        Path configuration = dir.resolve("cli.aotconf");
        Path assembled = dir.resolve(AOT_FILE + ".part");
        try (FileChannel lockFile = FileChannel.open(
                        dir.resolve("training.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = lockFile.tryLock()) {
            if (lock == null || Files.isRegularFile(dir.resolve(AOT_FILE))) {
                return;
            }
            Path workload = Files.createTempDirectory(dir, "training");
            try {
                // the workload's stderr reaches the user (it says what is happening); the JVM's notes go to the log
                int recorded = run(
                        trainingCommand(
                                jvm,
                                classPath,
                                "-XX:AOTMode=record",
                                "-XX:AOTConfiguration=" + configuration,
                                TRAINING_MAIN,
                                workload.toString()),
                        log,
                        true);
                int created = recorded != 0
                        ? recorded
                        : run(
                                trainingCommand(
                                        jvm,
                                        classPath,
                                        "-Xlog:all=warning:stderr",
                                        "-XX:AOTMode=create",
                                        "-XX:AOTConfiguration=" + configuration,
                                        "-XX:AOTCache=" + assembled),
                                log,
                                false);
                if (created == 0 && Files.isRegularFile(assembled)) {
                    Files.move(assembled, dir.resolve(AOT_FILE), StandardCopyOption.ATOMIC_MOVE);
                } else if (created > 0 && created < 128) {
                    // failed, not interrupted (a signal gives 128+n): do not try again on every run
                    Files.writeString(dir.resolve(AOT_FAILED_FILE), "exit " + created + ", see " + TRAINING_LOG);
                }
            } finally {
                deleteTree(workload);
                Files.deleteIfExists(configuration);
                Files.deleteIfExists(assembled);
            }
        } catch (IOException | RuntimeException e) {
            // no cache this time; the tools run without it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static List<String> trainingCommand(List<String> jvm, String classPath, String... rest) {
        List<String> command = new ArrayList<>(jvm);
        command.add("-Xlog:disable");
        command.add("-cp");
        command.add(classPath);
        Collections.addAll(command, rest);
        return command;
    }

    /** Runs a JVM with its output appended to the log, and its error stream too unless {@code showErrors}. */
    private static int run(List<String> command, Path log, boolean showErrors)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.redirectError(
                showErrors ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            throw e;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.isDirectory(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (var children = Files.newDirectoryStream(root)) {
                for (Path child : children) {
                    deleteTree(child);
                }
            }
        }
        Files.deleteIfExists(root);
    }
}
