package com.medvisionlab.dicom.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared test data (../shared/testdata/dicom); tests skip when it is absent. */
public final class TestFiles {

    public static final Path ROOT = Path.of("../shared/testdata/dicom");

    private TestFiles() {}

    /** Every DICOM file under the shared test data except malformed/ (PNG and JSON side files excluded). */
    public static java.util.List<Path> wellFormedFiles() throws java.io.IOException {
        assumeTrue(Files.isDirectory(ROOT), "shared test data absent");
        try (java.util.stream.Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/malformed/"))
                    .filter(p -> !p.toString().endsWith(".png") && !p.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    public static java.util.List<Path> malformedFiles() throws java.io.IOException {
        assumeTrue(Files.isDirectory(ROOT.resolve("malformed")), "shared test data absent");
        try (java.util.stream.Stream<Path> walk = Files.list(ROOT.resolve("malformed"))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    public static Path get(String relative) {
        Path path = ROOT.resolve(relative);
        assumeTrue(Files.isRegularFile(path), "shared test data absent: " + path);
        return path;
    }
}
