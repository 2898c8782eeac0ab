package org.plnet.surveys.studyfolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Affiliations;
import org.plnet.engine.model.Programme;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.StudyInput;
import org.plnet.surveys.report.ImportReport;
import org.plnet.surveys.report.RespondentBasis;
import org.plnet.surveys.rows.RespondentRow;
import org.plnet.surveys.rows.StudyBuilder;
import org.plnet.surveys.rows.StudyRows;
import org.plnet.surveys.rows.TieRow;
import org.plnet.surveys.rows.TieRows;

/**
 * Reads a study folder (study-format.md) into its {@link StudyRows}, which {@link StudyBuilder} makes the
 * {@link Study} and its {@link ImportReport} from. Problems in the user's files never throw: they are
 * collected, every one with file, line and column, and any error leaves the import without a study.
 *
 * <p>The survey exports a study.yaml names under {@code imports:} are imported in memory by
 * {@code org.plnet.surveys.StudyReader}, which hands the people, respondents and tie rows they give to
 * {@link #readImported}.
 */
public final class StudyFolderReader {

    /** The study's settings file, which messages name. */
    public static final String STUDY_YAML = "study.yaml";
    static final String PEOPLE = "people.csv";
    static final String RESPONDENTS = "respondents.csv";
    static final String TIES = "ties.csv";
    private static final String CSV = "CSV UTF-8";
    private static final List<String> TIE_COLUMNS = List.of("source", "target", "relation", "weight", "wave");
    private static final List<String> RESPONDENT_COLUMNS = List.of("id", "wave");

    private final Path dir;
    /** The people and respondents of the study with its exports imported; null when they are the folder's own. */
    private final ImportedPeople imported;
    private final List<RelationSpec> importedRelations;
    /** The tie rows of the survey exports, after those of ties.csv. */
    private final List<TieRow> exportTies;
    private final ReadMode mode;
    private final ImportReport.Builder report;
    private final List<String> unusedColumns = new ArrayList<>();
    private final List<String> unusedTieColumns = new ArrayList<>();
    /** The rows read, once people.csv could be read. */
    private StudyRows rows;
    private String studyName;
    /** study.yaml as the user wrote it (without what the exports tell). */
    private StudyYaml written = StudyYaml.ABSENT;
    /** The text of study.yaml, for the reading of its affiliations: (null without one). */
    private String yamlText;

    private StudyFolderReader(Path dir, ImportedPeople imported, List<RelationSpec> importedRelations,
                              List<TieRow> exportTies, ReadMode mode) {
        this.exportTies = List.copyOf(exportTies);
        this.dir = dir;
        this.imported = imported;
        this.importedRelations = importedRelations;
        this.mode = mode;
        this.studyName = folderName(dir);
        this.report = ImportReport.builder(studyName).fileOrder(studyName, STUDY_YAML, PEOPLE, RESPONDENTS, TIES,
                ProgrammeFile.SCHOOLS);
    }

    /**
     * Reads the study folder {@code studyDir}. The survey exports its study.yaml may name under
     * {@code imports:} are checked as settings and listed in {@link StudyInput#imports()}, but not imported:
     * the study holds the folder's own files only, and ties.csv may then be absent.
     *
     * @param mode {@link ReadMode#STRICT} unless the user asked for lenient reading
     */
    public static StudyInput read(Path studyDir, ReadMode mode) {
        return readRows(studyDir, mode).input();
    }

    /** Reads the study folder {@code studyDir} as {@link #read} does, keeping the rows the study was built from. */
    public static FolderReading readRows(Path studyDir, ReadMode mode) {
        Objects.requireNonNull(studyDir, "studyDir");
        StudyFolderReader reader = new StudyFolderReader(studyDir, null, List.of(), List.of(),
                Objects.requireNonNull(mode, "mode"));
        StudyInput input = reader.result();
        return new FolderReading(input, Optional.ofNullable(reader.rows), reader.unusedTieColumns);
    }

    /**
     * Reads a study whose survey exports were imported in memory: its study.yaml, name and ties.csv are those
     * of {@code studyDir}; its people and respondents are {@code people}; the exports' tie rows follow those of
     * ties.csv, each where its export gives it; a relation that study.yaml does not set takes what the export
     * tells about it.
     *
     * @param relations what the exports tell about their relations, first one first
     */
    public static StudyInput readImported(Path studyDir, ImportedPeople people, List<TieRow> exportTies,
                                          List<ImportedRelation> relations, ReadMode mode) {
        Objects.requireNonNull(studyDir, "studyDir");
        Objects.requireNonNull(people, "people");
        List<RelationSpec> specs = relations.stream().map(ImportedRelation::spec).toList();
        return new StudyFolderReader(studyDir, people, specs, exportTies, Objects.requireNonNull(mode, "mode"))
                .result();
    }

