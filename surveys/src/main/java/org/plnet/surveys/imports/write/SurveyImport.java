package org.plnet.surveys.imports.write;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Person;
import org.plnet.engine.output.OutputFolder;
import org.plnet.surveys.imports.ExportOptions;
import org.plnet.surveys.imports.ExportRead;
import org.plnet.surveys.imports.OptionSyntax;
import org.plnet.surveys.imports.RespondentSource;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.RosterFile;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.SurveyIssue;
import org.plnet.surveys.imports.responses.Repeated;
import org.plnet.surveys.report.ImportReport;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.studyfolder.StudyFolderReader;
import org.plnet.surveys.StudyInput;

/**
 * {@code plnet import}: reads one survey export against a roster and writes (or adds to) a study folder:
 * people.csv, ties.csv, respondents.csv, study.yaml, unmatched.csv and import-report.txt. Everything is read and
 * checked before anything is written, and the files are written through an {@link OutputFolder}, so bad input
 * leaves the study folder exactly as it was. Build a run with {@link #of(Path, Path, Path)}.
 */
public final class SurveyImport {

    /** What a finished import did. */
    public record Outcome(SurveyFormat format, int respondents, int tiesWritten, int unmatched, List<RelationWave> layers,
                          String report, int responsesDropped, boolean respondentsFromTies) {
    }

    private final Path survey;
    private final Path roster;
    private final Path out;
    private SurveyFormat format;
    private String respondent;
    private String relation;
    private String wave;
    private Path scale;
    private Path aliases;
    private ReadMode mode = ReadMode.STRICT;
    private ClashPolicy clash = ClashPolicy.STOP;
    private Repeated repeated;

