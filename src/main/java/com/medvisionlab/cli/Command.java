package com.medvisionlab.cli;

import java.io.IOException;

/** One verb of the command line: declares its arguments and runs with them once they are parsed. */
interface Command {

    /** Exit code of a complete success. */
    int SUCCESS = 0;
    /** Exit code when only part of the work was done (deid quarantined some files). */
    int PARTIAL = 1;
    /** Exit code of a usage or input error. */
    int USAGE_ERROR = 2;

    CommandSpec spec();

    /**
     * @return the exit code
     * @throws UsageException   when the arguments parse but make no sense (unknown preset, IN missing...)
     * @throws CommandException when the work fails for a reason the command names
     */
    int run(ParsedArguments args, Console console) throws IOException;
}
