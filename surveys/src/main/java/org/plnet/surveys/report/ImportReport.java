package org.plnet.surveys.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.plnet.engine.input.SourceLocation;

/**
 * What an import read and found (study-format.md, "What an import reports"): people, response per wave and
 * school, what became of the tie rows of every relation and wave, the resolved relation settings, how
 * respondents were decided, sections an importer adds, and every {@link ImportIssue}, sorted by file, then
 * line, then column. Immutable; build it with {@link #builder(String)}. Parts an import did not reach (because
 * a file was missing) are empty.
 */
public final class ImportReport {

    private final String studyName;
    private final String description;
    private final int people;
    private final RespondentBasis respondentBasis;
    private final int respondentRowsSkipped;
    private final List<WaveResponse> response;
    private final List<RelationSettings> relations;
    private final List<TieRowCounts> layers;
    private final List<ReportSection> sections;
    private final List<ImportIssue> issues;

    private ImportReport(Builder b) {
        this.studyName = b.studyName;
        this.description = b.description;
        this.people = b.people;
        this.respondentBasis = b.respondentBasis;
        this.respondentRowsSkipped = b.respondentRowsSkipped;
        this.response = List.copyOf(b.response);
        this.relations = List.copyOf(b.relations);
        this.layers = List.copyOf(b.layers);
        this.sections = List.copyOf(b.sections);
        this.issues = List.copyOf(b.sortedIssues());
    }

    public static Builder builder(String studyName) {
        return new Builder(studyName);
    }

    /** study.yaml's {@code name}, else the study folder's name. */
    public String studyName() {
        return studyName;
    }

    /** study.yaml's {@code description}, if any. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** People in the roster. */
    public int people() {
        return people;
    }

    /** How respondents were decided; empty when the import did not get that far. */
    public Optional<RespondentBasis> respondentBasis() {
        return Optional.ofNullable(respondentBasis);
    }

    /** Rows of respondents.csv skipped in lenient mode. */
    public int respondentRowsSkipped() {
        return respondentRowsSkipped;
    }

    /** Staff and respondents per school, one entry per wave in code point order. */
    public List<WaveResponse> response() {
        return response;
    }

    /** The resolved settings of every relation, by name in code point order. */
    public List<RelationSettings> relations() {
        return relations;
    }

    /** What became of the tie rows, per relation then wave in code point order. */
    public List<TieRowCounts> layers() {
        return layers;
    }

    /** Sections an importer added, in the order added. */
    public List<ReportSection> sections() {
        return sections;
    }

    /** Every issue, by file (in the order the import declared its files), then line, then column. */
    public List<ImportIssue> issues() {
        return issues;
    }

    public List<ImportIssue> errors() {
        return issues.stream().filter(ImportIssue::isError).toList();
    }

    public List<ImportIssue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }

    /** The report as plain text for people: deterministic, files named relative to the study folder. */
    public String toText() {
        return ImportReportText.render(this);
    }

    @Override
    public String toString() {
        return toText();
    }

    /** Collects a report while an import runs. Not thread-safe. */
    public static final class Builder {
        private String studyName;
        private String description;
        private int people;
        private RespondentBasis respondentBasis;
        private int respondentRowsSkipped;
        private final List<WaveResponse> response = new ArrayList<>();
        private final List<RelationSettings> relations = new ArrayList<>();
        private final List<TieRowCounts> layers = new ArrayList<>();
        private final List<ReportSection> sections = new ArrayList<>();
        private final List<ImportIssue> issues = new ArrayList<>();
        private final List<String> fileOrder = new ArrayList<>();
        private int errors;

        private Builder(String studyName) {
            this.studyName = Objects.requireNonNull(studyName, "studyName");
        }

        /** Renames the study (once study.yaml, read after the builder was made, gives its name). */
        public Builder studyName(String name) {
            this.studyName = Objects.requireNonNull(name, "name");
            return this;
        }

        public Builder description(String text) {
            this.description = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Declares the order in which issues of these files are listed (the order the import reads them);
         * issues of files not declared follow, in the order their first issue was added.
         */
        public Builder fileOrder(String... files) {
            for (String f : files) {
                if (!fileOrder.contains(f)) {
                    fileOrder.add(f);
                }
            }
            return this;
        }

        public Builder people(int count) {
            this.people = count;
            return this;
        }

        public Builder respondentBasis(RespondentBasis basis) {
            this.respondentBasis = Objects.requireNonNull(basis, "basis");
            return this;
        }

        public Builder respondentRowsSkipped(int count) {
            this.respondentRowsSkipped = count;
            return this;
        }

        public Builder response(WaveResponse wave) {
            response.add(Objects.requireNonNull(wave, "wave"));
            return this;
        }

        public Builder relation(RelationSettings settings) {
            relations.add(Objects.requireNonNull(settings, "settings"));
            return this;
        }

        public Builder layer(TieRowCounts counts) {
            layers.add(Objects.requireNonNull(counts, "counts"));
            return this;
        }

        /** Adds a titled section of plain lines, printed after the standard parts. */
        public Builder section(String title, List<String> lines) {
            sections.add(new ReportSection(title, lines));
            return this;
        }

        public Builder issue(ImportIssue issue) {
            issues.add(Objects.requireNonNull(issue, "issue"));
            if (issue.isError()) {
                errors++;
            }
            if (!fileOrder.contains(issue.location().file())) {
                fileOrder.add(issue.location().file());
            }
            return this;
        }

        public Builder error(SourceLocation where, String message) {
            return issue(new ImportIssue(Severity.ERROR, where, message));
        }

        public Builder warning(SourceLocation where, String message) {
            return issue(new ImportIssue(Severity.WARNING, where, message));
        }

        /** Errors added so far. */
        public int errorCount() {
            return errors;
        }

        public ImportReport build() {
            return new ImportReport(this);
        }

        private List<ImportIssue> sortedIssues() {
            Map<String, Integer> rank = new HashMap<>();
            for (int i = 0; i < fileOrder.size(); i++) {
                rank.put(fileOrder.get(i), i);
            }
            List<ImportIssue> sorted = new ArrayList<>(issues);
            // List.sort is stable: issues at the same place keep the order they were found in
            sorted.sort(Comparator.<ImportIssue>comparingInt(i -> rank.get(i.location().file()))
                    .thenComparingInt(i -> i.location().line())
                    .thenComparingInt(i -> i.location().column()));
            return sorted;
        }
    }
}
