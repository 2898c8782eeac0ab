package org.plnet.surveys.imports;

import java.util.List;
import java.util.Objects;
import org.plnet.engine.input.SourceLocation;

/**
 * A name in the export that the importer could not settle to one roster person; written to
 * {@code unmatched.csv} so that the user can settle it with {@code --aliases}.
 *
 * @param text        the name exactly as typed (or as the column header gives it)
 * @param kind        whether it fits no one or several people
 * @param respondent  id of the respondent who typed it, or {@code ""} when it is a column header
 * @param candidates  for {@link Kind#AMBIGUOUS}: every person it fits; for {@link Kind#UNMATCHED}: the best
 *                    suggestions, best first (may be empty)
 * @param where       where the name is
 */
public record UnmatchedName(String text, Kind kind, String respondent, List<String> candidates,
                            SourceLocation where) {

    /** Why a name was not resolved. */
    public enum Kind {
        /** It fits no one on the roster. */
        UNMATCHED,
        /** It fits several people; none is chosen. */
        AMBIGUOUS
    }

    public UnmatchedName {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(where, "where");
        candidates = List.copyOf(candidates);
    }
}
