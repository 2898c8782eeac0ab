package org.plnet.surveys.imports.namegen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.plnet.engine.input.InputException;
import org.plnet.surveys.imports.RawTable;
import org.plnet.surveys.imports.RespondentKey;
import org.plnet.surveys.imports.RosterLookup;

/**
 * The column of a name-generator export that identifies the respondent, and what its values are matched
 * against. Detection follows the grid importers: each column that is not a name column is scored by the
 * share of its non-empty values that find one roster person (as an id, an email or a name); the best is taken
 * when at least {@value #SURE} of its values match and every other column with at least {@value #PLAUSIBLE}
 * matching values names the same people. Otherwise the user is asked for {@code --respondent}.
 *
 * @param column   the 0-based column
 * @param key      what its values are matched against
 * @param detected whether it was detected (else the user named it)
 * @param matched  how many of its non-empty values matched
 * @param values   how many non-empty values it has
 */
record RespondentColumn(int column, RespondentKey key, boolean detected, int matched, int values) {

    static final double SURE = 0.8;
    static final double PLAUSIBLE = 0.5;

    static RespondentColumn choose(RawTable t, int headerRow, Set<Integer> nameColumns, Optional<String> named,
                                   RosterLookup roster, List<Integer> rows) {
        if (named.isPresent()) {
            String wanted = named.get().strip().toLowerCase(Locale.ROOT);
            List<Integer> called = new ArrayList<>();
            for (int c = 0; c < t.width(headerRow); c++) {
                if (t.cell(headerRow, c).strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                    called.add(c);
                }
            }
            if (called.isEmpty()) {
                throw new InputException(t.location(headerRow), "no column is called '" + named.get()
                        + "' (--respondent)");
            }
            if (called.size() > 1) {
                throw new InputException(t.location(headerRow, called.get(1)), "several columns are called '"
                        + named.get() + "' (--respondent): columns " + (called.get(0) + 1) + " and " + (called.get(1) + 1));
            }
            RespondentColumn best = score(t, called.get(0), roster, rows, false);
            if (best.matched == 0) {
                throw new InputException(t.location(headerRow, called.get(0)), "no value of the column '"
                        + t.cell(headerRow, called.get(0)).strip() + "' (--respondent) is a roster id, email or name");
            }
            return best;
        }
        List<RespondentColumn> scores = new ArrayList<>();
        for (int c = 0; c < t.maxWidth(); c++) {
            if (!nameColumns.contains(c)) {
                RespondentColumn s = score(t, c, roster, rows, true);
                if (s.matched > 0) {
                    scores.add(s);
                }
            }
        }
        scores.sort(Comparator.comparingDouble(RespondentColumn::share).reversed()
                .thenComparing(s -> s.key.ordinal())
                .thenComparingInt(RespondentColumn::column));
        if (scores.isEmpty() || scores.get(0).share() < SURE) {
            String best = scores.isEmpty() ? "no column holds roster ids, emails or names"
                    : "the best, '" + t.cell(headerRow, scores.get(0).column).strip() + "', has only "
                    + scores.get(0).matched + " of " + scores.get(0).values + " values on the roster";
            throw new InputException(t.location(), "cannot tell which column identifies the respondent (" + best
                    + "); name it with --respondent COLUMN");
        }
        RespondentColumn top = scores.get(0);
        for (RespondentColumn other : scores.subList(1, scores.size())) {
            if (other.share() >= PLAUSIBLE && !agree(t, top, other, roster, rows)) {
                throw new InputException(t.location(), "cannot tell which column identifies the respondent: '"
                        + t.cell(headerRow, top.column).strip() + "' and '" + t.cell(headerRow, other.column).strip()
                        + "' both hold roster people but name different people on some rows; name one with"
                        + " --respondent COLUMN");
            }
        }
        return top;
    }

    double share() {
        return values == 0 ? 0 : (double) matched / values;
    }

    private static RespondentColumn score(RawTable t, int column, RosterLookup roster, List<Integer> rows,
                                          boolean detected) {
        RespondentColumn best = null;
        for (RespondentKey key : RespondentKey.values()) {
            if (key == RespondentKey.EMAIL && !roster.hasEmails()) {
                continue;
            }
            int values = 0;
            int matched = 0;
            for (int r : rows) {
                String v = t.cell(r, column);
                if (v.isBlank()) {
                    continue;
                }
                values++;
                if (roster.find(v, key).isPresent()) {
                    matched++;
                }
            }
            RespondentColumn s = new RespondentColumn(column, key, detected, matched, values);
            if (best == null || s.matched > best.matched) {
                best = s;
            }
        }
        return best;
    }

    private static boolean agree(RawTable t, RespondentColumn a, RespondentColumn b, RosterLookup roster,
                                 List<Integer> rows) {
        for (int r : rows) {
            Optional<String> x = roster.find(t.cell(r, a.column), a.key);
            Optional<String> y = roster.find(t.cell(r, b.column), b.key);
            if (x.isPresent() && y.isPresent() && !x.get().equals(y.get())) {
                return false;
            }
        }
        return true;
    }
}