    private StudyInput result() {
        Study study = read();
        ImportReport built = report.build();
        return new StudyInput(built.hasErrors() ? null : study, built, written.imports());
    }

    private static String folderName(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? dir.toString() : name.toString();
    }

    private Study read() {
        String folderName = studyName;
        if (!Files.exists(dir)) {
            report.error(SourceLocation.ofFile(folderName), "study folder not found");
            return null;
        }
        if (!Files.isDirectory(dir)) {
            report.error(SourceLocation.ofFile(folderName), "is not a folder: give the study folder, which holds "
                    + PEOPLE + " and " + TIES);
            return null;
        }
        StudyYaml yaml = settings();
        Roster roster = imported != null ? Roster.of(imported.people()) : people();
        boolean rosterUsable = roster != null && roster.usable();
        if (roster != null) {
            report.people(roster.size());
        }
        boolean tiesOptional = (yaml.namesExports() || AttendanceFiles.present(dir)) && !exists(TIES);
        CsvFile tiesTable = tiesOptional ? null : table(TIES, TIES + " is required unless " + STUDY_YAML
                + " names survey exports under imports:");
        if (tiesTable != null) {
            unusedTieColumns.addAll(noteUnused(tiesTable, TIE_COLUMNS));
        }

        Respondents respondents = respondentBasis(roster, rosterUsable);
        if (!unusedColumns.isEmpty()) {
            report.section("Columns not used", unusedColumns);
        }
        boolean checkable = rosterUsable && !(respondents.basis() == RespondentBasis.RESPONDENTS_FILE
                && respondents.reading() == StudyRows.Reading.INCOMPLETE);
        Optional<TieRows> ties = tiesTable == null
                ? (tiesOptional ? Optional.of(TieRows.NONE) : Optional.empty())
                : Optional.of(checkable ? tieRows(tiesTable) : TieRows.of(noRows(tiesTable)));
        if (!rosterUsable) {
            return null;
        }
        ties = ties.map(own -> own.then(exportTies));
        rows = new StudyRows(yaml, roster, respondents.basis(), respondents.rows(), respondents.reading(), ties);
        Affiliations affiliations = AttendanceFiles.read(dir, yamlText, rows, mode, report);
        Programme programme = ProgrammeFile.read(exists(ProgrammeFile.SCHOOLS) ? table(ProgrammeFile.SCHOOLS, "")
                : null, roster, yaml.breakdowns(), mode, report); // programmes.md
        return StudyBuilder.build(rows, affiliations, programme, studyName, mode, report);
    }

    /** The people of people.csv, or null after reporting why there are none. */
    private Roster people() {
        CsvFile table = table(PEOPLE, "a study folder needs its roster, " + PEOPLE);
        return table == null ? null : Roster.read(table, report);
    }

    /** study.yaml as written, with what exports tell of relations it does not set; name and description reported. */
    private StudyYaml settings() {
        written = studyYaml();
        StudyYaml yaml = written.withRelations(importedRelations);
        if (yaml.name() != null) {
            studyName = yaml.name().value();
            report.studyName(studyName);
        }
        if (yaml.description() != null) {
            report.description(yaml.description().value());
        }
        return yaml;
    }

    /** How respondents are decided, and the rows of respondents.csv when it decides. */
    private record Respondents(RespondentBasis basis, List<RespondentRow> rows, StudyRows.Reading reading) {
    }