    private SurveyImport(Path survey, Path roster, Path out) {
        this.survey = Objects.requireNonNull(survey, "survey");
        this.roster = Objects.requireNonNull(roster, "roster");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** An import of {@code survey}, matched against {@code roster}, into the study folder {@code out}. */
    public static SurveyImport of(Path survey, Path roster, Path out) {
        return new SurveyImport(survey, roster, out);
    }

    /** The export's format; {@code null} = detect it. */
    public SurveyImport format(SurveyFormat f) {
        this.format = f;
        return this;
    }

    /** The column identifying the respondent; {@code null} = detect it. */
    public SurveyImport respondent(String column) {
        this.respondent = column;
        return this;
    }

    public SurveyImport relation(String name) {
        this.relation = name;
        return this;
    }

    public SurveyImport wave(String name) {
        this.wave = name;
        return this;
    }

    /** A {@code label,code} scale file; {@code null} = numbers and the built-in scales. */
    public SurveyImport scale(Path file) {
        this.scale = file;
        return this;
    }

    /** A {@code text,id} file of settled names; {@code null} = none. */
    public SurveyImport aliases(Path file) {
        this.aliases = file;
        return this;
    }

    public SurveyImport mode(ReadMode readMode) {
        this.mode = Objects.requireNonNull(readMode, "readMode");
        return this;
    }

    /** What to do with several responses by one person when the export has no end dates; {@code null} = stop. */
    public SurveyImport repeated(Repeated policy) {
        this.repeated = policy;
        return this;
    }

    public SurveyImport clash(ClashPolicy policy) {
        this.clash = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * Runs the import.
     *
     * @throws InputException when an input file is missing or malformed, a detection is unsure, or the study
     *                        already holds the relation and wave (nothing is written then)
     * @throws IOException    when the study folder cannot be written
     */
    public Outcome run() throws IOException {
        List<Person> people = RosterFile.read(SurveyFile.of(roster));
        SurveyFile file = SurveyFile.of(survey);
        ExportOptions options = new ExportOptions(format, respondent, relation, wave,
                scale == null ? null : SurveyFile.of(scale), aliases == null ? null : SurveyFile.of(aliases), mode, repeated);
        ExportRead read = ExportRead.of(file, people, options, OptionSyntax.COMMAND_LINE);
        ImportedSurvey imported = read.imported();

        String outLabel = out.toString();
        ExistingStudy existing = ExistingStudy.read(out, outLabel);
        String studyName = out.toAbsolutePath().normalize().getFileName() == null ? "study"
                : out.toAbsolutePath().normalize().getFileName().toString();
        StudyFolderUpdate.Result update = StudyFolderUpdate.apply(existing, people, imported, read.settings(), clash,
                studyName, file.label(), outLabel);

        String report;
        try (OutputFolder staged = OutputFolder.open(out, OutputFolder.Contents.KEPT, null)) {
            staged.write("people.csv", update.peopleCsv());
            staged.write("ties.csv", update.tiesCsv());
            if (update.respondentsCsv().isPresent()) {
                staged.write("respondents.csv", update.respondentsCsv().get());
            }
            staged.write("study.yaml", update.studyYaml());
            staged.write("unmatched.csv", update.unmatched());
            // the study as plnet analyze will read it: it must read without error, and its report leads ours
            StudyInput check = StudyFolderReader.read(staged.staging(), ReadMode.STRICT);
            check.studyOrThrow();
            report = report(studyName, read, update, existing.exists(), check.report());
            staged.write("import-report.txt", report);
            staged.commit();
        }
        // a network file lists no respondents: they are the sources of its ties, as the report and analyze say
        int respondents = imported.respondentSource() == RespondentSource.TIE_SOURCES
                ? (int) imported.ties().stream().map(t -> t.wave() + "\u0000" + t.source()).distinct().count()
                : read.respondents();
        return new Outcome(read.format(), respondents, update.tiesAdded(), imported.unmatched().size(),
                update.layers().stream().sorted(RelationWave.ORDER).toList(), report, imported.responsesDropped(),
                imported.respondentSource() == RespondentSource.TIE_SOURCES);
    }

    private String report(String studyName, ExportRead read, StudyFolderUpdate.Result update, boolean existed,
                          ImportReport study) {
        ImportedSurvey imported = read.imported();
        List<String> lines = new ArrayList<>(read.reportLines(roster.toString(), OptionSyntax.COMMAND_LINE));
        lines.add(imported.unmatched().isEmpty() ? "every name was matched to the roster"
                : imported.unmatched().size() + " name" + (imported.unmatched().size() == 1 ? "" : "s")
                + " not matched: see unmatched.csv, add an id column (or write text,id rows) and re-run with "
                + "--aliases FILE --replace");
        List<String> folder = new ArrayList<>();
        folder.add((existed ? "added to the existing study folder " : "new study folder ") + out);
        folder.add(update.tiesAdded() + " ties written for " + String.join("; ",
                update.layers().stream().sorted(RelationWave.ORDER).map(RelationWave::toString).toList()));
        folder.addAll(update.notes());
        ImportReport.Builder b = ImportReport.builder(study.studyName().startsWith(".") ? studyName : study.studyName())
                .people(study.people()).fileOrder(read.file().label());
        study.respondentBasis().ifPresent(b::respondentBasis);
        b.respondentRowsSkipped(study.respondentRowsSkipped());
        study.response().forEach(b::response);
        study.relations().forEach(b::relation);
        study.layers().forEach(b::layer);
        study.sections().forEach(sec -> b.section(sec.title(), sec.lines()));
        b.section("Import", oneLine(lines)).section("Study folder", oneLine(folder));
        study.issues().forEach(b::issue);
        for (SurveyIssue i : imported.issues()) {
            b.warning(i.where(), oneLine(i.message()));
        }
        for (SurveyIssue i : update.issues()) {
            b.warning(i.where(), oneLine(i.message()));
        }
        return b.build().toText();
    }

    private static List<String> oneLine(List<String> lines) {
        return lines.stream().map(SurveyImport::oneLine).toList();
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }
}
