package org.plnet.surveys.report;

import java.util.List;
import java.util.Objects;

/**
 * A titled block of plain lines an importer adds to the report (the format it detected, the names it could
 * not match, the columns it did not use).
 *
 * @param title the heading
 * @param lines the lines, in order; a line break inside one is written as {@code \n}
 */
public record ReportSection(String title, List<String> lines) {

    public ReportSection {
        Objects.requireNonNull(title, "title");
        lines = lines.stream().map(ImportIssue::oneLine).toList();
    }
}
