package com.medvisionlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

/**
 * The workload the jar's launcher trains the tools' ahead-of-time cache with, once per jar and JDK (see
 * {@code launcher.CliCache}): what users run — de-identification, rendering, a dump — on synthetic CT slices in a
 * scratch directory, so that the classes those commands load and link are in the cache. Uses its own random secret
 * and mapping directory, never the installation's. Exits non-zero when a command fails, so no cache is made from a
 * broken run.
 */
public final class StartupTraining {

    /** Enough slices for both worker threads and two patients' mappings; few enough to take about a second. */
    static final int SLICES = 120;

    private StartupTraining() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.exit(Command.USAGE_ERROR);
        }
        SystemLocale system = SystemLocale.current();
        PrintWriter err = CommandLine.writer(System.err, system);
        err.println(Messages.forLocale(system.locale()).get("cli.training.notice"));
        err.flush();
        System.exit(train(Path.of(args[0])));
    }

    /** Runs the workload in {@code work} (which it fills) and returns the first non-zero exit code, else 0. */
    static int train(Path work) throws IOException {
        Path in = work.resolve("in");
        Path out = work.resolve("out");
        SyntheticCtSlices.write(in, SLICES);
        Path secret = work.resolve("secret");
        byte[] material = new byte[48];
        new SecureRandom().nextBytes(material);
        Files.write(secret, material);
        String first = "slice0001.dcm";
        List<String[]> commands = List.of(
                new String[] {
                    "deid",
                    in.toString(),
                    out.toString(),
                    "--secret-file",
                    secret.toString(),
                    "--mapping-dir",
                    work.resolve("mappings").toString(),
                    "--report",
                    work.resolve("report.json").toString()
                },
                new String[] {
                    "render",
                    out.resolve(first).toString(),
                    "--out",
                    work.resolve("slice.png").toString()
                },
                new String[] {"dump", out.resolve(first).toString()},
                new String[] {"dump", "--json", out.resolve(first).toString()});
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        for (String[] command : commands) {
            int exit = CommandLine.run(command, discard, discard);
            if (exit != Command.SUCCESS) {
                return exit;
            }
        }
        return Command.SUCCESS;
    }
}
