package org.plnet.engine.statistics.qap;

import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

/**
 * A QAP design that cannot be estimated (statistics.md, section 3): y or an x constant, x's collinear, rss = 0
 * or no residual degrees of freedom. Bad input: the command line exits with 2, naming the term.
 */
public final class DegenerateDesignException extends InputException {

    private static final long serialVersionUID = 1L;

    private final String term;

    /**
     * @param option  the option that gave the term, {@code --y} or {@code --x}
     * @param term    the term as echoed in qap.json
     * @param problem what is wrong with it
     */
    public DegenerateDesignException(String option, String term, String problem) {
        super(SourceLocation.ofFile(option + " " + term), problem);
        this.term = term;
    }

    /** The term that makes the design degenerate. */
    public String term() {
        return term;
    }
}
