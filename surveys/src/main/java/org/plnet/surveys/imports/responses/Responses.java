package org.plnet.surveys.imports.responses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
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
 * is kept (the one further down the file when the dates cannot tell); unfinished responses are kept and
 * reported. The respondent column itself is {@link RespondentColumn#choose chosen} between the two steps.
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
     * The response kept for each respondent: roster id to row, in file order of the rows.
     *
     * @param answers how many answers a row holds, for the messages about a row left out
     */
    public static Map<String, Integer> latestOfEach(RawTable t, List<Integer> rows, RespondentColumn rc,
                                                    ResponseColumns columns, RosterLookup roster,
                                                    IntUnaryOperator answers, ImportedSurvey.Builder out) {
        Map<String, List<Integer>> rowsById = identify(t, rows, rc, roster, answers, out);
        Map<String, Integer> chosen = latest(t, rowsById, columns.endDate(), out);
        List<Map.Entry<String, Integer>> byRow = new ArrayList<>(chosen.entrySet());
        byRow.sort(Map.Entry.comparingByValue());
        Map<String, Integer> inFileOrder = new LinkedHashMap<>();
        byRow.forEach(e -> inFileOrder.put(e.getKey(), e.getValue()));
        flagUnfinished(t, inFileOrder, columns.finished(), out);
        return inFileOrder;
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
            out.reportLine(duplicates + " duplicate submission" + (duplicates == 1 ? "" : "s")
                    + " replaced by the same person's latest one");
        }
        return chosen;
    }

    private static void flagUnfinished(RawTable t, Map<String, Integer> chosen, int finished,
                                       ImportedSurvey.Builder out) {
        if (finished < 0) {
            return;
        }
        int unfinished = 0;
        for (Map.Entry<String, Integer> e : chosen.entrySet()) {
            String f = t.cell(e.getValue(), finished).strip();
            if (f.equalsIgnoreCase("false") || f.equals("0")) {
                unfinished++;
                out.issue(t.location(e.getValue(), finished), "the response of " + e.getKey()
                        + " is unfinished (Finished = " + f + "): its answers were kept");
            }
        }
        if (unfinished > 0) {
            out.reportLine(unfinished + " unfinished response" + (unfinished == 1 ? "" : "s") + " kept");
        }
    }
}
