package org.plnet.surveys.imports.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.plnet.engine.input.InputException;
import org.plnet.surveys.imports.RawTable;
import org.plnet.surveys.imports.RespondentKey;
import org.plnet.surveys.imports.RosterLookup;

/**
 * The column of a wide export that identifies the respondent, and what its values are matched against.
 *
 * <p>Detection (no {@code --respondent}): every column that is not a grid column is scored by each
 * {@link RespondentKey}: the share of its non-empty values that find exactly one roster person. The best
 * column is taken only when it is sure: at least {@value #SURE} of its values match, and every other column with
 * at least {@value #PLAUSIBLE} matching values names the same person on every row where both do (an id column
 * and a name column of the same people agree). Otherwise the user is asked for {@code --respondent}.
 *
 * @param column   the 0-based column index
 * @param key      what its values are matched against
 * @param detected whether it was detected (else the user named it)
 * @param matched  how many of its non-empty values matched
 * @param values   how many non-empty values it has
 */
record RespondentColumn(int column, RespondentKey key, boolean detected, int matched, int values) {

    static final double SURE = 0.8;
    static final double PLAUSIBLE = 0.5;

    /** The column the user named (any header text, case ignored), or the detected one. */
    static RespondentColumn choose(GridLayout layout, Optional<String> named, RosterLookup roster,
                                   List<Integer> dataRows) {
        List<GridColumn> candidates = layout.columns().stream().filter(c -> !c.isAlter()).toList();
        RawTable t = layout.table();
        if (named.isPresent()) {
            List<GridColumn> called = candidates.stream().filter(c -> c.isCalled(named.get())).toList();
            if (called.isEmpty()) {
                called = layout.columns().stream().filter(c -> c.isCalled(named.get())).toList();
            }
            if (called.isEmpty()) {
                throw new InputException(t.location(0), "no column is called '" + named.get()
                        + "' (--respondent); the columns are: " + String.join(", ",
                        candidates.stream().map(GridColumn::label).toList()));
            }
            if (called.size() > 1) {
                throw new InputException(t.location(0, called.get(1).index()), "several columns are called '"
                        + named.get() + "' (--respondent): columns " + (called.get(0).index() + 1) + " and "
                        + (called.get(1).index() + 1));
            }
            Score best = bestKey(t, called.get(0).index(), roster, dataRows);
            if (best.matched == 0) {
                throw new InputException(t.location(0, called.get(0).index()), "no value of the column '"
                        + called.get(0).label() + "' (--respondent) is a roster id, email or name");
            }
            return new RespondentColumn(best.column, best.key, false, best.matched, best.values);
        }
        List<Score> scores = new ArrayList<>();
        for (GridColumn c : candidates) {
            Score s = bestKey(t, c.index(), roster, dataRows);
            if (s.values > 0 && s.matched > 0) {
                scores.add(s);
            }
        }
        scores.sort(Comparator.comparingDouble(Score::share).reversed()
                .thenComparing(s -> s.key.ordinal())
                .thenComparingInt(s -> s.column));
        if (scores.isEmpty() || scores.get(0).share() < SURE) {
            String best = scores.isEmpty() ? "no column holds roster ids, emails or names"
                    : "the best, '" + layout.column(scores.get(0).column).label() + "', has only "
                    + scores.get(0).matched + " of " + scores.get(0).values + " values on the roster";
            throw new InputException(t.location(), "cannot tell which column identifies the respondent ("
                    + best + "); name it with --respondent COLUMN");
        }
        Score top = scores.get(0);
        for (Score other : scores.subList(1, scores.size())) {
            if (other.share() >= PLAUSIBLE && other.column != top.column && !agree(t, top, other, roster, dataRows)) {
                throw new InputException(t.location(), "cannot tell which column identifies the respondent: '"
                        + layout.column(top.column).label() + "' and '" + layout.column(other.column).label()
                        + "' both hold roster people but name different people on some rows; name one with "
                        + "--respondent COLUMN");
            }
        }
        return new RespondentColumn(top.column, top.key, true, top.matched, top.values);
    }

    private record Score(int column, RespondentKey key, int matched, int values) {
        double share() {
            return values == 0 ? 0 : (double) matched / values;
        }
    }

    private static Score bestKey(RawTable t, int column, RosterLookup roster, List<Integer> rows) {
        Score best = null;
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
            Score s = new Score(column, key, matched, values);
            if (best == null || s.matched > best.matched) {
                best = s;
            }
        }
        return best;
    }

    private static boolean agree(RawTable t, Score a, Score b, RosterLookup roster, List<Integer> rows) {
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
