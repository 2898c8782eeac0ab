package org.plnet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.plnet.engine.input.InputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become a one-line message on standard error and an exit status:
 * bad input (with file, line and column) and usage errors give 2, failures to write give 1.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        if (e instanceof InputException input) {
            // one line, whatever a file put into the message
            cl.getErr().println("plnet: error: " + input.getMessage().replaceAll("[\\r\\n]+", " "));
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            Throwable io = e instanceof UncheckedIOException u ? u.getCause() : e;
            cl.getErr().println("plnet: cannot write or read a file: " + describe(io));
            return ExitCode.FAILURE;
        }
        cl.getErr().println("plnet: internal error: " + describe(e));
        e.printStackTrace(cl.getErr());
        return ExitCode.FAILURE;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("plnet: " + e.getMessage());
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.BAD_INPUT;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        String kind = t.getClass().getSimpleName();
        return message == null ? kind : kind + ": " + message;
    }
}
