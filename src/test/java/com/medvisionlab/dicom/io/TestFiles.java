package com.medvisionlab.dicom.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared test data (../shared/testdata/dicom); tests skip when it is absent. */
public final class TestFiles {

    public static final Path ROOT = Path.of("../shared/testdata/dicom");

    private TestFiles() {
    }

    public static Path get(String relative) {
        Path path = ROOT.resolve(relative);
        assumeTrue(Files.isRegularFile(path), "shared test data absent: " + path);
        return path;
    }
}
