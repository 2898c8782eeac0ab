package org.plnet.surveys.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;
import org.plnet.engine.input.InputException;

/**
 * The column of an export that identifies the respondent, and what its values are matched against.
 *
 * <p>Detection (no {@code --respondent}): every candidate column (one that is not a colleague or name column)
 * is scored by each {@link RespondentKey}: the share of its non-empty values that find exactly one roster person.
 * The best column is taken only when it is sure: at least {@value #SURE} of its values match, and every other
 * column with at least {@value #PLAUSIBLE} matching values names the same person on every row where both do (an
 * id column and a name column of the same people agree). Columns of response metadata (durations, progress,
 * coordinates, dates, IP addresses: {@link #isMetadata}) are never candidates; among equally good columns an
 * email or external-reference column is preferred. Otherwise the user is asked for {@code --respondent}.
 * Errors point at the header row (the first row).
 *
 * @param column   the 0-based column index
 * @param key      what its values are matched against
 * @param detected whether it was detected (else the user named it)
 * @param matched  how many of its non-empty values matched
 * @param values   how many non-empty values it has
 */
public record RespondentColumn(int column, RespondentKey key, boolean detected, int matched, int values) {

    public static final double SURE = 0.8;
    public static final double PLAUSIBLE = 0.5;

    /** The share of the column's non-empty values that matched (0 when it has none). */
    public double share() {
        return values == 0 ? 0 : (double) matched / values;
    }

    /**
     * The column the user named with {@code --respondent} (a candidate called so first, else any column), or
     * when none is named the one {@link #detect detected} among the candidates.
     *
     * @param candidates the columns that may identify the respondent (not answer columns)
     * @param columns    every column
     * @param label      the header text of a column, for messages
     * @param isCalled   whether a column is called the given name
     * @param rows       the data rows
     */
    public static RespondentColumn choose(RawTable t, List<Integer> candidates, List<Integer> columns,
                                          IntFunction<String> label, BiPredicate<Integer, String> isCalled,
                                          Optional<String> named, RosterLookup roster, List<Integer> rows) {
        if (named.isEmpty()) {
            return detect(t, candidates, label, roster, rows);
        }
        List<Integer> called = candidates.stream().filter(c -> isCalled.test(c, named.get())).toList();
        if (called.isEmpty()) {
            called = columns.stream().filter(c -> isCalled.test(c, named.get())).toList();
        }
        if (called.isEmpty()) {
            throw new InputException(t.location(0), "no column is called '" + named.get()
                    + "' (--respondent); the columns are: " + String.join(", ",
                    candidates.stream().map(label::apply).toList()));
        }
        return named(t, named.get(), called, label, roster, rows);
    }

    /**
     * The column the user named with {@code --respondent}, matched by the key that finds most of its values.
     *
     * @param name   the name the user gave
     * @param called the columns whose header is {@code name}, at least one
     * @param label  the header text of a column, for messages
     * @param rows   the data rows
     * @throws InputException when several columns are called {@code name}, or no value of the column is on the
     *                        roster
     */
    public static RespondentColumn named(RawTable t, String name, List<Integer> called, IntFunction<String> label,
                                         RosterLookup roster, List<Integer> rows) {
        if (called.size() > 1) {
            throw new InputException(t.location(0, called.get(1)), "several columns are called '" + name
                    + "' (--respondent): columns " + (called.get(0) + 1) + " and " + (called.get(1) + 1));
        }
        RespondentColumn best = score(t, called.get(0), roster, rows, false);
        if (best.matched == 0) {
            throw new InputException(t.location(0, called.get(0)), "no value of the column '"
                    + label.apply(called.get(0)) + "' (--respondent) is a roster id, email or name");
        }
        return best;
    }

    /**
     * The candidate column that surely identifies the respondent (see the class comment).
     *
     * @param candidates the columns that may identify the respondent
     * @param label      the header text of a column, for messages
     * @param rows       the data rows
     * @throws InputException when no column is sure, or two plausible ones disagree
     */
    public static RespondentColumn detect(RawTable t, List<Integer> candidates, IntFunction<String> label,
                                          RosterLookup roster, List<Integer> rows) {
        List<RespondentColumn> scores = new ArrayList<>();
        for (int c : candidates) {
            if (isMetadata(label.apply(c))) {
                continue;
            }
            RespondentColumn s = score(t, c, roster, rows, true);
            if (s.matched > 0) {
                scores.add(s);
            }
        }
        scores.sort(Comparator.comparingDouble(RespondentColumn::share).reversed()
                .thenComparing(s -> isPreferred(label.apply(s.column)) ? 0 : 1)
                .thenComparing(s -> s.key.ordinal())
                .thenComparingInt(RespondentColumn::column));
        if (scores.isEmpty() || scores.get(0).share() < SURE) {
            String best = scores.isEmpty() ? "no column holds roster ids, emails or names"
                    : "the best, '" + label.apply(scores.get(0).column) + "', has only "
                    + scores.get(0).matched + " of " + scores.get(0).values + " values on the roster";
            throw new InputException(t.location(), "cannot tell which column identifies the respondent (" + best
                    + "); name it with --respondent COLUMN");
        }
        RespondentColumn top = scores.get(0);
        for (RespondentColumn other : scores.subList(1, scores.size())) {
            if (other.share() >= PLAUSIBLE && !agree(t, top, other, roster, rows)) {
                throw new InputException(t.location(), "cannot tell which column identifies the respondent: '"
                        + label.apply(top.column) + "' and '" + label.apply(other.column)
                        + "' both hold roster people but name different people on some rows; name one with"
                        + " --respondent COLUMN");
            }
        }
        return top;
    }

    /**
     * The headers of the columns survey tools add about a response rather than its respondent (Qualtrics,
     * SurveyMonkey, Google Forms), compared as lower-case letters and digits: never a respondent column, even
     * when some durations or coordinates happen to be roster ids.
     */
    private static final Set<String> METADATA = Set.of("startdate", "enddate", "status", "ipaddress", "progress",
            "durationinseconds", "duration", "finished", "recordeddate", "responseid", "distributionchannel",
            "userlanguage", "locationlatitude", "locationlongitude", "latitude", "longitude", "timestamp",
            "marcatemporal", "horodateur", "zeitstempel", "collectorid", "respondentid", "datecreated",
            "datemodified", "responsetype", "qrecaptchascore", "qrelevantidduplicate", "qrelevantidfraudscore");

    /** Headers of the columns that identify a respondent by design: preferred among equally good columns. */
    private static final Set<String> PREFERRED = Set.of("recipientemail", "email", "emailaddress", "externalreference",
            "externaldatareference", "externalref");

    /** Whether a header (or one of its header rows, joined by " / " in a grid's label) is response metadata. */
    static boolean isMetadata(String header) {
        return anyPart(header, METADATA);
    }

    private static boolean isPreferred(String header) {
        return anyPart(header, PREFERRED);
    }

    private static boolean anyPart(String header, Set<String> names) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(" / ")) {
            if (names.contains(compact(part))) {
                return true;
            }
        }
        return false;
    }

    private static String compact(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The column scored by the key that matches most of its values (the first such key on a tie). */
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

    /** Whether the two columns name the same person on every row where both name one. */
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
