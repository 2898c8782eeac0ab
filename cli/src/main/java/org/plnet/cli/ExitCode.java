package org.plnet.cli;

/** The exit statuses of every {@code plnet} command. */
public final class ExitCode {

    /** Done. */
    public static final int OK = 0;
    /** Something failed that is not the user's input: a file could not be written, an internal error. */
    public static final int FAILURE = 1;
    /** The input or the command line cannot be used; nothing was written. */
    public static final int BAD_INPUT = 2;

    private ExitCode() {
    }
}
