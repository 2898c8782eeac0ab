package org.plnet.surveys.study;

import java.util.List;
import java.util.Objects;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Study;
import org.plnet.surveys.report.ImportIssue;
import org.plnet.surveys.report.ImportReport;

/**
 * The outcome of reading a study folder.
 *
 * @param study  the study; {@code null} when the report holds an error
 * @param report what was read and every issue found
 */
public record StudyImport(Study study, ImportReport report) {

    public StudyImport {
        Objects.requireNonNull(report, "report");
        if ((study == null) != report.hasErrors()) {
            throw new IllegalArgumentException("a study is given exactly when the report has no error");
        }
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
