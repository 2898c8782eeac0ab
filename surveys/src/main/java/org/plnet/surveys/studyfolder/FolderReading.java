package org.plnet.surveys.studyfolder;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plnet.surveys.StudyInput;
import org.plnet.surveys.rows.StudyRows;

/**
 * A study folder as {@link StudyFolderReader} read it: the study and its report, and the rows it was built from,
 * so that an import adds an export to the very rows the study was read from instead of reading the files again.
 *
 * @param input             the study and its report
 * @param rows              the rows read, when people.csv could be read
 * @param unusedTieColumns  the columns of ties.csv outside the study format, as written
 */
public record FolderReading(StudyInput input, Optional<StudyRows> rows, List<String> unusedTieColumns) {

    public FolderReading {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(rows, "rows");
        unusedTieColumns = List.copyOf(unusedTieColumns);
    }
}
