package org.plnet.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.plnet.engine.analysis.AnalysisProgress;

/**
 * What a long command is doing, one line per step on standard error with the seconds since it started:
 * shown when {@code --progress} is given, or when the command runs at a terminal (the JVM has a console),
 * never otherwise, so that scripts and tests see only the command's own output.
 */
final class Progress implements AnalysisProgress {

    private final PrintWriter err;
    private final boolean shown;
    private final long start = System.nanoTime();

    private Progress(PrintWriter err, boolean shown) {
        this.err = err;
        this.shown = shown;
    }

    /** @param asked whether {@code --progress} was given */
    static Progress of(PrintWriter err, boolean asked) {
        return new Progress(err, asked || System.console() != null);
    }

    /** Tells the next step, e.g. "reading the study". */
    void step(String what) {
        if (shown) {
            err.printf(Locale.ROOT, "plnet: [%6.1fs] %s%n", (System.nanoTime() - start) / 1e9, what);
            err.flush();
        }
    }

    @Override
    public void starting(int index, int count, String relation, String wave) {
        step("analysing " + relation + ", wave " + wave + " (" + index + " of " + count + ")");
    }
}
