package org.plnet.surveys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Person;
import org.plnet.surveys.imports.ExportOptions;
import org.plnet.surveys.imports.ExportRead;
import org.plnet.surveys.imports.OptionSyntax;
import org.plnet.surveys.imports.write.ClashPolicy;
import org.plnet.surveys.imports.write.ExistingStudy;
import org.plnet.surveys.imports.write.RelationEntry;
import org.plnet.surveys.imports.write.RelationWave;
import org.plnet.surveys.imports.write.StudyFolderUpdate;
import org.plnet.surveys.imports.write.StudyYamlText;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.SurveyIssue;
import org.plnet.surveys.imports.UnmatchedName;
import org.plnet.surveys.report.ImportIssue;
import org.plnet.surveys.report.ImportReport;
import org.plnet.surveys.report.ReportSection;
import org.plnet.surveys.report.Severity;
import org.plnet.surveys.rows.TieRow;
import org.plnet.surveys.studyfolder.ImportEntry;
import org.plnet.surveys.studyfolder.ImportedPeople;
import org.plnet.surveys.studyfolder.ImportedRelation;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.studyfolder.Setting;
import org.plnet.surveys.studyfolder.FolderReading;
import org.plnet.surveys.studyfolder.StudyFolderReader;
import org.plnet.surveys.StudyInput;

/**
 * The entry point: reads a study folder for {@code plnet analyze}, {@code report} and {@code validate}
 * ({@link #read(Path, ReadMode)}), importing the survey exports its study.yaml names under {@code imports:}
 * (surveys/IMPORTING.md, "Raw exports in study.yaml"). The folder's own files are read by
 * {@link StudyFolderReader}, each export by {@link ExportRead}, and its rows added by the same
 * {@link StudyFolderUpdate} that {@code plnet import} writes with.
 *
 * <p>The folder's own files are read and checked first, with the locations of the user's files. Then each
 * export is imported exactly as {@code plnet import EXPORT --roster people.csv} would import it into the
 * study, one after the other, in memory: nothing is written and nothing rendered as text. The study is built
 * with the folder's own study.yaml and ties.csv from the people and respondents the imports leave
 * ({@link ImportedPeople}) and the exports' tie rows ({@link TieRow}, each where its export has it); what an
 * export tells about a relation (its question and scaleMax) applies only to relations study.yaml does not set,
 * as {@code plnet import} would have added them. So a study analyses to the same figures whether its exports
 * are named in study.yaml or imported first.
 *
 * <p>Stricter than {@code plnet import}: in strict mode a name of an export that fits no one or several people
 * stops the reading (settle it with {@code aliases:}); in lenient mode it is left out and reported. Two
 * sources of one relation and wave (ties.csv or an earlier export) are an error. The report is the study's,
 * with a section per export (format, respondent column, what was read and left out) and the issues of every
 * export.
 */
public final class StudyReader {

    private static final String PEOPLE = "people.csv";
    private static final String TIES = "ties.csv";
    private static final String RESPONDENTS = "respondents.csv";
    private static final List<String> OWN_FILES = List.of(PEOPLE, TIES, RESPONDENTS);

    private final Path dir;
    private final ReadMode mode;
    private final StudyInput own;
    private final List<ReportSection> sections = new ArrayList<>();
    private final List<ImportIssue> issues = new ArrayList<>();
    private final List<String> files = new ArrayList<>();
    private final List<ImportedRelation> relations = new ArrayList<>();

    private StudyReader(Path dir, ReadMode mode, StudyInput own) {
        this.dir = dir;
        this.mode = mode;
        this.own = own;
    }

