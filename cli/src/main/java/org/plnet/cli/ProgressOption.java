package org.plnet.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --progress}, shared by the commands that can run long. */
final class ProgressOption {

    @Option(names = "--progress",
            description = "Show the steps and, in long passes, an estimate of the time left on standard error (on"
                    + " anyway at a terminal; never written into a file).")
    boolean asked;

    Progress on(PrintWriter err) {
        return Progress.of(err, asked);
    }
}
