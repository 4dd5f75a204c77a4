package com.medvisionlab.dicom.codec;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.medvisionlab.dicom.io.TransferSyntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Runs dcmtk command-line tools (Debian package dcmtk) as test oracles; tests skip when they are absent. */
public final class Dcmtk {

    private Dcmtk() {}

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
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
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
    public static Path decompress(Path file, TransferSyntax syntax) {
        String tool;
        if (syntax.equals(TransferSyntax.RLE_LOSSLESS)) {
            tool = "dcmdrle";
        } else if (Set.of(TransferSyntax.JPEG_LS_LOSSLESS, TransferSyntax.JPEG_LS_NEAR_LOSSLESS)
                .contains(syntax)) {
            tool = "dcmdjpls";
        } else if (Set.of(
                        TransferSyntax.JPEG_BASELINE_8BIT,
                        TransferSyntax.JPEG_EXTENDED_12BIT,
                        TransferSyntax.JPEG_LOSSLESS,
                        TransferSyntax.JPEG_LOSSLESS_SV1)
                .contains(syntax)) {
            tool = "dcmdjpeg";
        } else {
            throw new IllegalArgumentException("dcmtk cannot decompress " + syntax);
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
