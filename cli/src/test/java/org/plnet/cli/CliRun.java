package org.plnet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code plnet} in-process and keeps what it printed. */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Plnet.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
