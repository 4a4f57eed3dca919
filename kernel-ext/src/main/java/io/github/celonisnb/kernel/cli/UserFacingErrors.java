package io.github.celonisnb.kernel.cli;

import java.io.IOException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints an error a user can act on as one message, not a stack trace; unexpected errors still show
 * their trace, since they are bugs to report.
 */
final class UserFacingErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof IOException || e instanceof IllegalArgumentException
                || e.getClass().getName().startsWith("io.github.celonisnb.")) {
            cli.getErr().println("celonis-nb: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        cli.getErr().println("celonis-nb: unexpected error; please report it with the trace below.");
        e.printStackTrace(cli.getErr());
        return ExitCodes.FOUND_PROBLEM;
    }
}
