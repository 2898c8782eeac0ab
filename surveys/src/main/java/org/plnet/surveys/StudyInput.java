package org.plnet.surveys;

import java.util.List;
import java.util.Objects;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Study;
import org.plnet.surveys.studyfolder.ImportEntry;
import org.plnet.surveys.report.ImportIssue;
import org.plnet.surveys.report.ImportReport;

/**
 * The outcome of reading a study folder ({@link StudyReader#read}): the study and its import report.
 *
 * @param study   the study; {@code null} when the report holds an error
 * @param report  what was read and every issue found
 * @param imports the survey exports study.yaml names under {@code imports:}, in file order; a study read by
 *                {@link org.plnet.surveys.studyfolder.StudyFolderReader#read} does not hold their ties yet
 */
public record StudyInput(Study study, ImportReport report, List<ImportEntry> imports) {

    public StudyInput {
        Objects.requireNonNull(report, "report");
        if ((study == null) != report.hasErrors()) {
            throw new IllegalArgumentException("a study is given exactly when the report has no error");
        }
        imports = List.copyOf(imports);
    }

    /** The outcome of reading a study whose study.yaml names no survey export. */
    public StudyInput(Study study, ImportReport report) {
        this(study, report, List.of());
    }

    /** Whether the input can be analysed (no error). */
    public boolean usable() {
        return study != null;
    }

    /**
     * The study.
     *
     * @throws InputException for the first error of the report (in file, then line order), its problem
     *                        followed by how many more errors there are
     */
    public Study studyOrThrow() {
        if (study != null) {
            return study;
        }
        List<ImportIssue> errors = report.errors();
        ImportIssue first = errors.get(0);
        int more = errors.size() - 1;
        String problem = first.message();
        if (more > 0) {
            problem += " (and " + more + " more error" + (more == 1 ? "" : "s") + ": run plnet validate)";
        }
        throw new InputException(first.location(), problem);
    }
}
