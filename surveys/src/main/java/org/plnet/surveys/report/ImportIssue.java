package org.plnet.surveys.report;

import java.util.Objects;
import org.plnet.engine.input.SourceLocation;

/**
 * One problem an import found, where it found it.
 *
 * @param severity whether the import stops ({@link Severity#ERROR}) or goes on ({@link Severity#WARNING})
 * @param location the file (relative to the study folder), line and column concerned
 * @param message  what was found and, for a warning, what was done about it; line breaks in it (from a
 *                 quoted cell) are written as {@code \n}
 */
public record ImportIssue(Severity severity, SourceLocation location, String message) {

    public ImportIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        message = oneLine(Objects.requireNonNull(message, "message"));
    }

    /** The text with its line breaks written as {@code \n} and {@code \r}, as a quoted id or name may hold them. */
    public static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: error: message}, as compilers print it. */
    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + message;
    }
}