    /**
     * Reads the study folder {@code studyDir} with the survey exports its study.yaml names. Problems never
     * throw: like {@link StudyFolderReader#read}, the outcome holds a report with every one, and no study when
     * one is an error.
     *
     * @param mode {@link ReadMode#STRICT} unless the user asked for lenient reading
     */
    public static StudyInput read(Path studyDir, ReadMode mode) {
        Objects.requireNonNull(studyDir, "studyDir");
        Objects.requireNonNull(mode, "mode");
        FolderReading folder = StudyFolderReader.readRows(studyDir, mode);
        StudyInput own = folder.input();
        if (!own.usable() || own.imports().isEmpty()) {
            return own;
        }
        return new StudyReader(studyDir, mode, own).importAll(ExistingStudy.of(folder.rows().orElseThrow(),
                folder.unusedTieColumns()));
    }

    /** Imports every export into {@code study}, the folder's own files as read for {@link #own}. */
    private StudyInput importAll(ExistingStudy folder) {
        List<ImportIssue> problems = new ArrayList<>();
        for (ImportEntry entry : own.imports()) {
            check(entry, problems);
        }
        if (!problems.isEmpty()) {
            return result(own, problems);
        }
        sections.add(new ReportSection("Survey exports named in study.yaml", List.of(own.imports().size()
                + " imported as plnet import would import them, in memory: nothing is written into"
                + " the study folder", "the roster is people.csv; the respondents and ties above are those of the"
                + " study's own files with the exports added, as plnet import would write respondents.csv and"
                + " ties.csv")));
        try {
            ExistingStudy study = folder;
            List<Person> roster = study.people();
            Map<RelationWave, String> sources = new HashMap<>();
            study.ties().forEach(t -> sources.putIfAbsent(t.layer(), TIES));
            List<TieRow> exportTies = new ArrayList<>();
            ImportedPeople people = null;
            for (ImportEntry entry : own.imports()) {
                StudyFolderUpdate.Result update = importOne(entry, study, roster, sources);
                update.added().forEach(t -> exportTies.add(TieRow.ofExport(t.source(), t.target(), t.relation(),
                        t.wave(), StudyYamlText.number(t.weight()), t.where())));
                study = update.asExisting();
                people = new ImportedPeople(update.people(), update.respondents());
            }
            // the study's own tie rows stay where ties.csv has them; the exports' where the exports have them
            return result(StudyFolderReader.readImported(dir, people, exportTies, relations, mode), List.of());
        } catch (InputException e) {
            return result(own, List.of(new ImportIssue(Severity.ERROR, e.location(), e.problem())));
        }
    }

    /** Reports an entry whose files are not files of the study folder, or whose format is unknown. */
    private void check(ImportEntry entry, List<ImportIssue> problems) {
        files.add(entry.file().value());
        file(entry, "file", entry.file(), problems);
        entry.scale().ifPresent(s -> file(entry, "scale", s, problems));
        entry.aliases().ifPresent(s -> file(entry, "aliases", s, problems));
        entry.format().ifPresent(f -> {
            if (SurveyFormat.fromCliName(f.value()).isEmpty()) {
                problems.add(new ImportIssue(Severity.ERROR, f.at(), "imports entry " + entry.number() + " format '"
                        + f.value() + "' is not a format plnet reads: " + SurveyFormat.cliNames()));
            }
        });
    }

    private void file(ImportEntry entry, String key, Setting<String> path, List<ImportIssue> problems) {
        String what = "imports entry " + entry.number() + " " + key + " '" + path.value() + "'";
        String problem = null;
        try {
            Path file = dir.resolve(path.value());
            if (!Files.exists(file)) {
                problem = what + ": no such file in the study folder (paths are relative to the study folder)";
            } else if (!Files.isRegularFile(file)) {
                problem = what + " is not a file";
            } else if (!file.toRealPath().startsWith(dir.toRealPath())) {
                problem = what + " leads outside the study folder (through a link): keep the file inside it";
            }
        } catch (IOException e) {
            problem = what + " cannot be read: " + e.getClass().getSimpleName();
        } catch (InvalidPathException e) {
            problem = what + " is not a valid path: " + e.getReason();
        }
        if (problem != null) {
            problems.add(new ImportIssue(Severity.ERROR, path.at(), problem));
        }
    }

