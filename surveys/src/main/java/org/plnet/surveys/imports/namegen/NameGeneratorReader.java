package org.plnet.surveys.imports.namegen;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Person;
import org.plnet.surveys.imports.FrequencyScale;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.ImportedTie;
import org.plnet.surveys.imports.RawTable;
import org.plnet.surveys.imports.RespondentColumn;
import org.plnet.surveys.imports.RespondentKey;
import org.plnet.surveys.imports.RespondentSource;
import org.plnet.surveys.imports.RosterLookup;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.SurveyReader;
import org.plnet.surveys.imports.UnmatchedName;
import org.plnet.surveys.imports.matching.MatchRule;
import org.plnet.surveys.imports.matching.NameMatch;
import org.plnet.surveys.imports.matching.NameMatcher;
import org.plnet.surveys.imports.grid.QualtricsReader;
import org.plnet.surveys.imports.matching.Suggestion;
import org.plnet.surveys.imports.responses.ResponseColumns;
import org.plnet.surveys.imports.responses.Responses;

/**
 * Reads a name-generator export (CSV or XLSX): one row per response, a column identifying the respondent, and
 * for each question up to k columns of names typed as free text ({@link NameQuestion}). Each name is resolved
 * by the {@link NameMatcher} (with the user's aliases); a resolved name is a tie of weight 1 from the respondent
 * to that person, in the question's relation.
 *
 * <p>A file without a header row, whose first row is already a nomination (its first cell a roster person,
 * another cell a roster name), is read with column 1 as the respondent and the others as the names, and
 * the report says so.
 *
 * <p>A cell may hold several names ({@link SeveralNames}): it is split on {@code ;} and line breaks always,
 * and on {@code ,} when the whole cell fits no one but every part fits someone; each split is reported.
 *
 * <p>What is handled, and reported: a name that fits no one or several people goes to the unmatched list (with
 * suggestions or candidates) and makes no tie; a respondent naming themselves makes no tie; a person named twice
 * by one respondent in one question makes one tie; blank cells are no names. A row whose respondent is blank or
 * not on the roster is left out; the responses go through the stage every format shares ({@link Responses}:
 * previews and tests dropped, the latest response of each person kept by end date). Every row kept makes its
 * respondent a respondent of the wave, also when it names nobody. A Qualtrics export (its second and third
 * header rows, the third holding {@code ImportId}s) is read too, with its Status, Finished and EndDate columns.
 *
 * <p>Relations: one question takes {@code --relation}, else the header stem ({@code Advice_1..5}: advice;
 * a stem such as {@code Name} or {@code Colleague} that says nothing: the default relation); several questions
 * take their stems, and {@code --relation} is then an error.
 */
public final class NameGeneratorReader implements SurveyReader {

    @Override
    public SurveyFormat format() {
        return SurveyFormat.NAME_GENERATOR;
    }

