package org.plnet.surveys.studyfolder;

import org.plnet.surveys.StudyInput;
import org.plnet.surveys.ReadMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.CodePointOrder;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.surveys.report.ImportReport;
import org.plnet.surveys.report.TieRowCounts;
import org.plnet.surveys.report.RelationSettings;
import org.plnet.surveys.report.RespondentBasis;
import org.plnet.surveys.report.SchoolResponse;
import org.plnet.surveys.report.WaveResponse;
import org.plnet.surveys.rows.TieRow;

/**
 * Reads a study folder (study-format.md) into a {@link Study} with its {@link ImportReport}. Problems in the
 * user's files never throw: they are collected, every one with file, line and column, and any error leaves
 * the import without a study.
 *
 * <p>The survey exports a study.yaml names under {@code imports:} are read by the imports package
 * ({@code org.plnet.surveys.StudyReader}), which imports them outside the study folder and
 * hands the result to {@link #readImported}.
 */
public final class StudyFolderReader {

    static final String STUDY_YAML = "study.yaml";
    static final String PEOPLE = "people.csv";
    static final String RESPONDENTS = "respondents.csv";
    static final String TIES = "ties.csv";
    private static final String CSV = "CSV UTF-8";
    private static final List<String> TIE_COLUMNS = List.of("source", "target", "relation", "weight", "wave");
    private static final List<String> RESPONDENT_COLUMNS = List.of("id", "wave");

    private final Path dir;
    /** people.csv, ties.csv and respondents.csv by name when they are not the folder's own; else null. */
    private final Map<String, String> files;
    private final List<RelationSpec> importedRelations;
    /** The tie rows of the survey exports, after those of ties.csv. */
    private final List<TieRow> exportTies;
    private final ReadMode mode;
    private final ImportReport.Builder report;
    private final List<String> unusedColumns = new ArrayList<>();
    private String studyName;
    /** study.yaml as the user wrote it (without what the exports tell). */
    private StudyYaml written = StudyYaml.ABSENT;

    private StudyFolderReader(Path dir, Map<String, String> files, List<RelationSpec> importedRelations,
                              List<TieRow> exportTies, ReadMode mode) {
        this.exportTies = List.copyOf(exportTies);
        this.dir = dir;
        this.files = files;
        this.importedRelations = importedRelations;
        this.mode = mode;
        this.studyName = folderName(dir);
        this.report = ImportReport.builder(studyName).fileOrder(studyName, STUDY_YAML, PEOPLE, RESPONDENTS, TIES);
    }

    /**
     * Reads the study folder {@code studyDir}. The survey exports its study.yaml may name under
     * {@code imports:} are checked as settings and listed in {@link StudyInput#imports()}, but not imported:
     * the study holds the folder's own files only, and ties.csv may then be absent.
     *
     * @param mode {@link ReadMode#STRICT} unless the user asked for lenient reading
     */
    public static StudyInput read(Path studyDir, ReadMode mode) {
        Objects.requireNonNull(studyDir, "studyDir");
        return new StudyFolderReader(studyDir, null, List.of(), List.of(), Objects.requireNonNull(mode, "mode"))
                .result();
    }