    /** Imports one export into {@code study} as plnet import would; returns the study as updated. */
    private StudyFolderUpdate.Result importOne(ImportEntry entry, ExistingStudy study, List<Person> roster,
                                               Map<RelationWave, String> sources) {
        SurveyFile file = SurveyFile.of(dir.resolve(entry.file().value()), entry.file().value());
        ExportOptions options = new ExportOptions(
                entry.format().flatMap(f -> SurveyFormat.fromCliName(f.value())).orElse(null),
                value(entry.respondent()), value(entry.relation()), value(entry.wave()),
                entry.scale().map(s -> SurveyFile.of(dir.resolve(s.value()), s.value())).orElse(null),
                entry.aliases().map(s -> SurveyFile.of(dir.resolve(s.value()), s.value())).orElse(null), mode);
        ExportRead read = ExportRead.of(file, roster, options, OptionSyntax.STUDY_YAML);
        ImportedSurvey imported = read.imported();
        List<UnmatchedName> unmatched = imported.unmatched();
        if (!unmatched.isEmpty() && mode == ReadMode.STRICT) {
            UnmatchedName first = unmatched.get(0);
            throw new InputException(first.where(), describe(first) + (unmatched.size() == 1 ? ""
                    : " (and " + (unmatched.size() - 1) + " more of " + file.label() + ")")
                    + ": settle each name with a text,id row in an aliases file and name that file with aliases:"
                    + " in " + entry.describe() + " of study.yaml, or give --lenient to leave them out");
        }
        List<RelationWave> brought = StudyFolderUpdate.brought(imported, read.settings()).stream().sorted(RelationWave.ORDER)
                .toList();
        for (RelationWave layer : brought) {
            String before = sources.get(layer);
            if (before != null) {
                throw new InputException(entry.at(), entry.describe() + " brings " + layer + ", which " + before
                        + " already gives: give this entry another relation: or wave:");
            }
        }
        StudyFolderUpdate.Result update = StudyFolderUpdate.apply(study, roster, imported, read.settings(),
                ClashPolicy.STOP, "study", file.label(), "");
        brought.forEach(layer -> sources.put(layer, entry.describe()));

        List<String> lines = new ArrayList<>(read.reportLines(PEOPLE, OptionSyntax.STUDY_YAML));
        if (unmatched.isEmpty()) {
            lines.add("every name was matched to the roster");
        } else {
            lines.add(unmatched.size() + " name" + (unmatched.size() == 1 ? "" : "s") + " not settled to one roster"
                    + " person: left out (lenient mode; settle them with aliases:)");
        }
        lines.add(update.tiesAdded() + " ties for " + String.join("; ", brought.stream().map(RelationWave::toString)
                .toList()));
        for (RelationEntry r : update.relations()) {
            relations.add(new ImportedRelation(r.name(), Optional.ofNullable(r.question()), r.scaleMax(),
                    file.location()));
            if (r.question() != null || r.scaleMax().isPresent()) {
                lines.add("relation " + r.name() + ": " + told(r) + " as the export gives it, unless study.yaml or"
                        + " an earlier export sets the relation");
            }
        }
        update.notes().stream().filter(n -> !n.startsWith("study.yaml:")).forEach(lines::add);
        sections.add(new ReportSection("Import " + entry.number() + ": " + file.label(), lines));
        for (UnmatchedName u : unmatched) {
            issues.add(new ImportIssue(Severity.WARNING, u.where(), describe(u) + ": left out (lenient mode)"));
        }
        for (SurveyIssue i : imported.issues()) {
            issues.add(new ImportIssue(Severity.WARNING, i.where(), i.message()));
        }
        for (SurveyIssue i : update.issues()) {
            issues.add(new ImportIssue(Severity.WARNING, i.where(), i.message()));
        }
        return update;
    }

