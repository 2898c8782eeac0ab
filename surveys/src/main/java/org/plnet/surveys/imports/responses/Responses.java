package org.plnet.surveys.imports.responses;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.CodePointOrder;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.RawTable;
import org.plnet.surveys.imports.RespondentColumn;
import org.plnet.surveys.imports.RosterLookup;
import org.plnet.surveys.imports.UnmatchedName;
import org.plnet.surveys.imports.matching.NameMatch;
import org.plnet.surveys.imports.matching.Suggestion;

/**
 * The response stage that every survey format shares, once a layout recogniser has found the data rows and the
 * {@link ResponseColumns}: preview, test and spam responses are dropped ({@link #dropTests}); then
 * ({@link #latestOfEach}) a response without a respondent, or from someone not on the roster, is left out and
 * reported (the latter also listed in unmatched.csv); of several responses by one person the latest by end date
 * is kept (the one further down the file when the dates cannot tell); in an export without end dates, several
 * responses by one person are an error unless {@code --repeated} ({@link Repeated}) says to keep the last or
 * combine them; unfinished responses are kept and reported. The respondent column itself is
 * {@link RespondentColumn#choose chosen} between the two steps.
 */
public final class Responses {

    private Responses() {
    }

    /** The rows that are real responses; every preview, test and spam response is reported and counted. */
    public static List<Integer> dropTests(RawTable t, List<Integer> rows, ResponseColumns columns,
                                          ImportedSurvey.Builder out) {
        int status = columns.status();
        if (status < 0) {
            return rows;
        }
        List<Integer> kept = new ArrayList<>();
        Map<String, Integer> dropped = new TreeMap<>(CodePointOrder.INSTANCE);
        for (int r : rows) {
            String value = t.cell(r, status).strip();
            String kind = ResponseStatus.excluded(value);
            if (kind == null) {
                kept.add(r);
            } else {
                dropped.merge(kind, 1, Integer::sum);
                out.issue(t.location(r, status), "a " + kind + " response (status '" + value + "'): dropped");
            }
        }
        dropped.forEach((kind, n) -> out.reportLine(n + " " + kind + " response" + (n == 1 ? "" : "s") + " dropped"));
        return kept;
    }

    /**
     * The responses kept for each respondent: roster id to rows, in file order of each person's last row. One
     * row each, the latest ({@link #latest}), unless the export has no end dates and {@code repeated} is
     * {@link Repeated#COMBINE}: then all of a person's rows, in file order.
     *
     * @param answers  how many answers a row holds, for the messages about a row left out
     * @param repeated what to do with repeated respondents when the export has no end dates; empty = stop
     * @throws InputException when a person responded several times, the export has no end dates and
     *                        {@code repeated} is empty
     */
    public static Map<String, List<Integer>> responsesOfEach(RawTable t, List<Integer> rows, RespondentColumn rc,
                                                             ResponseColumns columns, RosterLookup roster,
                                                             IntUnaryOperator answers, Optional<Repeated> repeated,
                                                             ImportedSurvey.Builder out) {
        Map<String, List<Integer>> rowsById = identify(t, rows, rc, roster, answers, out);
        Map<String, List<Integer>> chosen;
        if (columns.endDate() < 0 && rowsById.values().stream().anyMatch(rs -> rs.size() > 1)) {
            chosen = undated(t, rowsById, repeated, out);
        } else {
            chosen = new LinkedHashMap<>();
            latest(t, rowsById, columns.endDate(), out).forEach((id, r) -> chosen.put(id, List.of(r)));
        }
        List<Map.Entry<String, List<Integer>>> byRow = new ArrayList<>(chosen.entrySet());
        byRow.sort(Comparator.comparing(e -> e.getValue().get(e.getValue().size() - 1)));
        Map<String, List<Integer>> inFileOrder = new LinkedHashMap<>();
        byRow.forEach(e -> inFileOrder.put(e.getKey(), e.getValue()));
        flagUnfinished(t, inFileOrder, columns.finished(), out);
        return inFileOrder;
    }

