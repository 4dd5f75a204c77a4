package com.medvisionlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** No stack trace ever reaches a CLI user: a one-line message and exit code 2. */
final class FriendlyErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    static final int USAGE_ERROR = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        cmd.getErr().println("error: " + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
        return USAGE_ERROR;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("error: " + ex.getMessage());
        cmd.usage(cmd.getErr());
        return USAGE_ERROR;
    }
}
