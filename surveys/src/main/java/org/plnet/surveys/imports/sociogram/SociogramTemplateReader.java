package org.plnet.surveys.imports.sociogram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.plnet.engine.input.InputException;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.ImportedTie;
import org.plnet.surveys.imports.RawTable;
import org.plnet.surveys.imports.RespondentColumn;
import org.plnet.surveys.imports.RespondentSource;
import org.plnet.surveys.imports.RosterLookup;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.SurveyReader;
import org.plnet.surveys.imports.UnmatchedName;
import org.plnet.surveys.imports.matching.NameMatch;
import org.plnet.surveys.imports.matching.Suggestion;

/**
 * Reads a school sociogram template (as Catalan and Spanish schools use them): a header whose first cell
 * names the pupil column and whose other cells are only the questions' numbers {@code 1} .. {@code m}; each
 * pupil on k consecutive rows, their name in the first column of the first row (the next rows leave it
 * blank or repeat it), row j of the block holding in each question's column the pupil's j-th choice.
 *
 * <p>Each column is a question, relation {@code question-<number>} ({@code --relation} when there is only
 * one). A choice is a tie from the pupil to the child named, its weight the rank kept as a strength: with k
 * rows a block, the first choice weighs k, the second k - 1, ... the k-th 1 (so that a larger weight is a
 * stronger tie, as everywhere in plnet); each relation's scaleMax is k. Names are matched to the roster as a
 * name generator's are: a name that fits no one or several people goes to the unmatched list, a pupil
 * choosing themselves or the same child twice in one question makes no second tie, and each is reported.
 */
public final class SociogramTemplateReader implements SurveyReader {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

    @Override
    public SurveyFormat format() {
        return SurveyFormat.SOCIOGRAM_TEMPLATE;
    }

    /** Sure (0.9) when the header's cells after the first are exactly the numbers 1..m, m at least 1. */
    @Override
    public double detect(SurveyFile file) {
        try {
            RawTable t = file.table();
            return t.rowCount() >= 2 && numberedHeader(t) ? 0.9 : 0;
        } catch (InputException e) {
            return 0;
        }
    }

    private static boolean numberedHeader(RawTable t) {
        if (t.width(0) < 2) {
            return false;
        }
        for (int c = 1; c < t.width(0); c++) {
            String h = t.cell(0, c).strip();
            if (!NUMBER.matcher(h).matches() || Integer.parseInt(h) != c) {
                return false;
            }
        }
        return true;
    }

    @Override
    public ImportedSurvey read(SurveyFile file, ImportSettings settings) {
        RawTable t = file.table();
        if (t.rowCount() < 2 || !numberedHeader(t)) {
            throw new InputException(t.location(0), "not a sociogram template: the header's cells after the first"
                    + " must be the question numbers 1, 2, 3, ... and at least one pupil row must follow");
        }
        int questions = t.width(0) - 1;
        if (questions > 1 && settings.relationGiven()) {
            throw new InputException(t.location(0), "the template has " + questions + " questions but --relation"
                    + " names one relation; leave it out to import them as question-1, question-2, ...");
        }
        RosterLookup roster = new RosterLookup(settings.roster(), settings.aliases());
        List<Integer> rows = new ArrayList<>();
        for (int r = 1; r < t.rowCount(); r++) {
            rows.add(r);
        }
        RespondentColumn who = RespondentColumn.detect(t, List.of(0), c -> t.cell(0, c).strip(), roster,
                rows.stream().filter(r -> !t.cell(r, 0).isBlank()).toList());
        List<List<Integer>> blocks = blocks(t);
        int k = blocks.stream().mapToInt(List::size).max().orElse(1);

        ImportedSurvey.Builder out = ImportedSurvey.builder(format());
        out.respondentSource(RespondentSource.LISTED);
        t.notes().forEach(out::reportLine);
        out.reportLine("sociogram template: " + questions + " question" + (questions == 1 ? "" : "s") + ", "
                + blocks.size() + " pupils on up to " + k + " rows each; a choice's weight is its rank from " + k
                + " (first choice) down to 1 (choice " + k + ")");
        String[] relations = new String[questions];
        for (int q = 0; q < questions; q++) {
            relations[q] = questions == 1 ? settings.relation() : "question-" + (q + 1);
            out.scaleMax(relations[q], k);
        }
        int chosen = 0;
        int unsettled = 0;
        for (List<Integer> block : blocks) {
            int first = block.get(0);
            String pupil = roster.find(t.cell(first, 0), who.key()).orElse(null);
            if (pupil == null) {
                out.issue(t.location(first, 0), "pupil '" + t.cell(first, 0).strip() + "' is not on the roster:"
                        + " their choices were not imported");
                continue;
            }
            out.respondent(pupil, settings.wave(), t.location(first));
            for (int q = 0; q < questions; q++) {
                Set<String> named = new HashSet<>();
                for (int j = 0; j < block.size(); j++) {
                    int r = block.get(j);
                    String typed = t.cell(r, q + 1).strip();
                    if (typed.isEmpty()) {
                        continue;
                    }
                    chosen++;
                    NameMatch m = roster.match(typed);
                    if (!(m instanceof NameMatch.Matched hit)) {
                        unsettled++;
                        out.unmatched(new UnmatchedName(typed, m instanceof NameMatch.Ambiguous
                                ? UnmatchedName.Kind.AMBIGUOUS : UnmatchedName.Kind.UNMATCHED, pupil,
                                m instanceof NameMatch.Ambiguous a ? a.candidates()
                                        : ((NameMatch.Unmatched) m).suggestions().stream().map(Suggestion::id).toList(),
                                t.location(r, q + 1)));
                        continue;
                    }
                    if (hit.id().equals(pupil)) {
                        out.issue(t.location(r, q + 1), pupil + " chose themselves ('" + typed + "'): no tie");
                    } else if (!named.add(hit.id())) {
                        out.issue(t.location(r, q + 1), pupil + " chose " + hit.id() + " again ('" + typed
                                + "'): the higher rank kept");
                    } else {
                        out.tie(new ImportedTie(pupil, hit.id(), relations[q], settings.wave(), k - j,
                                t.location(r, q + 1)));
                    }
                }
            }
        }
        out.reportLine("choices: " + chosen + "; not matched to one roster person: " + unsettled
                + " (listed in unmatched.csv)");
        out.requireTiesFrom(chosen, t.location(), "none of the choices named one roster person besides the pupil;"
                + " settle the names with --aliases FILE (text,id rows)");
        return out.build();
    }

    /** The pupils' blocks of rows: a row with a new name in the first column starts a block. */
    private static List<List<Integer>> blocks(RawTable t) {
        Map<Integer, List<Integer>> blocks = new LinkedHashMap<>();
        int current = -1;
        String name = null;
        for (int r = 1; r < t.rowCount(); r++) {
            String cell = t.cell(r, 0).strip();
            if (!cell.isEmpty() && !cell.equalsIgnoreCase(name)) {
                current = r;
                name = cell;
                blocks.put(current, new ArrayList<>());
            }
            if (current < 0) {
                throw new InputException(t.location(r, 0), "a row of choices before the first pupil's name");
            }
            blocks.get(current).add(r);
        }
        return new ArrayList<>(blocks.values());
    }
}
