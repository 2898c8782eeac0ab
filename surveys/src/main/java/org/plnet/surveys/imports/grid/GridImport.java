package org.plnet.surveys.imports.grid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.CodePointOrder;
import org.plnet.engine.model.Person;
import org.plnet.surveys.imports.FrequencyScale;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.ImportedTie;
import org.plnet.surveys.imports.RawTable;
import org.plnet.surveys.imports.RespondentColumn;
import org.plnet.surveys.imports.RosterLookup;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.UnmatchedName;
import org.plnet.surveys.imports.matching.NameMatch;
import org.plnet.surveys.imports.matching.Suggestion;
import org.plnet.surveys.imports.responses.Responses;

/**
 * Reads the answers of a wide export (one row per response, one column per colleague) once its layout is known;
 * shared by every grid format. In order:
 * <ol>
 * <li>grid columns are grouped by question; a question is a roster question when at least half of its columns
 * (and at least one) name a roster person; a column naming no one goes to {@code unmatched.csv};</li>
 * <li>the responses go through the stage every format shares ({@link Responses}: tests dropped, respondent
 * column chosen, the latest response of each person kept, unfinished ones flagged);</li>
 * <li>answers become weights ({@link AnswerCoding}; a checkbox grid, whose cells list ticked options separated
 * by {@code ;}, or by {@code ,} when no part is a number or a scale answer, gives one tie of weight 1 per
 * option, the option being the relation); an empty answer and a weight of 0 are no tie; an answer about
 * oneself is dropped and reported.</li>
 * </ol>
 */
public final class GridImport {

    private GridImport() {
    }

    /** A roster question: its text, relation name and the roster id of each of its columns (or null). */
    private record Question(String text, String relation, List<GridColumn> columns, List<String> alterIds,
                            boolean checkbox, String delimiter) {
    }

    public static ImportedSurvey read(SurveyFormat format, GridLayout layout, ImportSettings settings,
                                      NumericAnswers numeric) {
        RawTable t = layout.table();
        ImportedSurvey.Builder out = ImportedSurvey.builder(format);
        t.notes().forEach(out::reportLine);
        RosterLookup roster = new RosterLookup(settings.roster(), settings.aliases());

        List<Integer> rows = new ArrayList<>();
        for (int r = layout.firstDataRow(); r < t.rowCount(); r++) {
            rows.add(r);
        }
        requireRectangular(layout);
        List<Integer> real = Responses.dropTests(t, rows, layout.responses(), out);
        List<Question> questions = rosterQuestions(layout, settings, roster, real, out);
        out.reportLine(real.size() + " response" + (real.size() == 1 ? "" : "s") + " read"
                + (layout.responses().status() < 0 ? "" : " (" + rows.size() + " data rows, "
                + (rows.size() - real.size()) + " dropped as preview, test or spam)"));
        RespondentColumn rc = respondentColumn(format, layout, settings, roster, real, out);
        Map<String, List<Integer>> chosen = Responses.responsesOfEach(t, real, rc, layout.responses(), roster,
                r -> answerCount(t, r, questions), settings.repeated(), out);

        Map<Question, AnswerCoding> codings = codings(layout, settings, numeric, questions, chosen, out);
        String codingText = String.join("; ", codings.values().stream().map(AnswerCoding::description).distinct()
                .toList());
        Set<String> relationsSeen = new LinkedHashSet<>();
        int self = 0;
        for (Map.Entry<String, List<Integer>> e : chosen.entrySet()) {
            out.respondent(e.getKey(), settings.wave(), t.location(e.getValue().get(e.getValue().size() - 1)));
            self += answers(t, e.getKey(), e.getValue(), questions, codings, settings.wave(), relationsSeen, out);
        }
        reportQuestions(questions, codings, settings, relationsSeen, out);
        if (self > 0) {
            out.reportLine(self + " answer" + (self == 1 ? "" : "s") + " naming the respondent themselves dropped");
        }
        reportNonRespondents(settings, chosen.keySet(), settings.wave(), out);
        out.reportLine(out.tieCount() + " ties read (relation " + String.join(", ", relationsSeen) + ", wave "
                + settings.wave() + ")");
        int answered = 0;
        for (List<Integer> rs : chosen.values()) {
            answered += rosterAnswerCount(t, rs, questions);
        }
        out.requireTiesFrom(answered, t.location(), "every answer about a roster person was coded 0 (no tie)"
                + (self > 0 ? " or named the respondent (" + self + ")" : "") + " by the coding '"
                + codingText + "'; give the scale with --scale SCALE.csv (one label,code row per answer)"
                + " to code the answers otherwise");
        return out.build();
    }

