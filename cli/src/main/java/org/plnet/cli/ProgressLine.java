package org.plnet.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.plnet.engine.scoring.centrality.PassProgress;

/**
 * A progress line on stderr for long passes: the stage, how far it is and an estimate of the time left,
 * rewritten in place with a carriage return at most once a second and ended with a newline. Silent unless
 * asked for (docs/decisions.md, "Progress").
 */
final class ProgressLine {

    private static final long EVERY_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean on;

    ProgressLine(PrintWriter err, boolean on) {
        this.err = err;
        this.on = on;
    }

    /** On with {@code --progress}, or when plnet runs in a terminal. */
    static ProgressLine of(PrintWriter err, boolean asked) {
        return new ProgressLine(err, asked || System.console() != null);
    }

    /** A listener for one stage, e.g. "betweenness and closeness of advice in wave 2019". */
    PassProgress stage(String stage) {
        if (!on) {
            return PassProgress.NONE;
        }
        long start = System.nanoTime();
        long[] last = {start};
        return (done, of) -> {
            long now = System.nanoTime();
            boolean finished = done >= of;
            if (!finished && now - last[0] < EVERY_NANOS) {
                return;
            }
            last[0] = now;
            double elapsed = (now - start) / 1e9;
            String left = finished ? "done in " + duration(elapsed)
                    : done == 0 ? "" : "about " + duration(elapsed * (of - done) / done) + " left";
            err.printf(Locale.ROOT, "\rplnet: %s: %,d of %,d people, %s   %s", stage, done, of, left,
                    finished ? "\n" : "");
            err.flush();
        };
    }

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
