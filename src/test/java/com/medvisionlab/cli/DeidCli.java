package com.medvisionlab.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The set-up of the {@code deid} command tests: an input tree under a temporary directory holding shared samples, a
 * secret file, the arguments every run passes (secret, mapping directory, report) and the captured output.
 */
final class DeidCli {

    static final Path SAMPLES = Path.of("../shared/testdata/dicom");

    final Path tmp;
    final Path in;
    final Path secret;
    final Path report;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private DeidCli(Path tmp) {
        this.tmp = tmp;
        this.in = tmp.resolve("in");
        this.secret = tmp.resolve("secret");
        this.report = tmp.resolve("report.json");
    }

    /** Skips the test when the shared samples are absent. */
    static DeidCli in(Path tmp) throws IOException {
        assumeTrue(Files.isDirectory(SAMPLES), "shared test data absent");
        DeidCli cli = new DeidCli(tmp);
        Files.createDirectories(cli.in);
        Files.writeString(cli.secret, "a-test-secret-for-the-cli-0123456789");
        return cli;
    }

    /** Copies a shared sample to {@code relative} under the input tree. */
    DeidCli sample(String name, String relative) throws IOException {
        Path target = in.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.copy(SAMPLES.resolve(name), target);
        return this;
    }

    Path mappings() {
        return tmp.resolve("map");
    }

    /** {@code deid IN OUTPUT --secret-file .. --mapping-dir .. --report ..} and then {@code more}. */
    List<String> args(Path output, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "deid",
                in.toString(),
                output.toString(),
                "--secret-file",
                secret.toString(),
                "--mapping-dir",
                mappings().toString(),
                "--report",
                report.toString()));
        args.addAll(List.of(more));
        return args;
    }

    int run(List<String> args) {
        return run(args.toArray(String[]::new));
    }

    int run(String... args) {
        return CommandLine.run(args, new PrintWriter(out), new PrintWriter(err));
    }
}