    /** Repeated respondents in an export without end dates: an error, or kept as {@code repeated} says. */
    private static Map<String, List<Integer>> undated(RawTable t, Map<String, List<Integer>> rowsById,
                                                      Optional<Repeated> repeated, ImportedSurvey.Builder out) {
        List<String> repeats = new ArrayList<>();
        int extra = 0;
        for (Map.Entry<String, List<Integer>> e : rowsById.entrySet()) {
            if (e.getValue().size() > 1) {
                extra += e.getValue().size() - 1;
                repeats.add(e.getKey() + " (lines " + String.join(", ",
                        e.getValue().stream().map(r -> Integer.toString(t.line(r))).toList()) + ")");
            }
        }
        if (repeated.isEmpty()) {
            int first = rowsById.values().stream().filter(rs -> rs.size() > 1).findFirst().orElseThrow().get(1);
            throw new InputException(t.location(first), repeats.size() + " people responded more than once and the"
                    + " export has no end dates to tell which response is the latest: "
                    + String.join("; ", repeats.subList(0, Math.min(5, repeats.size())))
                    + (repeats.size() > 5 ? "; ..." : "") + "; give --repeated latest (keep the response furthest"
                    + " down the file) or --repeated combine (merge the answers of all of a person's responses)");
        }
        Map<String, List<Integer>> chosen = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : rowsById.entrySet()) {
            List<Integer> rs = e.getValue();
            if (repeated.get() == Repeated.COMBINE) {
                chosen.put(e.getKey(), List.copyOf(rs));
                continue;
            }
            int latest = rs.get(rs.size() - 1);
            chosen.put(e.getKey(), List.of(latest));
            for (int r : rs.subList(0, rs.size() - 1)) {
                out.issue(t.location(r), "repeated response by " + e.getKey() + ": replaced by the one further down"
                        + " the file at line " + t.line(latest) + " (--repeated latest)");
            }
        }
        if (repeated.get() == Repeated.COMBINE) {
            out.reportLine(extra + " repeated response" + (extra == 1 ? "" : "s") + " of " + repeats.size()
                    + " people combined with their other responses (--repeated combine): " + String.join("; ", repeats));
        } else {
            out.responsesDropped(extra);
            out.reportLine(extra + " repeated response" + (extra == 1 ? "" : "s") + " dropped, the one further"
                    + " down the file kept (--repeated latest)");
        }
        return chosen;
    }

    private static Map<String, List<Integer>> identify(RawTable t, List<Integer> rows, RespondentColumn rc,
                                                       RosterLookup roster, IntUnaryOperator answers,
                                                       ImportedSurvey.Builder out) {
        Map<String, List<Integer>> rowsById = new LinkedHashMap<>();
        int blank = 0;
        int unknown = 0;
        for (int r : rows) {
            String value = t.cell(r, rc.column()).strip();
            int count = answers.applyAsInt(r);
            if (value.isEmpty()) {
                blank++;
                out.issue(t.location(r, rc.column()), "a response without a respondent (empty cell): its "
                        + count + " answers were not imported");
                continue;
            }
            Optional<String> id = roster.find(value, rc.key());
            if (id.isEmpty()) {
                unknown++;
                NameMatch m = roster.match(value);
                List<String> candidates = m instanceof NameMatch.Ambiguous a ? a.candidates()
                        : m instanceof NameMatch.Matched weak ? List.of(weak.id())
                        : ((NameMatch.Unmatched) m).suggestions().stream().map(Suggestion::id).toList();
                out.unmatched(new UnmatchedName(value, m instanceof NameMatch.Ambiguous
                        ? UnmatchedName.Kind.AMBIGUOUS : UnmatchedName.Kind.UNMATCHED, "", candidates,
                        t.location(r, rc.column())));
                out.issue(t.location(r, rc.column()), "respondent '" + value + "' is not on the roster: their "
                        + count + " answers were not imported");
                continue;
            }
            rowsById.computeIfAbsent(id.get(), k -> new ArrayList<>()).add(r);
        }
        if (blank > 0) {
            out.reportLine(blank + " response" + (blank == 1 ? "" : "s") + " without a respondent not imported");
        }
        if (unknown > 0) {
            out.reportLine(unknown + " response" + (unknown == 1 ? "" : "s")
                    + " from people not on the roster not imported");
        }
        return rowsById;
    }

    /** Of each person's responses the latest by end date; the others are reported. */
    private static Map<String, Integer> latest(RawTable t, Map<String, List<Integer>> rowsById, int endDate,
                                               ImportedSurvey.Builder out) {
        List<String> dateValues = new ArrayList<>();
        Map<Integer, Integer> position = new LinkedHashMap<>();
        rowsById.values().forEach(rs -> rs.forEach(r -> {
            position.put(r, dateValues.size());
            dateValues.add(endDate < 0 ? "" : t.cell(r, endDate));
        }));
        EndDates dates = EndDates.of(dateValues);
        Map<String, Integer> chosen = new LinkedHashMap<>();
        int duplicates = 0;
        for (Map.Entry<String, List<Integer>> e : rowsById.entrySet()) {
            List<Integer> rs = e.getValue();
            int latest = rs.get(0);
            for (int r : rs.subList(1, rs.size())) {
                if (dates.compare(position.get(r), position.get(latest)) >= 0) {
                    latest = r;
                }
            }
            chosen.put(e.getKey(), latest);
            for (int r : rs) {
                if (r == latest) {
                    continue;
                }
                duplicates++;
                boolean byDate = dates.compare(position.get(r), position.get(latest)) != 0;
                out.issue(t.location(r), "duplicate submission by " + e.getKey() + ": replaced by the "
                        + (byDate ? "later one (by end date)" : "one further down the file"
                        + (dates.ambiguous(position.get(r), position.get(latest))
                        ? " (the end dates read day-first and month-first give different orders)" : ""))
                        + " at line " + t.line(latest));
            }
        }
        if (duplicates > 0) {
            out.responsesDropped(duplicates);
            out.reportLine(duplicates + " duplicate submission" + (duplicates == 1 ? "" : "s")
                    + " replaced by the same person's latest one");
        }
        return chosen;
    }

    private static void flagUnfinished(RawTable t, Map<String, List<Integer>> chosen, int finished,
                                       ImportedSurvey.Builder out) {
        if (finished < 0) {
            return;
        }
        int unfinished = 0;
        for (Map.Entry<String, List<Integer>> e : chosen.entrySet()) {
            int row = e.getValue().get(e.getValue().size() - 1);
            String f = t.cell(row, finished).strip();
            if (f.equalsIgnoreCase("false") || f.equals("0")) {
                unfinished++;
                out.issue(t.location(row, finished), "the response of " + e.getKey()
                        + " is unfinished (Finished = " + f + "): its answers were kept");
            }
        }
        if (unfinished > 0) {
            out.reportLine(unfinished + " unfinished response" + (unfinished == 1 ? "" : "s") + " kept");
        }
    }
}
