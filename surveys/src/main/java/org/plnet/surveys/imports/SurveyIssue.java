package org.plnet.surveys.imports;

import java.util.Objects;
import org.plnet.engine.input.SourceLocation;

/**
 * Something an importer handled and the user must be told about (a dropped preview response, a duplicate
 * submission, a self-nomination, a skipped unknown id in lenient mode). Problems that stop the import are
 * thrown as {@link org.plnet.engine.input.InputException} instead.
 *
 * @param where   the file, line and column concerned
 * @param message what was found and what was done about it
 */
public record SurveyIssue(SourceLocation where, String message) {

    public SurveyIssue {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }
}
