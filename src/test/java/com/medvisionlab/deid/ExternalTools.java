package com.medvisionlab.deid;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Independent oracles: Debian's pydicom ({@code /usr/bin/python3}) and dicom3tools' {@code dciodvfy}. */
final class ExternalTools {

    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path SAMPLES = Path.of("../shared/testdata/dicom");

    private ExternalTools() {}

    static Path sample(String relative) {
        Path p = SAMPLES.resolve(relative);
        assumeTrue(Files.exists(p), "shared test data absent: " + p);
        return p;
    }

    /** Runs a pydicom script (argv[1..] = args) and returns stdout; skips the test when pydicom is missing. */
    static String pydicom(String script, String... args) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(PYTHON), "/usr/bin/python3 absent");
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), "-c", "import pydicom, sys\n" + script));
        cmd.addAll(List.of(args));
        Result r = run(cmd);
        assumeTrue(!r.output().contains("No module named 'pydicom'"), "pydicom not installed");
        if (r.exit() != 0) {
            throw new AssertionError("pydicom failed: " + r.output());
        }
        return r.output();
    }

    /** Number of lines starting with "Error" that dciodvfy prints for a file; skips when dciodvfy is absent. */
    static long dciodvfyErrors(Path file) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dciodvfy")), "dciodvfy (dicom3tools) absent");
        return run(List.of("/usr/bin/dciodvfy", file.toString()))
                .output()
                .lines()
                .filter(l -> l.startsWith("Error"))
                .count();
    }

    record Result(int exit, String output) {}

    static Result run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        return new Result(p.exitValue(), out);
    }
}