    /** The respondent column ({@link RespondentColumn#choose}), reported; a roster grid's other columns too. */
    private static RespondentColumn respondentColumn(SurveyFormat format, GridLayout layout, ImportSettings settings,
                                                     RosterLookup roster, List<Integer> rows,
                                                     ImportedSurvey.Builder out) {
        RespondentColumn rc = RespondentColumn.choose(layout.table(),
                layout.columns().stream().filter(c -> !c.isAlter()).map(GridColumn::index).toList(),
                layout.columns().stream().map(GridColumn::index).toList(), c -> layout.column(c).label(),
                (c, name) -> layout.column(c).isCalled(name), settings.respondentColumn(), roster, rows);
        GridColumn rcColumn = layout.column(rc.column());
        out.reportLine("respondent column: '" + rcColumn.label() + "' (column " + (rc.column() + 1) + ", "
                + RawTable.columnLetters(rc.column() + 1) + "), values matched as " + rc.key().description()
                + (rc.detected() ? "; detected: " + rc.matched() + " of " + rc.values() + " values are on the roster"
                : "; given by --respondent"));
        if (format == SurveyFormat.ROSTER_GRID) {
            List<String> others = new ArrayList<>();
            for (GridColumn c : layout.columns()) {
                if (!c.isAlter() && c.index() != rc.column()) {
                    others.add("'" + c.label() + "' (" + RawTable.columnLetters(c.index() + 1) + ")");
                }
            }
            if (!others.isEmpty()) {
                out.reportLine("columns that name no roster person, not imported: " + String.join(", ", others));
            }
        }
        return rc;
    }

    /**
     * The ties of respondent {@code id}'s response in row {@code r}; returns how many answers named the respondent
     * themselves (dropped and reported).
     */
    private static int answers(RawTable t, String id, List<Integer> rows, List<Question> questions,
                               Map<Question, AnswerCoding> codings, String wave, Set<String> relationsSeen,
                               ImportedSurvey.Builder out) {
        int self = 0;
        for (Question q : questions) {
            for (int k = 0; k < q.columns().size(); k++) {
                String alter = q.alterIds().get(k);
                int c = q.columns().get(k).index();
                int r = answeringRow(t, rows, c);
                String text = t.cell(r, c).strip();
                if (alter == null || text.isEmpty()) {
                    continue;
                }
                if (q.checkbox()) {
                    self += options(t, id, r, c, alter, text, q, wave, relationsSeen, out);
                    continue;
                }
                double w = codings.get(q).weight(text, t.location(r, c));
                if (alter.equals(id)) {
                    if (w > 0) {
                        self++;
                        out.issue(t.location(r, c), id + " named themselves ('" + text + "'): dropped");
                    }
                    continue;
                }
                if (w > 0) {
                    out.tie(new ImportedTie(id, alter, q.relation(), wave, w, t.location(r, c)));
                }
            }
        }
        return self;
    }

    /** The ties of a checkbox cell: one of weight 1 per ticked option, the option being the relation. */
    private static int options(RawTable t, String id, int r, int c, String alter, String text, Question q,
                               String wave, Set<String> relationsSeen, ImportedSurvey.Builder out) {
        int self = 0;
        for (String option : text.split(q.delimiter())) {
            if (option.isBlank()) {
                continue;
            }
            String relation = slug(option);
            relationsSeen.add(relation);
            out.question(relation, q.text() + ": " + option.strip());
            if (alter.equals(id)) {
                self++;
                out.issue(t.location(r, c), id + " named themselves (" + option.strip() + "): dropped");
            } else {
                out.tie(new ImportedTie(id, alter, relation, wave, 1, t.location(r, c)));
            }
        }
        return self;
    }