    /**
     * Reads a study whose survey exports were imported in memory: its study.yaml and name are those of
     * {@code studyDir}; its people.csv, ties.csv and respondents.csv are {@code importedFiles} by name (one
     * absent there is absent); the exports' tie rows follow those of ties.csv, each where its export gives it;
     * a relation that study.yaml does not set takes what the export tells about it.
     *
     * @param relations what the exports tell about their relations, first one first
     */
    public static StudyInput readImported(Path studyDir, Map<String, String> importedFiles,
                                          List<TieRow> exportTies, List<ImportedRelation> relations,
                                          ReadMode mode) {
        Objects.requireNonNull(studyDir, "studyDir");
        Map<String, String> files = Map.copyOf(importedFiles);
        List<RelationSpec> specs = relations.stream().map(ImportedRelation::spec).toList();
        return new StudyFolderReader(studyDir, files, specs, exportTies, Objects.requireNonNull(mode, "mode"))
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
        CsvFile peopleTable = table(PEOPLE, "a study folder needs its roster, " + PEOPLE);
        Roster roster = peopleTable == null ? null : Roster.read(peopleTable, report);
        boolean rosterUsable = roster != null && roster.usable();
        if (roster != null) {
            report.people(roster.size());
        }
        boolean tiesOptional = yaml.namesExports() && !exists(TIES);
        CsvFile tiesTable = tiesOptional ? null : table(TIES, TIES + " is required unless " + STUDY_YAML
                + " names survey exports under imports:");
        if (tiesTable != null) {
            noteUnused(tiesTable, TIE_COLUMNS);
        }

        Respondents respondents = respondentBasis(roster, rosterUsable);
        RespondentBasis basis = respondents.basis();
        RespondentsFile listed = respondents.listed();
        if (!unusedColumns.isEmpty()) {
            report.section("Columns not used", unusedColumns);
        }
        if (tiesTable == null && !tiesOptional) {
            return null;
        }
        if (!rosterUsable || basis == RespondentBasis.RESPONDENTS_FILE && listed == null) {
            if (tiesTable != null) {
                tiesTable.forEachRow(row -> { }); // its ids cannot be checked, its CSV can
            }
            return null;
        }
        report.respondentBasis(basis);
        TieRows rows = tiesTable == null ? TieRows.none(roster, yaml, basis, listed, mode, report)
                : TieRows.read(tiesTable, roster, yaml, basis, listed, mode, report);
        rows.readAll(exportTies);
        return assemble(roster, yaml, basis, listed, rows);
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

    /** How respondents are decided, and with respondents.csv who it lists. */
    private record Respondents(RespondentBasis basis, RespondentsFile listed) {
    }

    /** Decides the respondent basis (study-format.md, "Respondents") and reads respondents.csv when it decides. */
    private Respondents respondentBasis(Roster roster, boolean rosterUsable) {
        RespondentBasis basis = RespondentBasis.TIE_SOURCES;
        RespondentsFile listed = null;
        boolean hasRespondentsFile = exists(RESPONDENTS);
        if (rosterUsable && roster.hasRespondentColumn()) {
            basis = RespondentBasis.PEOPLE_COLUMN;
            if (hasRespondentsFile) {
                report.warning(SourceLocation.ofFile(RESPONDENTS), "is not used: " + PEOPLE
                        + " has a respondent column, which decides respondents for every wave");
            }
        } else if (hasRespondentsFile) {
            basis = RespondentBasis.RESPONDENTS_FILE;
            CsvFile respondentsTable = table(RESPONDENTS, "");
            if (respondentsTable != null) {
                noteUnused(respondentsTable, RESPONDENT_COLUMNS);
                if (rosterUsable) {
                    listed = RespondentsFile.read(respondentsTable, roster, mode, report);
                    if (listed != null) {
                        report.respondentRowsSkipped(listed.skipped());
                    }
                } else {
                    respondentsTable.forEachRow(row -> { }); // still report its own ragged or broken rows
                }
            }
        }
        return new Respondents(basis, listed);
    }

    private StudyYaml studyYaml() {
        Path file = dir.resolve(STUDY_YAML);
        if (!Files.exists(file)) {
            return StudyYaml.ABSENT;
        }
        String text = TextFile.read(file, STUDY_YAML, "UTF-8 text", report);
        return text == null ? StudyYaml.ABSENT : StudyYamlReader.read(text, STUDY_YAML, report);
    }

    /** The table of a CSV file of the folder, or null after reporting why there is none. */
    private CsvFile table(String name, String whyRequired) {
        String text;
        if (files != null) {
            if (!files.containsKey(name)) {
                report.error(SourceLocation.ofFile(name), name + " is missing: " + whyRequired);
                return null;
            }
            text = TextFile.checked(files.get(name), name, report);
        } else {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                report.error(SourceLocation.ofFile(name), Files.exists(file) ? "is not a file"
                        : name + " is missing: " + whyRequired);
                return null;
            }
            text = TextFile.read(file, name, CSV, report);
        }
        return text == null ? null : CsvFile.open(text, name, report);
    }