    private static String told(RelationEntry r) {
        List<String> parts = new ArrayList<>();
        if (r.question() != null) {
            parts.add("question");
        }
        OptionalDouble k = r.scaleMax();
        if (k.isPresent()) {
            parts.add("scaleMax " + StudyYamlText.number(k.getAsDouble()));
        }
        return String.join(" and ", parts);
    }

    private static String describe(UnmatchedName u) {
        String who = u.respondent().isEmpty() ? "" : " (typed by " + u.respondent() + ")";
        if (u.kind() == UnmatchedName.Kind.AMBIGUOUS) {
            return "'" + u.text() + "'" + who + " fits several roster people (" + String.join(", ", u.candidates())
                    + "), and plnet does not choose";
        }
        return "'" + u.text() + "'" + who + " fits no one on the roster" + (u.candidates().isEmpty() ? ""
                : " (closest: " + String.join(", ", u.candidates()) + ")");
    }

    private static String value(Optional<Setting<String>> setting) {
        return setting.map(Setting::value).orElse(null);
    }

    /**
     * The outcome: the figures of {@code base} (the study as imported, or the folder's own reading when an
     * export could not be imported), the sections and issues of the folder's own files and of the exports,
     * then {@code problems}. The issues of the folder's people.csv, ties.csv and respondents.csv are those of the
     * folder's own reading, with the user's lines, and, marked, those the study as imported adds (a row that
     * breaks a rule only with what the exports bring); those of study.yaml and of the exports are the study's as
     * imported. The imported study's people are values, not lines of a file, and its respondents.csv rows are
     * merged (one per id and wave, some derived): their issues are told apart from the folder's by file, severity
     * and message ({@link #asFiled}).
     */
    private StudyInput result(StudyInput base, List<ImportIssue> problems) {
        ImportReport figures = base.report();
        ImportReport.Builder b = ImportReport.builder(figures.studyName());
        figures.description().ifPresent(b::description);
        b.people(figures.people());
        figures.respondentBasis().ifPresent(b::respondentBasis);
        b.respondentRowsSkipped(figures.respondentRowsSkipped());
        figures.response().forEach(b::response);
        figures.relations().forEach(b::relation);
        figures.layers().forEach(b::layer);
        b.fileOrder(folderName(), "study.yaml", PEOPLE, RESPONDENTS, TIES);
        b.fileOrder(files.toArray(String[]::new));
        own.report().sections().forEach(s -> b.section(s.title(), s.lines()));
        sections.forEach(s -> b.section(s.title(), s.lines()));

        boolean imported = base != own;
        List<ImportIssue> ownFiles = new ArrayList<>();
        for (ImportIssue i : own.report().issues()) {
            if (imported && i.location().file().equals("study.yaml")) {
                continue; // read again with the exports, whose rows it may be about
            }
            b.issue(i);
            if (OWN_FILES.contains(i.location().file())) {
                ownFiles.add(asFiled(i));
            }
        }
        issues.forEach(b::issue);
        if (imported) {
            for (ImportIssue i : figures.issues()) {
                if (!OWN_FILES.contains(i.location().file())) {
                    b.issue(i);
                } else if (!ownFiles.remove(asFiled(i))) {
                    b.issue(new ImportIssue(i.severity(), asFiled(i).location(), "with the exports imported: "
                            + i.message()));
                }
            }
        }
        problems.forEach(b::issue);
        ImportReport report = b.build();
        return new StudyInput(report.hasErrors() ? null : base.study(), report, own.imports());
    }

    /**
     * An issue of the folder's files as both readings can tell it: ties.csv is read as written, so with its
     * location; people.csv and respondents.csv only by file, as the imported study holds their rows merged.
     */
    private static ImportIssue asFiled(ImportIssue i) {
        String file = i.location().file();
        return file.equals(TIES) ? i : new ImportIssue(i.severity(), SourceLocation.ofFile(file), i.message());
    }

    private String folderName() {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? dir.toString() : name.toString();
    }
}
