package org.plnet.engine.input;

import java.util.Objects;

/**
 * Input the user gave cannot be used: a file is missing, malformed or contradicts the study format.
 * Carries where the problem is; the command line prints {@code location: message} and exits with 2.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SourceLocation location;
    private final String problem;

    public InputException(SourceLocation location, String problem) {
        this(location, problem, null);
    }

    public InputException(SourceLocation location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = Objects.requireNonNull(location);
        this.problem = Objects.requireNonNull(problem);
    }

    public SourceLocation location() {
        return location;
    }

    /** The problem without its location. */
    public String problem() {
        return problem;
    }
}
