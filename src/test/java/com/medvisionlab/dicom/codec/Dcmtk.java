package com.medvisionlab.dicom.codec;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs dcmtk command-line tools (Debian package dcmtk) as test oracles; tests skip when they are absent. */
public final class Dcmtk {

    private Dcmtk() {
    }

    public static boolean has(String tool) {
        return Files.isExecutable(Path.of("/usr/bin", tool));
    }

    /** Runs a tool, skipping the test when it is missing and failing it when the tool reports an error. */
    public static void run(String tool, String... args) {
        assumeTrue(has(tool), "dcmtk tool absent: " + tool);
        List<String> command = new ArrayList<>();
        command.add("/usr/bin/" + tool);
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Decompresses a file to Explicit VR Little Endian with the dcmtk tool for its syntax. */
    public static Path decompress(Path file, String transferSyntaxUid) {
        String tool;
        if (transferSyntaxUid.equals(Uids.RLE_LOSSLESS)) {
            tool = "dcmdrle";
        } else if (transferSyntaxUid.startsWith("1.2.840.10008.1.2.4.8")) {
            tool = "dcmdjpls";
        } else if (transferSyntaxUid.startsWith("1.2.840.10008.1.2.4.5") || transferSyntaxUid.startsWith("1.2.840.10008.1.2.4.7")) {
            tool = "dcmdjpeg";
        } else {
            throw new IllegalArgumentException("dcmtk cannot decompress " + transferSyntaxUid);
        }
        try {
            Path out = Files.createTempFile("dcmtk-", ".dcm");
            run(tool, file.toString(), out.toString());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
