package org.plnet.surveys.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.CodePointOrder;
import org.plnet.engine.model.Person;

/**
 * What one importer read from one export: the ties resolved to roster ids, who answered, the people the file
 * lists itself (network files with their own node list), and everything the report must say. Immutable; built
 * with {@link #builder(SurveyFormat)}.
 */
public final class ImportedSurvey {

    private final SurveyFormat format;
    private final List<ImportedTie> ties;
    private final RespondentSource respondentSource;
    private final SortedMap<String, SortedSet<String>> respondents;
    /** Per wave, per respondent: the response that made them one. */
    private final Map<String, Map<String, SourceLocation>> respondentAt;
    private final List<Person> people;
    private final List<SurveyIssue> issues;
    private final List<String> reportLines;
    private final List<UnmatchedName> unmatched;
    private final Map<String, String> questions;
    private final Map<String, Double> scaleMaxima;
    private final int responsesDropped;

    private ImportedSurvey(Builder b) {
        this.format = b.format;
        this.ties = List.copyOf(b.ties);
        this.respondentSource = b.respondentSource;
        TreeMap<String, SortedSet<String>> resp = new TreeMap<>(CodePointOrder.INSTANCE);
        b.respondents.forEach((wave, ids) -> resp.put(wave, Collections.unmodifiableSortedSet(new TreeSet<>(ids))));
        this.respondents = Collections.unmodifiableSortedMap(resp);
        Map<String, Map<String, SourceLocation>> at = new HashMap<>();
        b.respondentAt.forEach((wave, where) -> at.put(wave, Map.copyOf(where)));
        this.respondentAt = Map.copyOf(at);
        this.people = List.copyOf(b.people);
        this.issues = List.copyOf(b.issues);
        this.reportLines = List.copyOf(b.reportLines);
        this.unmatched = List.copyOf(b.unmatched);
        this.questions = Collections.unmodifiableMap(new LinkedHashMap<>(b.questions));
        this.scaleMaxima = Collections.unmodifiableMap(new LinkedHashMap<>(b.scaleMaxima));
        this.responsesDropped = b.responsesDropped;
    }

    public static Builder builder(SurveyFormat format) {
        return new Builder(format);
    }

    public SurveyFormat format() {
        return format;
    }

    /** Every tie read, in file order; weight 0 ("no tie") included only when the importer chose to keep it. */
    public List<ImportedTie> ties() {
        return ties;
    }

    /** Whether {@link #respondents()} lists who answered or must be taken from the ties' sources. */
    public RespondentSource respondentSource() {
        return respondentSource;
    }

    /**
     * Who answered, by wave, as roster ids (code point order); with {@link RespondentSource#TIE_SOURCES} it is
     * empty and the sources of the ties are the respondents.
     */
    public SortedMap<String, SortedSet<String>> respondents() {
        return respondents;
    }

    /**
     * Where the export has the response that makes {@code id} a respondent of {@code wave} (file and line), so
     * that a message about the respondent names the user's file; the export as a whole for one listed without.
     */
    public Optional<SourceLocation> respondentAt(String wave, String id) {
        return Optional.ofNullable(respondentAt.getOrDefault(wave, Map.of()).get(id));
    }

    /** The people the file lists itself (a network file's nodes); empty when the roster is the only source. */
    public List<Person> people() {
        return people;
    }

    /** What the importer handled and must report, in file order. */
    public List<SurveyIssue> issues() {
        return issues;
    }

    /** Plain statements for the report (what was detected, counts), in order. */
    public List<String> reportLines() {
        return reportLines;
    }

    /** Names that could not be settled to one person, in file order. */
    public List<UnmatchedName> unmatched() {
        return unmatched;
    }

    /** The survey question of each relation, when the export gives it. */
    public Map<String, String> questions() {
        return questions;
    }

    /** The top of the answer scale (K) of each relation, when the export or the scale tells it. */
    public Map<String, Double> scaleMaxima() {
        return scaleMaxima;
    }