    /**
     * Whether a question's cells are choices joined by commas ({@code Advice,Support}: a multi-select matrix
     * exported as choice text): some cell holds a comma, and no part of any cell is a number or an answer of
     * a built-in frequency scale, nor is any whole cell such an answer.
     */
    private static boolean commaJoinedChoices(RawTable t, List<GridColumn> columns, List<Integer> rows) {
        boolean comma = false;
        for (GridColumn c : columns) {
            for (int r : rows) {
                String cell = t.cell(r, c.index()).strip();
                if (cell.isEmpty()) {
                    continue;
                }
                if (AnswerCoding.number(cell) != null || !FrequencyScale.builtInsKnowingAll(List.of(cell)).isEmpty()) {
                    return false;
                }
                for (String part : cell.split(",")) {
                    if (part.isBlank() || AnswerCoding.number(part) != null) {
                        return false;
                    }
                }
                comma |= cell.indexOf(',') >= 0;
            }
        }
        return comma;
    }

    private static void reportQuestions(List<Question> questions, Map<Question, AnswerCoding> codings,
                                        ImportSettings settings,
                                        Set<String> relationsSeen, ImportedSurvey.Builder out) {
        for (Question q : questions) {
            if (!q.checkbox()) {
                out.question(q.relation(), q.text());
                relationsSeen.add(q.relation());
                codings.get(q).scaleMax().ifPresent(k -> out.scaleMax(q.relation(), k));
            } else {
                out.reportLine("question '" + q.text() + "' is a checkbox grid (options separated by '"
                        + q.delimiter() + "'): each ticked option is a relation"
                        + " of its own, weight 1" + (settings.relationGiven() ? " (--relation " + settings.relation()
                        + " does not apply to it)" : ""));
            }
        }
    }

    /** A CSV data row longer or shorter than the header is malformed; XLSX rows may end early (empty cells). */
    private static void requireRectangular(GridLayout layout) {
        RawTable t = layout.table();
        int width = layout.columns().size();
        for (int r = 0; r < t.rowCount(); r++) {
            int w = t.width(r);
            if (w > width) {
                for (int c = width; c < w; c++) {
                    if (!t.cell(r, c).isEmpty()) {
                        throw new InputException(t.location(r, c), "this row has " + w + " cells but the header has "
                                + width + " columns (a ragged row; is a comma missing from the header, or a cell not quoted?)");
                    }
                }
            } else if (w < width && !t.isSpreadsheet()) {
                throw new InputException(t.location(r, w == 0 ? 0 : w - 1), "this row has " + w
                        + " cells but the header has " + width + " columns (a ragged row)");
            }
        }
    }

