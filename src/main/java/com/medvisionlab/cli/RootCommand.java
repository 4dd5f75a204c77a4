package com.medvisionlab.cli;

import picocli.CommandLine.Command;

/** The {@code medvision} command; subcommands are registered in {@link #newCommandLine()}. */
@Command(name = "medvision", mixinStandardHelpOptions = true, version = "MedVision Lab 0.1",
        description = "MedVision Lab command-line tools (education and research only; not for clinical use).",
        subcommands = {picocli.CommandLine.HelpCommand.class})
final class RootCommand {

    static picocli.CommandLine newCommandLine() {
        picocli.CommandLine cl = new picocli.CommandLine(new RootCommand());
        // Subcommands register here, one line each (dump, render, deid).
        cl.addSubcommand(new DumpCommand());
        cl.addSubcommand(new RenderCommand());
        cl.addSubcommand(new DeidCommand());
        cl.setExecutionExceptionHandler(new FriendlyErrors());
        cl.setParameterExceptionHandler(new FriendlyErrors());
        return cl;
    }
}