    private boolean exists(String name) {
        return files != null ? files.containsKey(name) : Files.exists(dir.resolve(name));
    }

    private void noteUnused(CsvFile table, List<String> known) {
        for (int c = 0; c < table.columns().size(); c++) {
            String column = table.columns().get(c);
            if (!column.isEmpty() && !known.contains(column.toLowerCase(Locale.ROOT))) {
                unusedColumns.add(table.label() + ": " + column + " (column " + (c + 1) + ")");
            }
        }
    }

    private Study assemble(Roster roster, StudyYaml yaml, RespondentBasis basis, RespondentsFile listed,
                           TieRows rows) {
        SortedSet<String> relationNames = new TreeSet<>(CodePointOrder.INSTANCE);
        relationNames.addAll(yaml.relations().keySet());
        relationNames.addAll(rows.layers.keySet());
        Study.Builder study = Study.builder(studyName);
        for (Person p : roster.people()) {
            study.addPerson(p);
        }
        for (String name : relationNames) {
            List<RelationWaveRows> layers = rows.layersOf(name);
            RelationSettings settings = RelationResolver.resolve(name, yaml.relation(name), layers, report);
            report.relation(settings);
            study.relation(settings.relation());
            for (RelationWaveRows layer : layers) {
                TieRowCounts counts = layer.counts(settings.relation());
                report.layer(counts);
                if (counts.tiesKept() > 0 && report.errorCount() == 0) {
                    study.layer(layer.layer());
                }
            }
        }
        SortedMap<String, BitSet> respondents = respondents(roster, basis, listed, rows);
        respondents.forEach(study::respondents);
        respondents.forEach((wave, who) -> report.response(response(roster, wave, who)));
        return report.errorCount() == 0 ? study.build() : null;
    }

    /** Who answered in each wave (study-format.md, "Respondents"). */
    private static SortedMap<String, BitSet> respondents(Roster roster, RespondentBasis basis,
                                                         RespondentsFile listed, TieRows rows) {
        SortedSet<String> waves = new TreeSet<>(CodePointOrder.INSTANCE);
        waves.addAll(rows.waves);
        if (basis == RespondentBasis.RESPONDENTS_FILE) {
            waves.addAll(listed.byWave().keySet());
        }
        if (waves.isEmpty()) {
            waves.add(RespondentsFile.DEFAULT_WAVE);
        }
        SortedMap<String, BitSet> byWave = new TreeMap<>(CodePointOrder.INSTANCE);
        for (String wave : waves) {
            BitSet who = switch (basis) {
                case PEOPLE_COLUMN -> roster.respondentColumn();
                case RESPONDENTS_FILE -> listed.byWave().getOrDefault(wave, new BitSet());
                case TIE_SOURCES -> rows.sourcesOfKeptRows.getOrDefault(wave, new BitSet());
            };
            byWave.put(wave, (BitSet) who.clone());
        }
        return byWave;
    }

    private static WaveResponse response(Roster roster, String wave, BitSet who) {
        Map<String, int[]> bySchool = new LinkedHashMap<>();
        int[] noSchool = new int[2];
        for (int i = 0; i < roster.size(); i++) {
            Person p = roster.people().get(i);
            int[] counts = p.hasSchool() ? bySchool.computeIfAbsent(p.school(), s -> new int[2]) : noSchool;
            counts[0]++;
            if (who.get(i)) {
                counts[1]++;
            }
        }
        List<SchoolResponse> schools = new ArrayList<>();
        bySchool.forEach((school, c) -> schools.add(new SchoolResponse(school, c[0], c[1])));
        if (noSchool[0] > 0) {
            schools.add(new SchoolResponse(null, noSchool[0], noSchool[1]));
        }
        return new WaveResponse(wave, schools);
    }
}