    private static List<Question> rosterQuestions(GridLayout layout, ImportSettings settings, RosterLookup roster,
                                                  List<Integer> rows, ImportedSurvey.Builder out) {
        RawTable t = layout.table();
        Map<String, List<GridColumn>> byQuestion = new LinkedHashMap<>();
        for (GridColumn c : layout.columns()) {
            if (c.isAlter()) {
                byQuestion.computeIfAbsent(c.question(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Question> questions = new ArrayList<>();
        for (Map.Entry<String, List<GridColumn>> e : byQuestion.entrySet()) {
            List<String> ids = new ArrayList<>();
            List<UnmatchedName> unresolved = new ArrayList<>();
            int resolved = 0;
            for (GridColumn c : e.getValue()) {
                String id = resolveHeader(c, roster, t, unresolved);
                ids.add(id);
                if (id != null) {
                    resolved++;
                }
            }
            if (resolved == 0 || resolved * 2 < e.getValue().size()) {
                out.reportLine("question '" + e.getKey() + "' (" + e.getValue().size() + " columns) is not a roster"
                        + " question (" + resolved + " of its columns name a roster person): not imported");
                continue;
            }
            Map<String, GridColumn> seen = new LinkedHashMap<>();
            for (int k = 0; k < ids.size(); k++) {
                GridColumn c = e.getValue().get(k);
                if (ids.get(k) != null && seen.putIfAbsent(ids.get(k), c) != null) {
                    throw new InputException(t.location(layout.headerRows() - 1, c.index()), "columns "
                            + RawTable.columnLetters(seen.get(ids.get(k)).index() + 1) + " and "
                            + RawTable.columnLetters(c.index() + 1) + " of the question both name " + ids.get(k));
                }
            }
            for (UnmatchedName u : unresolved) {
                out.unmatched(u);
                int answers = 0;
                for (int r : rows) {
                    if (!t.cell(r, u.where().column() - 1).isBlank()) {
                        answers++;
                    }
                }
                out.issue(u.where(), "column '" + u.text() + "' names "
                        + (u.kind() == UnmatchedName.Kind.AMBIGUOUS ? "several roster people (" + String.join(", ", u.candidates()) + ")"
                        : "no one on the roster") + ": its " + answers + " answers were not imported (settle it with --aliases)");
            }
            boolean checkbox = false;
            for (GridColumn c : e.getValue()) {
                for (int r : rows) {
                    if (t.cell(r, c.index()).indexOf(';') >= 0) {
                        checkbox = true;
                        break;
                    }
                }
            }
            String delimiter = checkbox ? ";" : commaJoinedChoices(t, e.getValue(), rows) ? "," : null;
            checkbox = delimiter != null;
            questions.add(new Question(e.getKey(), null, e.getValue(), ids, checkbox, delimiter));
        }
        if (questions.isEmpty()) {
            throw new InputException(t.location(Math.max(0, layout.headerRows() - 1)), "no roster question found: "
                    + "no column header names people of the roster (" + settings.roster().size() + " people)");
        }
        return withRelations(questions, settings, t, out);
    }

    /** Each scale question with its relation: {@code --relation} for one, question-1, question-2, ... else. */
    private static List<Question> withRelations(List<Question> questions, ImportSettings settings, RawTable t,
                                                ImportedSurvey.Builder out) {
        List<Question> named = new ArrayList<>();
        long scaleQuestions = questions.stream().filter(q -> !q.checkbox()).count();
        if (scaleQuestions > 1 && settings.relationGiven()) {
            throw new InputException(t.location(0), "the export has " + scaleQuestions + " roster questions but"
                    + " --relation names one relation; leave --relation out to import them as relations"
                    + " question-1, question-2, ...");
        }
        int k = 0;
        for (Question q : questions) {
            String relation = q.checkbox() ? null
                    : scaleQuestions == 1 ? settings.relation() : "question-" + (++k);
            named.add(new Question(q.text(), relation, q.columns(), q.alterIds(), q.checkbox(), q.delimiter()));
            if (relation != null && scaleQuestions > 1) {
                out.reportLine("relation " + relation + " = question '" + q.text() + "'");
            }
        }
        return named;
    }

    private static String resolveHeader(GridColumn c, RosterLookup roster, RawTable t, List<UnmatchedName> unresolved) {
        NameMatch m = roster.match(c.alter());
        if (m instanceof NameMatch.Matched hit && hit.confidence() >= RosterLookup.SURE_NAME_CONFIDENCE) {
            return hit.id();
        }
        List<String> candidates;
        UnmatchedName.Kind kind;
        if (m instanceof NameMatch.Ambiguous a) {
            kind = UnmatchedName.Kind.AMBIGUOUS;
            candidates = a.candidates();
        } else if (m instanceof NameMatch.Matched weak) {
            kind = UnmatchedName.Kind.UNMATCHED;
            candidates = List.of(weak.id());
        } else {
            kind = UnmatchedName.Kind.UNMATCHED;
            candidates = ((NameMatch.Unmatched) m).suggestions().stream().map(Suggestion::id).toList();
        }
        int headerRow = 0;
        for (int h = 0; h < c.headers().size(); h++) {
            if (c.headers().get(h).contains(c.alter())) {
                headerRow = h;
            }
        }
        unresolved.add(new UnmatchedName(c.alter(), kind, "", candidates, t.location(headerRow, c.index())));
        return null;
    }

    private static int answerCount(RawTable t, int r, List<Question> questions) {
        int n = 0;
        for (Question q : questions) {
            for (GridColumn c : q.columns()) {
                if (!t.cell(r, c.index()).isBlank()) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * The row of a person's responses whose cell of column {@code c} counts: the last that answered it (one row
     * unless {@code --repeated combine} merged several), else the last row.
     */
    private static int answeringRow(RawTable t, List<Integer> rows, int c) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (!t.cell(rows.get(i), c).isBlank()) {
                return rows.get(i);
            }
        }
        return rows.get(rows.size() - 1);
    }

    /** The non-empty answers of one person's responses in columns that name a roster person. */
    private static int rosterAnswerCount(RawTable t, List<Integer> rows, List<Question> questions) {
        int n = 0;
        for (Question q : questions) {
            for (int k = 0; k < q.columns().size(); k++) {
                int c = q.columns().get(k).index();
                if (q.alterIds().get(k) != null && !t.cell(answeringRow(t, rows, c), c).isBlank()) {
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * How each scale question's answers become weights: one {@link AnswerCoding} for all of them, except that
     * in a numeric Qualtrics export with several questions a question whose answers are all {@code 1} is a
     * checkbox matrix of its own (1 = ticked), so that its ticks are not coded "never" by the other
     * questions' recode values. Each coding is reported.
     */
    private static Map<Question, AnswerCoding> codings(GridLayout layout, ImportSettings settings,
                                                       NumericAnswers numeric, List<Question> questions,
                                                       Map<String, List<Integer>> chosen, ImportedSurvey.Builder out) {
        RawTable t = layout.table();
        Map<Question, List<AnswerCoding.Answer>> byQuestion = new LinkedHashMap<>();
        for (Question q : questions) {
            if (q.checkbox()) {
                continue;
            }
            List<AnswerCoding.Answer> answers = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> e : chosen.entrySet()) {
                for (int k = 0; k < q.columns().size(); k++) {
                    int c = q.columns().get(k).index();
                    int r = answeringRow(t, e.getValue(), c);
                    String text = t.cell(r, c).strip();
                    if (q.alterIds().get(k) != null && !text.isEmpty()) {
                        answers.add(new AnswerCoding.Answer(text, t.location(r, c)));
                    }
                }
            }
            byQuestion.put(q, answers);
        }
        Optional<FrequencyScale> scale = settings.scale();
        Map<Question, AnswerCoding> codings = new LinkedHashMap<>();
        List<AnswerCoding.Answer> shared = new ArrayList<>();
        for (Map.Entry<Question, List<AnswerCoding.Answer>> e : byQuestion.entrySet()) {
            List<AnswerCoding.Answer> answers = e.getValue();
            boolean ticks = numeric == NumericAnswers.RECODE_FROM_ONE && scale.isEmpty() && byQuestion.size() > 1
                    && !answers.isEmpty()
                    && answers.stream().allMatch(a -> Double.valueOf(1).equals(AnswerCoding.number(a.text())));
            if (ticks) {
                AnswerCoding own = AnswerCoding.choose(answers, scale, numeric, t.location());
                codings.put(e.getKey(), own);
                out.reportLine("question '" + e.getKey().text() + "': " + own.description());
            } else {
                shared.addAll(answers);
            }
        }
        if (codings.size() < byQuestion.size()) {
            AnswerCoding common = AnswerCoding.choose(shared, scale, numeric, t.location());
            out.reportLine(common.description());
            byQuestion.keySet().forEach(q -> codings.putIfAbsent(q, common));
        }
        return codings;
    }

    private static void reportNonRespondents(ImportSettings settings, Set<String> respondents, String wave,
                                             ImportedSurvey.Builder out) {
        List<String> missing = new ArrayList<>();
        for (Person p : settings.roster()) {
            if (!respondents.contains(p.id())) {
                missing.add(p.id());
            }
        }
        out.reportLine(respondents.size() + " of " + settings.roster().size() + " roster people responded (wave "
                + wave + ")");
        if (!missing.isEmpty()) {
            out.reportLine(missing.size() + " did not respond: " + String.join(", ", missing)
                    + " (their own ties are unknown, not absent)");
        }
    }

    /** A relation name from a checkbox option: lower case, runs of other characters as one hyphen. */
    static String slug(String option) {
        String s = option.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "option" : s;
    }
}
