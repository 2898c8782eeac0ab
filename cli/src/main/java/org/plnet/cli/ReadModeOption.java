package org.plnet.cli;

import org.plnet.surveys.ReadMode;
import picocli.CommandLine.Option;

/** {@code --lenient}: declared once, mixed into every command that reads input. */
final class ReadModeOption {

    @Option(names = "--lenient",
            description = "Skip and count tie rows that name people not on the roster, and names in survey exports"
                    + " that fit no one on it, instead of stopping.")
    private boolean lenient;

    ReadMode mode() {
        return lenient ? ReadMode.LENIENT : ReadMode.STRICT;
    }
}
