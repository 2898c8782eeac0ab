package org.plnet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.registers.RegisterImport;
import org.plnet.surveys.imports.registers.RegisterLayout;
import org.plnet.surveys.imports.responses.Repeated;
import org.plnet.surveys.imports.write.ClashPolicy;
import org.plnet.surveys.imports.write.RelationWave;
import org.plnet.surveys.imports.write.SurveyImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plnet import SURVEY_FILE --roster ROSTER.csv --out STUDY_DIR}: a survey export (Qualtrics, Google Forms,
 * SurveyMonkey, a roster grid, a network file) into a study folder, with import-report.txt and unmatched.csv.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read a survey export, match its people to the roster and write (or add to) a study folder:",
            "people.csv, ties.csv, respondents.csv, study.yaml, import-report.txt and unmatched.csv.",
            "Importing another relation or wave into the same STUDY_DIR adds to it; bad input changes nothing.",
            "To read exports every time the study is read instead, name them in its study.yaml (imports:);",
            "see surveys/IMPORTING.md."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SURVEY_FILE", description = "The export: CSV, XLSX or a network file.")
    private Path survey;

    @Option(names = "--roster", required = true, paramLabel = "ROSTER.csv",
            description = "Everyone surveyed: id, name, school, role, member (as people.csv), CSV or XLSX.")
    private Path roster;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "STUDY_DIR",
            description = "The study folder to write or add to.")
    private Path out;

    @Option(names = "--format", paramLabel = "F",
            description = "The export's format (default: detected): ${COMPLETION-CANDIDATES}.",
            completionCandidates = FormatNames.class)
    private SurveyFormat format;

    @Option(names = "--respondent", paramLabel = "COLUMN",
            description = "The column naming the respondent, by its header text (default: detected).")
    private String respondent;

    @Option(names = "--relation", paramLabel = "NAME", description = "The relation the answers belong to (default: default).")
    private String relation;

    @Option(names = "--wave", paramLabel = "W", description = "The survey round (default: 1).")
    private String wave;

    @Option(names = "--scale", paramLabel = "SCALE.csv",
            description = "label,code rows mapping each answer to a weight (default: numbers and built-in scales).")
    private Path scale;

    @Option(names = "--aliases", paramLabel = "ALIASES.csv",
            description = "text,id rows settling names the roster could not match (see unmatched.csv).")
    private Path aliases;

    @Option(names = "--register", paramLabel = "LAYOUT",
            description = "SURVEY_FILE is an attendance register (affiliations.md): long (a row per attendance),"
                    + " wide (a column per event) or dl (UCINET DL, people x events); written to attendance.csv.")
    private RegisterLayout register;

    @Mixin
    private ReadModeOption readMode;

    @Option(names = "--repeated", paramLabel = "latest|combine", converter = RepeatedConverter.class,
            description = "Several responses by one person in an export without end dates: keep the one furthest"
                    + " down the file (latest) or merge their answers (combine). Default: stop and say so.")
    private Repeated repeated;

    @Option(names = "--replace",
            description = "Replace the relation and wave if STUDY_DIR already has them (default: stop).")
    private boolean replace;

    @Override
    public Integer call() throws IOException {
        if (register != null) {
            return importRegister();
        }
        SurveyImport.Outcome done = SurveyImport.of(survey, roster, out)
                .format(format).respondent(respondent).relation(relation).wave(wave).scale(scale).aliases(aliases)
                .mode(readMode.mode()).repeated(repeated)
                .clash(replace ? ClashPolicy.REPLACE : ClashPolicy.STOP)
                .run();
        spec.commandLine().getOut().printf("Imported %s (%s): %d respondents%s, %d ties (%s); %d unmatched names;"
                + " %d repeated responses dropped; wrote %s%n",
                survey, done.format().cliName(), done.respondents(),
                done.respondentsFromTies() ? " (the sources of its ties: a network file lists no respondents)" : "",
                done.tiesWritten(),
                String.join("; ", done.layers().stream().map(RelationWave::toString).toList()), done.unmatched(),
                done.responsesDropped(), out);
        return ExitCode.OK;
    }

    private Integer importRegister() throws IOException {
        RegisterImport.Outcome done = RegisterImport.of(survey, roster, out).layout(register).wave(wave)
                .mode(readMode.mode()).clash(replace ? ClashPolicy.REPLACE : ClashPolicy.STOP).run();
        spec.commandLine().getOut().printf("Imported %s (%s register): %d attendances read, %d kept at %d events,"
                + " %d dropped; %d names not matched to the roster (see import-report.txt); wrote %s%n", survey,
                register.cliName(), done.rowsRead(), done.attendances(), done.events(), done.dropped(),
                done.unmatched(), out);
        return ExitCode.OK;
    }

    /** {@code latest} or {@code combine}, in any case. */
    static final class RepeatedConverter implements picocli.CommandLine.ITypeConverter<Repeated> {
        @Override
        public Repeated convert(String value) {
            for (Repeated r : Repeated.values()) {
                if (r.optionName().equalsIgnoreCase(value.strip())) {
                    return r;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not latest or combine");
        }
    }

    /** The format names for the help text. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(SurveyFormat.values()).map(SurveyFormat::cliName).iterator();
        }
    }
}