    /**
     * Decides the respondent basis (study-format.md, "Respondents") and reads respondents.csv when it decides;
     * its rows are checked against people.csv only when people.csv could be read.
     */
    private Respondents respondentBasis(Roster roster, boolean rosterUsable) {
        if (imported != null) {
            return imported.respondents().map(rows -> new Respondents(RespondentBasis.RESPONDENTS_FILE, rows,
                    StudyRows.Reading.COMPLETE))
                    .orElse(new Respondents(RespondentBasis.TIE_SOURCES, List.of(), StudyRows.Reading.COMPLETE));
        }
        boolean hasRespondentsFile = exists(RESPONDENTS);
        if (rosterUsable && roster.hasRespondentColumn()) {
            if (hasRespondentsFile) {
                report.warning(SourceLocation.ofFile(RESPONDENTS), "is not used: " + PEOPLE
                        + " has a respondent column, which decides respondents for every wave");
            }
            return new Respondents(RespondentBasis.PEOPLE_COLUMN, List.of(), StudyRows.Reading.COMPLETE);
        }
        if (!hasRespondentsFile) {
            return new Respondents(RespondentBasis.TIE_SOURCES, List.of(), StudyRows.Reading.COMPLETE);
        }
        List<RespondentRow> rows = new ArrayList<>();
        StudyRows.Reading reading = StudyRows.Reading.INCOMPLETE;
        CsvFile table = table(RESPONDENTS, "");
        if (table != null) {
            noteUnused(table, RESPONDENT_COLUMNS);
            if (rosterUsable && table.require("id")) {
                int id = table.column("id");
                int wave = table.column("wave");
                reading = table.forEachRow(row -> rows.add(new RespondentRow(row.cell(id).trim(),
                        wave < 0 || row.cell(wave).isBlank() ? StudyRows.DEFAULT_WAVE : row.cell(wave).trim(),
                        table.at(row, id)))) ? StudyRows.Reading.COMPLETE : StudyRows.Reading.INCOMPLETE;
            } else {
                noRows(table); // still report its own ragged or broken rows
            }
        }
        return new Respondents(RespondentBasis.RESPONDENTS_FILE, rows, reading);
    }

    /**
     * The rows of ties.csv as written, defaults filled in, read as they are walked (the first walk continues
     * {@code table}, a later one reads the text again without reporting its problems a second time); none when
     * it lacks a source or target column.
     */
    private static TieRows tieRows(CsvFile table) {
        if (!table.require("source", "target")) {
            return TieRows.of(noRows(table));
        }
        int source = table.column("source");
        int target = table.column("target");
        int relation = table.column("relation");
        int weight = table.column("weight");
        int wave = table.column("wave");
        CsvFile[] first = {table};
        return action -> {
            CsvFile walked = first[0] != null ? first[0]
                    : CsvFile.open(table.text(), table.label(), ImportReport.builder(table.label()));
            first[0] = null;
            if (walked == null) {
                return; // cannot happen for text that opened once; the first walk reported any problem
            }
            walked.forEachRow(row -> action.accept(new TieRow(row.cell(source).trim(), row.cell(target).trim(),
                    orDefault(row, relation, Relation.DEFAULT_NAME), orDefault(row, wave, StudyRows.DEFAULT_WAVE),
                    weight < 0 ? null : row.cell(weight), walked.at(row), walked.at(row, source),
                    walked.at(row, target), weight < 0 ? walked.at(row) : walked.at(row, weight))));
        };
    }

    /** Reads a table through for its own problems (bad CSV, ragged rows) when its rows cannot be used. */
    private static <T> List<T> noRows(CsvFile table) {
        table.forEachRow(row -> { });
        return List.of();
    }

    private static String orDefault(CsvFile.Row row, int column, String fallback) {
        if (column < 0) {
            return fallback;
        }
        String value = row.cell(column).trim();
        return value.isEmpty() ? fallback : value;
    }

    private StudyYaml studyYaml() {
        Path file = dir.resolve(STUDY_YAML);
        if (!Files.exists(file)) {
            return StudyYaml.ABSENT;
        }
        String text = TextFile.readOwn(file, STUDY_YAML, "UTF-8 text", report);
        yamlText = text;
        return text == null ? StudyYaml.ABSENT : StudyYamlReader.read(text, STUDY_YAML, report);
    }

    /** The table of a CSV file of the folder, or null after reporting why there is none. */
    private CsvFile table(String name, String whyRequired) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            report.error(SourceLocation.ofFile(name), Files.exists(file) ? "is not a file"
                    : name + " is missing: " + whyRequired);
            return null;
        }
        String text = TextFile.readOwn(file, name, CSV, report);
        return text == null ? null : CsvFile.open(text, name, report);
    }

    private boolean exists(String name) {
        return Files.exists(dir.resolve(name));
    }

    /** Notes the named columns of {@code table} outside the study format for the report; returns all of them. */
    private List<String> noteUnused(CsvFile table, List<String> known) {
        List<String> unused = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            String column = table.columns().get(c);
            if (!known.contains(column.toLowerCase(Locale.ROOT))) {
                unused.add(column); // a column without a name too: it is not written back either
                if (!column.isEmpty()) {
                    unusedColumns.add(table.label() + ": " + column + " (column " + (c + 1) + ")");
                }
            }
        }
        return unused;
    }
}
