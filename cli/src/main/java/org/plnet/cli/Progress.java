package org.plnet.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.plnet.engine.analysis.AnalysisProgress;
import org.plnet.engine.scoring.centrality.PassProgress;

/**
 * What a long command is doing, on standard error: one line per step with the seconds since it started, and
 * within the long passes a line rewritten in place (at most once a second) with how far the pass is and an
 * estimate of the time left. Shown when {@code --progress} is given, or when the command runs at a terminal
 * (the JVM has a console); never otherwise, so that scripts, tests and CI logs see only the command's own
 * output, and never in a file.
 */
final class Progress implements AnalysisProgress {

    private static final long EVERY_NANOS = 1_000_000_000L;

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

    /** A listener for one long pass, e.g. "betweenness and closeness of advice in wave 2019". */
    PassProgress stage(String stage) {
        if (!shown) {
            return PassProgress.NONE;
        }
        long begun = System.nanoTime();
        long[] last = {begun};
        return (done, of) -> {
            long now = System.nanoTime();
            boolean finished = done >= of;
            if (!finished && now - last[0] < EVERY_NANOS) {
                return;
            }
            last[0] = now;
            double elapsed = (now - begun) / 1e9;
            String left = finished ? "done in " + duration(elapsed)
                    : done == 0 ? "" : "about " + duration(elapsed * (of - done) / done) + " left";
            err.printf(Locale.ROOT, "\rplnet: %s: %,d of %,d people, %s   %s", stage, done, of, left,
                    finished ? "\n" : "");
            err.flush();
        };
    }

    /** A time in words: "40 s", "12 min", "3.5 h". */
    static String duration(double seconds) {
        if (seconds < 120) {
            return Math.round(seconds) + " s";
        }
        if (seconds < 7200) {
            return Math.round(seconds / 60) + " min";
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
