package com.medvisionlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code medvision} command: its verbs, and the words that belong to no single verb (help, version). */
final class RootCommand {

    static final String HELP = "help";
    static final String VERSION = "MedVision Lab 0.1";

    private RootCommand() {}

    /** The verbs, in the order the help lists them; a new one registers here. */
    static List<Command> commands() {
        return List.of(new DumpCommand(), new RenderCommand(), new DeidCommand(), new RotateKeysCommand());
    }

    static Optional<Command> find(String name) {
        for (Command command : commands()) {
            if (command.spec().name().equals(name)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    static List<CommandSpec> specs() {
        List<CommandSpec> specs = new ArrayList<>();
        for (Command command : commands()) {
            specs.add(command.spec());
        }
        return specs;
    }

    static String usage(Messages messages) {
        return Usage.root(specs(), messages);
    }
}
