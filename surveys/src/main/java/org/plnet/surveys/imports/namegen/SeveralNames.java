package org.plnet.surveys.imports.namegen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.plnet.engine.input.SourceLocation;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.RosterLookup;
import org.plnet.surveys.imports.matching.NameMatch;
import org.plnet.surveys.imports.matching.NameMatcher;

/**
 * The names typed into one cell of a name generator, where respondents often type several
 * ({@code Bush, George W; Cheney, Dick; Rove, Karl} or {@code Dick C, Condi R}):
 * <ol>
 *   <li>the cell is split on {@code ;} and on line breaks, always (no roster name holds either);</li>
 *   <li>a part that fits no one is split on {@code ,} when every piece then fits someone surely (a
 *       {@link NameMatch.Matched} of confidence at least {@link RosterLookup#SURE_NAME_CONFIDENCE}); a part that
 *       fits someone as it is ({@code Mouse, Mickey}) is one name, surname first.</li>
 * </ol>
 * Every split is reported as an issue at the cell, so that the user sees how a cell was read.
 */
final class SeveralNames {

    private static final Pattern ALWAYS = Pattern.compile("\\s*(?:;|\\R)\\s*");

    private SeveralNames() {
    }

    static List<String> split(String cell, NameMatcher matcher, SourceLocation where, ImportedSurvey.Builder out) {
        List<String> names = new ArrayList<>();
        boolean commas = false;
        for (String part : ALWAYS.split(cell.strip())) {
            if (part.isBlank()) {
                continue;
            }
            List<String> pieces = commaPieces(part, matcher);
            commas |= pieces.size() > 1;
            names.addAll(pieces);
        }
        if (names.size() > 1) {
            out.issue(where, "cell '" + cell.replaceAll("\\R", " / ") + "' read as " + names.size() + " names ("
                    + String.join(" | ", names) + "), split on " + (commas ? "';', line breaks and ','"
                    : "';' and line breaks"));
        }
        return names;
    }

    private static List<String> commaPieces(String part, NameMatcher matcher) {
        if (part.indexOf(',') < 0 || !(matcher.match(part) instanceof NameMatch.Unmatched)) {
            return List.of(part);
        }
        List<String> pieces = new ArrayList<>();
        for (String piece : part.split(",")) {
            String p = piece.strip();
            if (p.isEmpty() || !(matcher.match(p) instanceof NameMatch.Matched hit
                    && hit.confidence() >= RosterLookup.SURE_NAME_CONFIDENCE)) {
                return List.of(part);
            }
            pieces.add(p);
        }
        return pieces;
    }
}
