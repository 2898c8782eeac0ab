package org.plnet.surveys.imports.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.RawTable;
import org.plnet.surveys.imports.RawTables;
import org.plnet.surveys.imports.RosterFile;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.report.RespondentBasis;
import org.plnet.surveys.rows.RespondentRow;
import org.plnet.surveys.rows.StudyRows;
import org.plnet.surveys.studyfolder.StudyFolderReader;

/**
 * What a study folder already holds before an import adds to it: its people, tie rows, respondents.csv rows,
 * study.yaml text and unmatched.csv rows. {@code plnet import} reads its folder's files as written
 * (study-format.md; {@link #read}); a study read for analysis hands over the rows it was read into
 * ({@link #of}). A folder without people.csv holds no study yet.
 *
 * @param people           people.csv, in file order (empty when there is none)
 * @param ties             ties.csv rows, relation and wave filled in with their defaults
 * @param respondents      respondents.csv rows, each where the file has it; empty when there is no such file
 * @param hasRespondents   whether respondents.csv exists
 * @param studyYaml        the text of study.yaml, if any
 * @param unmatched        unmatched.csv rows (header first), if any
 * @param droppedColumns   columns of ties.csv beyond the study format, which are not written back
 */
public record ExistingStudy(List<Person> people, List<TiesCsvRow> ties, List<RespondentRow> respondents,
                            boolean hasRespondents, Optional<String> studyYaml, List<List<String>> unmatched,
                            List<String> droppedColumns) {

    static final ExistingStudy NONE = new ExistingStudy(List.of(), List.of(), List.of(), false, Optional.empty(),
            List.of(), List.of());

    /** Reads {@code dir}, naming files {@code label/file} in messages ({@code file} alone when the label is empty). */
    public static ExistingStudy read(Path dir, String label) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(SurveyFile.of(dir, label).location(), "exists and is not a folder (--out)");
        }
        Path peopleFile = dir.resolve("people.csv");
        if (!Files.isRegularFile(peopleFile)) {
            if (Files.isRegularFile(dir.resolve("ties.csv"))) {
                throw new InputException(SurveyFile.of(dir.resolve("ties.csv"), join(label, "ties.csv")).location(),
                        "the study folder has ties.csv but no people.csv; import into a new folder or add people.csv");
            }
            return NONE;
        }
        List<Person> people = RosterFile.read(SurveyFile.of(peopleFile, join(label, "people.csv")));
        List<TiesCsvRow> ties = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        Path tiesFile = dir.resolve("ties.csv");
        if (Files.isRegularFile(tiesFile)) {
            readTies(RawTables.read(tiesFile, join(label, "ties.csv")), ties, dropped);
        }
        List<RespondentRow> respondents = new ArrayList<>();
        Path respondentsFile = dir.resolve("respondents.csv");
        boolean hasRespondents = Files.isRegularFile(respondentsFile);
        if (hasRespondents) {
            readRespondents(RawTables.read(respondentsFile, join(label, "respondents.csv")), respondents);
        }
        Optional<String> yaml = Optional.empty();
        Path yamlFile = dir.resolve("study.yaml");
        if (Files.isRegularFile(yamlFile)) {
            yaml = Optional.of(SurveyFile.of(yamlFile, join(label, "study.yaml")).text());
        }
        List<List<String>> unmatched = new ArrayList<>();
        Path unmatchedFile = dir.resolve("unmatched.csv");
        if (Files.isRegularFile(unmatchedFile)) {
            RawTable t = RawTables.read(unmatchedFile, join(label, "unmatched.csv"));
            for (int r = 0; r < t.rowCount(); r++) {
                unmatched.add(t.row(r));
            }
        }
        return new ExistingStudy(people, ties, respondents, hasRespondents, yaml, unmatched, dropped);
    }

    /**
     * What people.csv, ties.csv and respondents.csv hold, from the rows {@link StudyFolderReader} read them into
     * (ties.csv's own rows only), so that an import into a study read for analysis does not read its files a
     * second time. Nothing else (study.yaml, unmatched.csv) is held.
     *
     * @param droppedColumns the columns of ties.csv outside the study format
     */
    public static ExistingStudy of(StudyRows rows, List<String> droppedColumns) {
        List<TiesCsvRow> ties = new ArrayList<>();
        rows.ties().ifPresent(all -> all.forEach(t -> {
            requireEnds(t.source(), t.target(), column -> column.equals("source") ? t.sourceAt() : t.targetAt());
            ties.add(new TiesCsvRow(t.source(), t.target(), t.relation(), t.weight() == null ? "" : t.weight().strip(),
                    t.wave()));
        }));
        List<RespondentRow> respondents = rows.respondents().stream().filter(r -> !r.id().isEmpty()).toList();
        return new ExistingStudy(RosterFile.people(rows.people()), ties, respondents,
                rows.basis() == RespondentBasis.RESPONDENTS_FILE, Optional.empty(), List.of(), droppedColumns);
    }

    /** A row of the study's ties.csv names its source and its target: the folder is not written over otherwise. */
    private static void requireEnds(String source, String target, Function<String, SourceLocation> at) {
        if (source.isEmpty() || target.isEmpty()) {
            String column = source.isEmpty() ? "source" : "target";
            throw new InputException(at.apply(column), "empty " + column + " in the study's ties.csv");
        }
    }

    private static void readRespondents(RawTable t, List<RespondentRow> respondents) {
        Map<String, Integer> h = header(t, "id", "wave");
        for (int r = 1; r < t.rowCount(); r++) {
            String id = t.cell(r, h.get("id")).strip();
            String wave = h.containsKey("wave") ? t.cell(r, h.get("wave")).strip() : "";
            if (!id.isEmpty()) {
                respondents.add(new RespondentRow(id, wave.isEmpty() ? ImportSettings.DEFAULT_WAVE : wave,
                        t.location(r, h.get("id"))));
            }
        }
    }

    boolean exists() {
        return !people.isEmpty();
    }

    private static void readTies(RawTable t, List<TiesCsvRow> ties, List<String> dropped) {
        if (t.rowCount() == 0) {
            return;
        }
        Map<String, Integer> h = header(t, "source", "target");
        for (int c = 0; c < t.width(0); c++) {
            String name = t.cell(0, c).strip().toLowerCase(Locale.ROOT);
            if (!List.of("source", "target", "relation", "weight", "wave").contains(name)) {
                dropped.add(t.cell(0, c).strip());
            }
        }
        for (int r = 1; r < t.rowCount(); r++) {
            String source = t.cell(r, h.get("source")).strip();
            String target = t.cell(r, h.get("target")).strip();
            int row = r;
            requireEnds(source, target, column -> t.location(row, h.get(column)));
            String relation = cell(t, r, h, "relation", Relation.DEFAULT_NAME);
            String weight = cell(t, r, h, "weight", "");
            String wave = cell(t, r, h, "wave", ImportSettings.DEFAULT_WAVE);
            ties.add(new TiesCsvRow(source, target, relation, weight, wave));
        }
    }

    private static String cell(RawTable t, int r, Map<String, Integer> h, String column, String absent) {
        Integer c = h.get(column);
        String v = c == null ? "" : t.cell(r, c).strip();
        return v.isEmpty() ? absent : v;
    }

    private static Map<String, Integer> header(RawTable t, String... required) {
        Map<String, Integer> h = new LinkedHashMap<>();
        if (t.rowCount() > 0) {
            for (int c = 0; c < t.width(0); c++) {
                h.putIfAbsent(t.cell(0, c).strip().toLowerCase(Locale.ROOT), c);
            }
        }
        for (String name : required) {
            if (!h.containsKey(name)) {
                throw new InputException(t.location(0), "the study's " + fileName(t.file()) + " has no '" + name + "' column");
            }
        }
        return h;
    }

    private static String fileName(String label) {
        int slash = Math.max(label.lastIndexOf('/'), label.lastIndexOf('\\'));
        return label.substring(slash + 1);
    }

    private static String join(String dir, String file) {
        return StudyFolderUpdate.join(dir, file);
    }
}
