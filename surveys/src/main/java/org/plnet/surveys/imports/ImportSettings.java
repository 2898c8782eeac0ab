package org.plnet.surveys.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Relation;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.imports.responses.Repeated;

/**
 * What the user told {@code plnet import} about one export: the roster, which column identifies the
 * respondent, the relation and wave the answers belong to, the answer scale and the settled names. Immutable;
 * built with {@link #builder(List)}.
 */
public final class ImportSettings {

    /** The wave of an import that names none (study-format.md: empty or absent wave = {@code 1}). */
    public static final String DEFAULT_WAVE = "1";

    private final List<Person> roster;
    private final String respondentColumn;
    private final String relation;
    private final boolean relationGiven;
    private final String wave;
    private final FrequencyScale scale;
    private final Map<String, String> aliases;
    private final ReadMode mode;
    private final Repeated repeated;

    private ImportSettings(Builder b) {
        this.roster = List.copyOf(b.roster);
        this.respondentColumn = b.respondentColumn;
        this.relation = b.relation == null ? Relation.DEFAULT_NAME : b.relation;
        this.relationGiven = b.relation != null;
        this.wave = b.wave == null ? DEFAULT_WAVE : b.wave;
        this.scale = b.scale;
        this.aliases = Collections.unmodifiableMap(new LinkedHashMap<>(b.aliases));
        this.mode = b.mode;
        this.repeated = b.repeated;
    }

    public static Builder builder(List<Person> roster) {
        return new Builder(roster);
    }

    /** Every person of the roster, in roster order. */
    public List<Person> roster() {
        return roster;
    }

    /** The column (header text or column id) naming the respondent; empty = detect it. */
    public Optional<String> respondentColumn() {
        return Optional.ofNullable(respondentColumn);
    }

    /** The relation the answers belong to ({@value Relation#DEFAULT_NAME} when the user named none). */
    public String relation() {
        return relation;
    }

    /** Whether the user named the relation (else {@link #relation()} is the default). */
    public boolean relationGiven() {
        return relationGiven;
    }

    /** The wave the answers belong to ({@value #DEFAULT_WAVE} when the user named none). */
    public String wave() {
        return wave;
    }

    /** The user's answer scale; empty = the built-in scales and numeric answers. */
    public Optional<FrequencyScale> scale() {
        return Optional.ofNullable(scale);
    }

    /** Names the user settled: the text as typed (trimmed) to a roster id. */
    public Map<String, String> aliases() {
        return aliases;
    }

    /**
     * How strictly to read: {@link ReadMode#LENIENT} skips and counts rows naming ids that are not on the
     * roster where {@link ReadMode#STRICT} (the default) stops.
     */
    public ReadMode mode() {
        return mode;
    }

    /** What to do with several responses by one person when the export has no end dates; empty = stop. */
    public Optional<Repeated> repeated() {
        return Optional.ofNullable(repeated);
    }

    /** Collects the settings; only the roster is required. */
    public static final class Builder {
        private final List<Person> roster;
        private String respondentColumn;
        private String relation;
        private String wave;
        private FrequencyScale scale;
        private final Map<String, String> aliases = new LinkedHashMap<>();
        private ReadMode mode = ReadMode.STRICT;
        private Repeated repeated;

        private Builder(List<Person> roster) {
            this.roster = Objects.requireNonNull(roster, "roster");
        }

        public Builder respondentColumn(String column) {
            this.respondentColumn = blankToNull(column);
            return this;
        }

        public Builder relation(String name) {
            this.relation = blankToNull(name);
            return this;
        }

        public Builder wave(String name) {
            this.wave = blankToNull(name);
            return this;
        }

        public Builder scale(FrequencyScale frequencyScale) {
            this.scale = frequencyScale;
            return this;
        }

        public Builder aliases(Map<String, String> settled) {
            aliases.putAll(settled);
            return this;
        }

        public Builder mode(ReadMode readMode) {
            this.mode = Objects.requireNonNull(readMode, "readMode");
            return this;
        }

        /** {@code null} = none given. */
        public Builder repeated(Repeated policy) {
            this.repeated = policy;
            return this;
        }

        public ImportSettings build() {
            return new ImportSettings(this);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }
}