    /** How many responses were dropped because the same person responded again (the kept one replaced them). */
    public int responsesDropped() {
        return responsesDropped;
    }

    /** Collects what an importer reads. */
    public static final class Builder {
        private final SurveyFormat format;
        private final List<ImportedTie> ties = new ArrayList<>();
        private RespondentSource respondentSource = RespondentSource.TIE_SOURCES;
        private final Map<String, Set<String>> respondents = new LinkedHashMap<>();
        private final Map<String, Map<String, SourceLocation>> respondentAt = new HashMap<>();
        private final List<Person> people = new ArrayList<>();
        private final List<SurveyIssue> issues = new ArrayList<>();
        private final List<String> reportLines = new ArrayList<>();
        private final List<UnmatchedName> unmatched = new ArrayList<>();
        private final Map<String, String> questions = new LinkedHashMap<>();
        private final Map<String, Double> scaleMaxima = new LinkedHashMap<>();
        private int responsesDropped;

        private Builder(SurveyFormat format) {
            this.format = Objects.requireNonNull(format, "format");
        }

        public Builder tie(ImportedTie tie) {
            ties.add(Objects.requireNonNull(tie, "tie"));
            return this;
        }

        /**
         * Records that {@code id} answered in {@code wave}, in the response at {@code at}; from then on respondents
         * are {@link RespondentSource#LISTED}.
         */
        public Builder respondent(String id, String wave, SourceLocation at) {
            respondentSource = RespondentSource.LISTED;
            respondents.computeIfAbsent(Objects.requireNonNull(wave, "wave"), w -> new TreeSet<>(CodePointOrder.INSTANCE))
                    .add(Objects.requireNonNull(id, "id"));
            respondentAt.computeIfAbsent(wave, w -> new HashMap<>()).putIfAbsent(id, Objects.requireNonNull(at, "at"));
            return this;
        }

        /** Says how respondents are known; {@link RespondentSource#LISTED} with no respondent = nobody answered. */
        public Builder respondentSource(RespondentSource source) {
            this.respondentSource = Objects.requireNonNull(source, "source");
            return this;
        }

        public Builder person(Person person) {
            people.add(Objects.requireNonNull(person, "person"));
            return this;
        }

        public Builder issue(SourceLocation where, String message) {
            issues.add(new SurveyIssue(where, message));
            return this;
        }

        public Builder reportLine(String line) {
            reportLines.add(Objects.requireNonNull(line, "line"));
            return this;
        }

        public Builder unmatched(UnmatchedName name) {
            unmatched.add(Objects.requireNonNull(name, "name"));
            return this;
        }

        public Builder question(String relation, String question) {
            questions.put(Objects.requireNonNull(relation, "relation"), Objects.requireNonNull(question, "question"));
            return this;
        }

        public Builder scaleMax(String relation, double max) {
            scaleMaxima.put(Objects.requireNonNull(relation, "relation"), max);
            return this;
        }

        /**
         * Refuses an import that read answers but keeps no tie, which would otherwise pass as a study without
         * ties: the message says how many answers were read, why none became a tie, and which option changes it.
         *
         * @param answers how many non-empty answers the reader read
         * @param where   the export
         * @param why     why no answer became a tie, with the option that changes it
         * @throws InputException when {@code answers > 0} and no tie has been added
         */
        public Builder requireTiesFrom(int answers, SourceLocation where, String why) {
            if (answers > 0 && ties.isEmpty()) {
                throw new InputException(where, answers + " answer" + (answers == 1 ? "" : "s")
                        + " read but no tie kept: " + why);
            }
            return this;
        }

        /** Counts {@code n} more responses dropped for a later response by the same person. */
        public Builder responsesDropped(int n) {
            responsesDropped += n;
            return this;
        }

        /** How many ties have been added so far. */
        public int tieCount() {
            return ties.size();
        }

        public ImportedSurvey build() {
            return new ImportedSurvey(this);
        }
    }
}
