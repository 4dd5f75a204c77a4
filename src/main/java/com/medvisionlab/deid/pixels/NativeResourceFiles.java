package com.medvisionlab.deid.pixels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Copies classpath resources to a temp directory once per JVM, because the native libraries (Tesseract, OpenCV)
 * only read model files from the file system, while we ship them inside the jar.
 */
public final class NativeResourceFiles {

    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();
    private static volatile Path tempRoot;

    private NativeResourceFiles() {}

    /**
     * Path of a file holding the resource's bytes; the same path for repeated calls.
     *
     * @throws MissingNativeResourceException when the resource is not on the classpath
     */
    public static Path extract(String resourcePath) {
        return EXTRACTED.computeIfAbsent(resourcePath, NativeResourceFiles::copyOut);
    }

    private static Path copyOut(String resourcePath) {
        try (InputStream in = NativeResourceFiles.class.getClassLoader().getResourceAsStream(resourcePath)) {
            if (in == null) {
                throw new MissingNativeResourceException(resourcePath);
            }
            Path target = directoryFor(resourcePath)
                    .resolve(Path.of(resourcePath).getFileName().toString());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            target.toFile().deleteOnExit();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not extract " + resourcePath + " to a temp directory", e);
        }
    }

    /**
     * One sub-directory per resource folder: files keep their names (Tesseract looks for "<lang>.traineddata") and
     * resources of one folder land together (Tesseract wants "eng+chi_sim" side by side in one tessdata directory).
     * Files registered after their directory are deleted before it (deleteOnExit runs in reverse order).
     */
    private static synchronized Path directoryFor(String resourcePath) throws IOException {
        Path parent = Path.of(resourcePath).getParent();
        String folder = parent == null ? "" : parent.toString();
        Path dir = root().resolve(Integer.toHexString(folder.hashCode()) + "-"
                + (parent == null ? "root" : parent.getFileName().toString()));
        if (!Files.isDirectory(dir)) {
            Files.createDirectory(dir);
            dir.toFile().deleteOnExit();
        }
        return dir;
    }

    private static synchronized Path root() throws IOException {
        if (tempRoot == null) {
            tempRoot = Files.createTempDirectory("medvision-natives-");
            tempRoot.toFile().deleteOnExit();
        }
        return tempRoot;
    }

    /** A model file the build should have put on the classpath is missing. */
    public static final class MissingNativeResourceException extends IllegalStateException {
        MissingNativeResourceException(String resourcePath) {
            super("Classpath resource " + resourcePath + " is missing (was the build's resource step skipped?)");
        }
    }
}