    /**
     * Sure (0.85) when the header has a numbered group of columns whose values are free text: letters, mostly
     * different from one another, and not the labels of a built-in answer scale; less sure (0.5) for a Qualtrics
     * export, which its own reader may claim; 0 otherwise.
     */
    @Override
    public double detect(SurveyFile file) {
        try {
            RawTable t = file.table();
            if (t.rowCount() < 2) {
                return 0;
            }
            int headerRows = headerRows(t);
            List<NameQuestion> questions = NameQuestion.find(t, 0);
            if (questions.isEmpty()) {
                return 0;
            }
            List<String> values = new ArrayList<>();
            for (NameQuestion q : questions) {
                for (int r = headerRows; r < t.rowCount(); r++) {
                    for (int c : q.columns()) {
                        if (!t.cell(r, c).isBlank()) {
                            values.add(t.cell(r, c).strip());
                        }
                    }
                }
            }
            if (values.isEmpty()) {
                return 0.3;
            }
            long withLetters = values.stream().filter(v -> v.codePoints().anyMatch(Character::isLetter)).count();
            long distinct = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).distinct().count();
            boolean freeText = withLetters >= 0.9 * values.size() && distinct >= 0.5 * values.size()
                    && FrequencyScale.builtInsKnowingAll(values).isEmpty();
            if (!freeText) {
                return 0;
            }
            return headerRows == 3 ? 0.5 : 0.85;
        } catch (InputException e) {
            return 0;
        }
    }

    /**
     * As {@link #detect(SurveyFile)}, and sure (0.85) of a file without a header row whose first row is
     * already a nomination ({@link #firstRowIsData}).
     */
    @Override
    public double detect(SurveyFile file, ImportSettings settings) {
        double withHeader = detect(file);
        if (withHeader > 0) {
            return withHeader;
        }
        try {
            RawTable t = file.table();
            return t.rowCount() >= 1 && firstRowIsData(t, new RosterLookup(settings.roster(), settings.aliases()))
                    ? 0.85 : 0;
        } catch (InputException e) {
            return 0;
        }
    }

    /**
     * Whether a file is a nomination list without a header row: no name-generator header in the first row,
     * whose first cell is a roster id or a roster name and whose other cells are typed names (no number, no
     * roster id), one of them a roster name.
     */
    static boolean firstRowIsData(RawTable t, RosterLookup roster) {
        if (!NameQuestion.find(t, 0).isEmpty() || t.width(0) < 2) {
            return false;
        }
        String first = t.cell(0, 0);
        if (roster.find(first, RespondentKey.ID).isEmpty() && roster.find(first, RespondentKey.NAME).isEmpty()) {
            return false;
        }
        // typed names, not ids or numbers: a header-less edge list (p01,p02,3) is not a nomination file
        boolean named = false;
        for (int c = 1; c < t.width(0); c++) {
            String cell = t.cell(0, c).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (cell.codePoints().noneMatch(Character::isLetter) || roster.find(cell, RespondentKey.ID).isPresent()) {
                return false;
            }
            named |= roster.match(cell) instanceof NameMatch.Matched hit && hit.rule() != MatchRule.ID;
        }
        return named;
    }

    /** The table as read, with a header made up for a file whose first row is already data. */
    private static RawTable withHeader(RawTable t, RosterLookup roster) {
        if (t.rowCount() == 0 || !firstRowIsData(t, roster)) {
            return t;
        }
        List<String> header = new ArrayList<>();
        header.add("respondent");
        for (int c = 1; c < t.maxWidth(); c++) {
            header.add("name_" + c);
        }
        return t.withHeader(header, "no header row: the first row is already data (its first cell '"
                + t.cell(0, 0).strip() + "' is on the roster); column 1 read as the respondent, columns 2.."
                + t.maxWidth() + " as the names they gave");
    }

    @Override
    public ImportedSurvey read(SurveyFile file, ImportSettings settings) {
        RawTable t = withHeader(file.table(), new RosterLookup(settings.roster(), settings.aliases()));
        if (t.rowCount() == 0) {
            throw new InputException(t.location(), "the file is empty: a name-generator export needs a header row");
        }
        int headerRows = headerRows(t);
        List<NameQuestion> questions = NameQuestion.find(t, 0);
        if (questions.isEmpty()) {
            throw new InputException(t.location(0), "no name-generator columns: the header has no columns numbered"
                    + " 1..k after a common name (such as Advice_1..Advice_5 or Name 1..Name 5), and the first row is"
                    + " not a nomination (its first cell is not a roster id or name, or no other cell names a roster"
                    + " person)");
        }
        String[] relations = relations(questions, settings, t);
        RosterLookup roster = new RosterLookup(settings.roster(), settings.aliases());
        Map<String, Person> people = new LinkedHashMap<>();
        settings.roster().forEach(p -> people.put(p.id(), p));
        Set<Integer> nameColumns = new HashSet<>();
        questions.forEach(q -> nameColumns.addAll(q.columns()));
        List<Integer> rows = new ArrayList<>();
        for (int r = headerRows; r < t.rowCount(); r++) {
            rows.add(r);
        }
        ResponseColumns responseColumns = ResponseColumns.byQualtricsIds(t, 0);
        ImportedSurvey.Builder out = ImportedSurvey.builder(format());
        t.notes().forEach(out::reportLine);
        List<Integer> real = Responses.dropTests(t, rows, responseColumns, out);
        RespondentColumn who = respondentColumn(t, nameColumns, settings.respondentColumn(), roster, real);

        out.respondentSource(RespondentSource.LISTED);
        String whoHeader = t.cell(0, who.column()).strip();
        out.reportLine("name-generator: respondent column '" + whoHeader + "' matched against "
                + who.key().description() + (who.detected() ? " (detected: " + who.matched() + " of " + who.values()
                + " values on the roster)" : " (given with --respondent)"));
        questions(t, questions, relations, headerRows, out);
        Map<String, List<Integer>> kept = Responses.responsesOfEach(t, real, who, responseColumns, roster,
                r -> answerCount(t, r, nameColumns), settings.repeated(), out);
        Tally tally = new Tally();
        for (Map.Entry<String, List<Integer>> e : kept.entrySet()) {
            String respondent = e.getKey();
            List<Integer> responses = e.getValue();
            out.respondent(respondent, settings.wave(), t.location(responses.get(responses.size() - 1)));
            for (int i = 0; i < questions.size(); i++) {
                // one set per question over all of a person's responses: a name given twice makes one tie
                Set<String> named = new HashSet<>();
                for (int r : responses) {
                    for (int c : questions.get(i).columns()) {
                        String typed = t.cell(r, c).strip();
                        if (!typed.isEmpty()) {
                            for (String one : SeveralNames.split(typed, roster.matcher(), t.location(r, c), out)) {
                                name(t, r, c, one, respondent, relations[i], settings, roster.matcher(), people, named,
                                        out, tally);
                            }
                        }
                    }
                }
            }
        }
        tally.report(out, kept.size(), rows.size());
        out.requireTiesFrom(tally.typed, t.location(), "of the " + tally.typed + " names typed, " + tally.unmatched
                + " fit no one and " + tally.ambiguous + " several roster people"
                + (tally.firstUnsettled == null ? "" : " (the first: " + tally.firstUnsettled + ")")
                + ", " + tally.selfNamed + " named the respondent; settle the names with --aliases FILE (text,id rows)"
                + " or check that --roster is the roster of this survey");
        return out.build();
    }

    /** Reports each question with its relation; a Qualtrics export's question text is the relation's. */
    private static void questions(RawTable t, List<NameQuestion> questions, String[] relations, int headerRows,
                                  ImportedSurvey.Builder out) {
        for (int i = 0; i < questions.size(); i++) {
            NameQuestion q = questions.get(i);
            out.reportLine("question '" + q.stem() + "' (" + q.describe(t, 0) + ", up to " + q.columns().size()
                    + " names) -> relation " + relations[i]);
            out.scaleMax(relations[i], 1);
            if (headerRows == 3 && !t.cell(1, q.columns().get(0)).isBlank()) {
                out.question(relations[i], t.cell(1, q.columns().get(0)).strip());
            }
        }
    }

    private static void name(RawTable t, int r, int c, String typed, String respondent, String relation,
                             ImportSettings settings, NameMatcher matcher, Map<String, Person> people, Set<String> named,
                             ImportedSurvey.Builder out, Tally tally) {
        tally.typed++;
        NameMatch m = matcher.match(typed);
        if (tally.firstUnsettled == null && !(m instanceof NameMatch.Matched)) {
            tally.firstUnsettled = "'" + typed + "' at " + t.location(r, c);
        }
        if (m instanceof NameMatch.Ambiguous a) {
            tally.ambiguous++;
            out.unmatched(new UnmatchedName(typed, UnmatchedName.Kind.AMBIGUOUS, respondent, a.candidates(),
                    t.location(r, c)));
            return;
        }
        if (m instanceof NameMatch.Unmatched u) {
            tally.unmatched++;
            out.unmatched(new UnmatchedName(typed, UnmatchedName.Kind.UNMATCHED, respondent,
                    u.suggestions().stream().map(Suggestion::id).toList(), t.location(r, c)));
            return;
        }
        NameMatch.Matched hit = (NameMatch.Matched) m;
        tally.byRule.merge(hit.rule(), 1, Integer::sum);
        String who = hit.id() + " " + people.get(hit.id()).name();
        if (hit.rule() != MatchRule.EXACT && hit.rule() != MatchRule.ID && hit.rule() != MatchRule.ALIAS) {
            tally.fuzzy.add(respondent + " typed '" + typed + "' (" + t.location(r, c) + "): " + who + ", "
                    + hit.rule().description() + ", confidence " + String.format(Locale.ROOT, "%.2f", hit.confidence()));
        }
        if (hit.id().equals(respondent)) {
            tally.selfNamed++;
            out.issue(t.location(r, c), respondent + " named themselves ('" + typed + "'): no tie");
            return;
        }
        if (!named.add(hit.id())) {
            tally.repeated++;
            out.issue(t.location(r, c), respondent + " named " + who + " again ('" + typed + "'): one tie kept");
            return;
        }
        out.tie(new ImportedTie(respondent, hit.id(), relation, settings.wave(), 1, t.location(r, c)));
    }

    /** The column the user named (its header in the first row), or the detected one of the other columns. */
    private static RespondentColumn respondentColumn(RawTable t, Set<Integer> nameColumns, Optional<String> named,
                                                     RosterLookup roster, List<Integer> rows) {
        List<Integer> candidates = new ArrayList<>();
        for (int c = 0; c < t.maxWidth(); c++) {
            if (!nameColumns.contains(c)) {
                candidates.add(c);
            }
        }
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < t.width(0); c++) {
            columns.add(c);
        }
        IntFunction<String> header = c -> t.cell(0, c).strip();
        return RespondentColumn.choose(t, candidates, columns, header,
                (c, name) -> header.apply(c).equalsIgnoreCase(name.strip()), named, roster, rows);
    }

    private static int answerCount(RawTable t, int r, Set<Integer> nameColumns) {
        int n = 0;
        for (int c : nameColumns) {
            if (!t.cell(r, c).isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static String[] relations(List<NameQuestion> questions, ImportSettings settings, RawTable t) {
        String[] names = new String[questions.size()];
        if (questions.size() == 1) {
            NameQuestion q = questions.get(0);
            names[0] = settings.relationGiven() || q.genericStem() ? settings.relation() : q.relationName();
            return names;
        }
        if (settings.relationGiven()) {
            throw new InputException(t.location(0), "the file has " + questions.size() + " name-generator questions ("
                    + String.join(", ", questions.stream().map(q -> q.describe(t, 0)).toList())
                    + "); --relation names only one: leave it out and each takes its column name");
        }
        for (int i = 0; i < names.length; i++) {
            names[i] = questions.get(i).relationName();
        }
        return names;
    }

    /** 3 for a Qualtrics export (a third header row of ImportIds), else 1. */
    private static int headerRows(RawTable t) {
        return QualtricsReader.hasImportIds(t) ? 3 : 1;
    }

    /** Counts for the report. */
    private static final class Tally {
        int typed;
        int ambiguous;
        int unmatched;
        int selfNamed;
        int repeated;
        String firstUnsettled;
        final Map<MatchRule, Integer> byRule = new EnumMap<>(MatchRule.class);
        final List<String> fuzzy = new ArrayList<>();

        void report(ImportedSurvey.Builder out, int respondents, int responses) {
            out.reportLine("responses: " + responses + " rows, " + respondents + " respondents kept");
            int matched = byRule.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder s = new StringBuilder("names typed: ").append(typed).append("; matched ").append(matched);
            if (!byRule.isEmpty()) {
                List<String> parts = new ArrayList<>();
                byRule.forEach((rule, n) -> parts.add(n + " by " + rule.description() + " (confidence "
                        + String.format(Locale.ROOT, "%.2f", rule.confidence()) + ")"));
                s.append(" (").append(String.join(", ", parts)).append(")");
            }
            s.append("; ambiguous ").append(ambiguous).append("; unmatched ").append(unmatched)
                    .append(" (both listed in unmatched.csv); self-named ").append(selfNamed)
                    .append("; named twice ").append(repeated);
            out.reportLine(s.toString());
            fuzzy.forEach(out::reportLine);
        }
    }
}
