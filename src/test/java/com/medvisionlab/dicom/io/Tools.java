package com.medvisionlab.dicom.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs external reference tools (dcmtk) for tests; skips when they are not installed. */
final class Tools {

    record Result(int exitCode, String output) {}

    private Tools() {}

    static void assumeDcmtk() {
        boolean present;
        try {
            present = run("dcmdump", "--version").exitCode() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        assumeTrue(present, "dcmtk (dcmdump, dcmconv) is not installed");
    }

    static Result run(String... command) throws IOException, InterruptedException {
        Process p =
                new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, output);
        }
        return new Result(p.exitValue(), output);
    }
}
