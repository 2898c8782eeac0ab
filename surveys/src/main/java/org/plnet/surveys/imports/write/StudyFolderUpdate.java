package org.plnet.surveys.imports.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.plnet.engine.output.CsvWriter;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.CodePointOrder;
import org.plnet.engine.model.Person;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.ImportedTie;
import org.plnet.surveys.imports.RespondentSource;
import org.plnet.surveys.imports.SurveyIssue;
import org.plnet.surveys.imports.UnmatchedName;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.rows.RespondentRow;
import org.plnet.surveys.rows.TieRule;

/**
 * Adds one import to what a study folder holds and gives the text of every file to write.
 *
 * <ul>
 * <li>people.csv: the folder's people in their order, each replaced by the roster's row when the roster has
 * them (a changed person is reported; values of columns the roster lacks or leaves empty, such as node
 * attributes of an earlier import, are kept), then the roster's new people, then people only the export lists. The
 * attributes a network file gives its nodes (GraphML, GEXF) become extra columns of the people they match:
 * {@code id} is never taken from the file; a {@code name}, {@code school}, {@code role}, {@code member} or
 * {@code respondent} attribute is not a column of its own, and one that differs from the roster is reported
 * and the roster's value kept; so is any other attribute the person already has a different value for;</li>
 * <li>ties.csv: the folder's rows, except those of a (relation, wave) the import brings again, which is an error
 * unless {@link ClashPolicy#REPLACE}; then the import's ties (weight above 0, duplicates merged keeping the
 * largest weight); sorted by relation, wave, source, target;</li>
 * <li>respondents.csv: written as soon as any import lists its respondents (so that respondents who named
 * nobody count); a wave nobody listed gets the sources of its ties, which is what study-format.md decides for
 * it without the file. A {@code respondent} column of people.csv (same answer for every wave) is turned into
 * rows of every wave and dropped from people.csv, since it would override the file;</li>
 * <li>study.yaml: see {@link StudyYamlText}; unmatched.csv: the rows of other relations and waves, then this
 * import's.</li>
 * </ul>
 */
public final class StudyFolderUpdate {

    static final List<String> UNMATCHED_HEADER = List.of("relation", "wave", "text", "status", "candidates",
            "respondent", "file", "line", "column");

    /** The people.csv columns that a network file's node attribute never becomes, lower case. */
    private static final List<String> PEOPLE_COLUMNS = List.of("id", "name", "school", "role", "member",
            "respondent");

    /**
     * The study as updated and what the update did. The folder's files are rendered from it only to be written
     * ({@link #peopleCsv()}, {@link #tiesCsv()}, {@link #respondentsCsv()}); a study.yaml import reads it as is.
     *
     * @param people      people.csv's people as written: every attribute column for everyone, in column order,
     *                    without a {@code respondent} column (turned into {@code respondents})
     * @param ties        ties.csv's rows, sorted
     * @param respondents respondents.csv's rows, by wave then id, when the study lists its respondents: each where
     *                    the folder's respondents.csv or the export has it (respondents.csv itself for those the
     *                    update derives)
     * @param relations   what the import tells about each relation it brings, by name
     * @param added       the ties the import adds, as the {@link TieRule} keeps them, where the export gives them
     */
    public record Result(List<Person> people, List<TiesCsvRow> ties,
                         Optional<List<RespondentRow>> respondents, String studyYaml,
                         String unmatched, List<String> notes, List<SurveyIssue> issues, int peopleCount,
                         Set<RelationWave> layers, List<RelationEntry> relations, List<ImportedTie> added) {

        /** How many ties the import adds. */
        public int tiesAdded() {
            return added.size();
        }

        /** The text of people.csv. */
        public String peopleCsv() {
            return StudyFolderUpdate.peopleCsv(people);
        }

        /** The text of ties.csv. */
        public String tiesCsv() {
            return StudyFolderUpdate.tiesCsv(ties);
        }

        /** The text of respondents.csv, when the study lists its respondents. */
        public Optional<String> respondentsCsv() {
            return respondents.map(rows -> {
                CsvWriter csv = new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED).row("id", "wave");
                rows.forEach(r -> csv.row(r.id(), r.wave()));
                return csv.toString();
            });
        }

        /** The study as a folder would hold it after this update, for the next import into it. */
        public ExistingStudy asExisting() {
            return new ExistingStudy(people, ties, respondents.orElse(List.of()), respondents.isPresent(), Optional.empty(), List.of(),
                    List.of());
        }
    }

    private StudyFolderUpdate() {
    }

    /**
     * @param exportLabel the export as messages name it
     * @param folderLabel the study folder as messages name it ({@code ""}: name its files alone)
     */
    public static Result apply(ExistingStudy existing, List<Person> roster, ImportedSurvey imported,
                               ImportSettings settings, ClashPolicy clash, String studyName, String exportLabel,
                               String folderLabel) {
        List<String> notes = new ArrayList<>();
        List<SurveyIssue> issues = new ArrayList<>();
        Map<String, Person> people = people(existing, roster, imported, exportLabel, notes, issues);
        Set<RelationWave> brought = brought(imported, settings);
        List<TiesCsvRow> ties = rowsKept(existing, brought, clash, folderLabel, notes);
        Map<List<String>, ImportedTie> merged = importedTies(imported, people, settings.mode(), notes, issues);
        for (ImportedTie t : merged.values()) {
            ties.add(new TiesCsvRow(t.source(), t.target(), t.relation(), number(t.weight()), t.wave()));
        }
        ties.sort(TiesCsvRow.ORDER);
        Optional<List<RespondentRow>> respondents = respondents(existing, imported, people, ties, notes);
        List<RelationEntry> entries = relationEntries(imported, brought);
        String yaml = StudyYamlText.update(existing.studyYaml(), studyName, entries, join(folderLabel, "study.yaml"),
                notes);
        String unmatched = unmatchedCsv(existing, imported, settings, brought);
        return new Result(asWritten(people.values()), List.copyOf(ties), respondents, yaml, unmatched, notes,
                issues, people.size(), brought, entries, List.copyOf(merged.values()));
    }

    /** The people of the updated study: the folder's, the roster's, then those only the export lists. */
    private static Map<String, Person> people(ExistingStudy existing, List<Person> roster, ImportedSurvey imported,
                                              String exportLabel, List<String> notes, List<SurveyIssue> issues) {
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Person> rosterById = new LinkedHashMap<>();
        roster.forEach(p -> rosterById.put(p.id(), p));
        int changed = 0;
        for (Person p : existing.people()) {
            Person fromRoster = rosterById.get(p.id());
            Person kept = fromRoster == null ? p : withStudyColumns(fromRoster, p);
            if (!withoutRespondent(kept).equals(withoutRespondent(p))) {
                changed++;
            }
            people.put(p.id(), kept);
        }
        int added = 0;
        for (Person p : roster) {
            if (people.putIfAbsent(p.id(), p) == null && existing.exists()) {
                added++;
            }
        }
        Map<String, String> columnSpelling = new HashMap<>();
        people.values().forEach(p -> p.attributes().keySet().forEach(
                k -> columnSpelling.putIfAbsent(k.strip().toLowerCase(Locale.ROOT), k)));
        Set<String> columns = Set.copyOf(columnSpelling.keySet());
        Set<String> newColumns = new LinkedHashSet<>();
        int withAttributes = 0;
        for (Person p : imported.people()) {
            Person there = people.putIfAbsent(p.id(), p);
            if (there == null) {
                notes.add("person " + p.id() + " is not on the roster but listed by the export: added to people.csv");
            } else {
                Person merged = withAttributes(there, p, columns, columnSpelling, newColumns,
                        SourceLocation.ofFile(exportLabel), issues);
                if (!merged.equals(there)) {
                    withAttributes++;
                    people.put(p.id(), merged);
                }
            }
        }
        if (withAttributes > 0) {
            notes.add(withAttributes + " " + (withAttributes == 1 ? "person" : "people") + " given node attributes"
                    + " of the export as people columns" + (newColumns.isEmpty() ? ""
                    : " (new columns: " + String.join(", ", newColumns) + ")"));
        }
        if (changed > 0) {
            notes.add(changed + " person" + (changed == 1 ? "'s" : "s'") + " details taken from the new roster");
        }
        if (added > 0) {
            notes.add(added + " roster " + (added == 1 ? "person" : "people") + " added to the study's people.csv");
        }
        return people;
    }

    /** The folder's tie rows that stay: all but those of a relation and wave the import brings again. */
    private static List<TiesCsvRow> rowsKept(ExistingStudy existing, Set<RelationWave> brought, ClashPolicy clash,
                                         String folderLabel, List<String> notes) {
        Map<RelationWave, Integer> there = new HashMap<>();
        for (TiesCsvRow r : existing.ties()) {
            there.merge(r.layer(), 1, Integer::sum);
        }
        List<RelationWave> clashing = brought.stream().filter(there::containsKey).sorted(RelationWave.ORDER)
                .toList();
        if (!clashing.isEmpty() && clash == ClashPolicy.STOP) {
            RelationWave first = clashing.get(0);
            throw new InputException(SourceLocation.ofFile(join(folderLabel, "ties.csv")), "the study already has "
                    + first + " (" + there.get(first) + " ties); give --replace to replace them, or import into "
                    + "another --relation or --wave");
        }
        List<TiesCsvRow> ties = new ArrayList<>();
        for (TiesCsvRow r : existing.ties()) {
            if (!clashing.contains(r.layer())) {
                ties.add(r);
            }
        }
        for (RelationWave l : clashing) {
            notes.add(there.get(l) + " ties of " + l + " replaced (--replace)");
        }
        if (!existing.droppedColumns().isEmpty()) {
            notes.add("columns of the study's ties.csv outside the study format not kept: "
                    + String.join(", ", existing.droppedColumns()));
        }
        return ties;
    }

    /** The import's ties by (source, target, relation, wave), as the {@link TieRule} keeps them. */
    private static Map<List<String>, ImportedTie> importedTies(ImportedSurvey imported, Map<String, Person> people,
                                                               ReadMode mode, List<String> notes,
                                                               List<SurveyIssue> issues) {
        Map<List<String>, ImportedTie> merged = new LinkedHashMap<>();
        int skipped = 0;
        for (ImportedTie t : imported.ties()) {
            if (TieRule.kind(t.source(), t.target(), t.weight()) != TieRule.Kind.TIE) {
                continue;
            }
            if (!people.containsKey(t.source()) || !people.containsKey(t.target())) {
                String unknown = people.containsKey(t.source()) ? t.target() : t.source();
                if (!TieRule.skipsUnknownPeople(mode)) {
                    throw new InputException(t.where(), "'" + unknown + "' is not on the roster (give --lenient to "
                            + "skip and count such ties)");
                }
                skipped++;
                issues.add(new SurveyIssue(t.where(), "a tie " + t.source() + " -> " + t.target()
                        + " names someone not on the roster: skipped (--lenient)"));
                continue;
            }
            List<String> key = List.of(t.source(), t.target(), t.relation(), t.wave());
            ImportedTie before = merged.get(key);
            if (before == null) {
                merged.put(key, t);
            } else {
                issues.add(new SurveyIssue(t.where(), "a second tie " + t.source() + " -> " + t.target() + " ("
                        + t.relation() + ", wave " + t.wave() + "): merged, keeping the larger weight"));
                if (TieRule.merged(before.weight(), t.weight()) != before.weight()) {
                    merged.put(key, t);
                }
            }
        }
        if (skipped > 0) {
            notes.add(skipped + " ties naming people not on the roster skipped (--lenient)");
        }
        return merged;
    }

    /** What the import tells about each relation it brings, by name. */
    private static List<RelationEntry> relationEntries(ImportedSurvey imported, Set<RelationWave> brought) {
        Map<String, RelationEntry> entries = new TreeMap<>(CodePointOrder.INSTANCE);
        for (RelationWave l : brought) {
            entries.put(l.relation(), new RelationEntry(l.relation(), imported.questions().get(l.relation()),
                    imported.scaleMaxima().containsKey(l.relation())
                            ? OptionalDouble.of(imported.scaleMaxima().get(l.relation())) : OptionalDouble.empty()));
        }
        return List.copyOf(entries.values());
    }

    /** unmatched.csv: the rows of other relations and waves, then this import's. */
    private static String unmatchedCsv(ExistingStudy existing, ImportedSurvey imported, ImportSettings settings,
                                       Set<RelationWave> brought) {
        String wave = settings.wave();
        CsvWriter unmatched = new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED).row(UNMATCHED_HEADER);
        List<List<String>> old = existing.unmatched();
        if (!old.isEmpty() && old.get(0).size() >= 2 && old.get(0).get(0).equalsIgnoreCase("relation")) {
            Set<RelationWave> replaced = new LinkedHashSet<>(brought);
            replaced.add(new RelationWave(settings.relation(), wave));
            for (List<String> row : old.subList(1, old.size())) {
                if (!replaced.contains(new RelationWave(row.get(0), row.size() > 1 ? row.get(1) : ""))) {
                    unmatched.row(row);
                }
            }
        }
        for (UnmatchedName u : imported.unmatched()) {
            SourceLocation w = u.where();
            unmatched.row(settings.relation(), wave, u.text(), u.kind().name(), String.join(" ", u.candidates()),
                    u.respondent(), w.file(), w.line() == 0 ? "" : Integer.toString(w.line()),
                    w.column() == 0 ? "" : Integer.toString(w.column()));
        }
        return unmatched.toString();
    }

    /**
     * The roster's row of a person, with the study's values of attribute columns that the roster lacks or leaves
     * empty (such as node attributes an earlier import added).
     */
    private static Person withStudyColumns(Person fromRoster, Person inStudy) {
        Map<String, String> attributes = new LinkedHashMap<>(fromRoster.attributes());
        for (Map.Entry<String, String> e : inStudy.attributes().entrySet()) {
            String column = attributes.keySet().stream().filter(k -> k.equalsIgnoreCase(e.getKey())).findFirst()
                    .orElse(e.getKey());
            String given = attributes.get(column);
            if (given == null || given.isBlank() && !e.getValue().isBlank()) {
                attributes.put(column, e.getValue());
            }
        }
        return new Person(fromRoster.id(), fromRoster.name(), fromRoster.school(), fromRoster.role(),
                fromRoster.member(), attributes);
    }

    /** The relations and waves an import brings: those of its ties, or its own when it lists respondents only. */
    public static Set<RelationWave> brought(ImportedSurvey imported, ImportSettings settings) {
        Set<RelationWave> brought = new LinkedHashSet<>();
        for (ImportedTie t : imported.ties()) {
            brought.add(new RelationWave(t.relation(), t.wave()));
        }
        if (imported.respondentSource() == RespondentSource.LISTED && brought.isEmpty()) {
            brought.add(new RelationWave(settings.relation(), settings.wave()));
        }
        return brought;
    }

    /**
     * {@code person} with the attributes the export gives {@code node} (the same person) added as people
     * columns, as the class comment says; every value not taken is reported.
     *
     * @param columns    the attribute columns people.csv had before the import, lower case
     * @param spelling   each column's spelling by its lower-case name, extended with new columns
     * @param newColumns collects the columns added
     */
    private static Person withAttributes(Person person, Person node, Set<String> columns,
                                         Map<String, String> spelling, Set<String> newColumns, SourceLocation where,
                                         List<SurveyIssue> issues) {
        Map<String, String> attributes = new LinkedHashMap<>(person.attributes());
        for (Map.Entry<String, String> e : node.attributes().entrySet()) {
            String key = e.getKey().strip();
            String lower = key.toLowerCase(Locale.ROOT);
            String value = e.getValue() == null ? "" : e.getValue().strip();
            if (key.isEmpty() || value.isEmpty()) {
                continue;
            }
            if (PEOPLE_COLUMNS.contains(lower)) {
                String roster = switch (lower) {
                    case "id" -> person.id();
                    case "name" -> person.name();
                    case "school" -> person.school() == null ? "" : person.school();
                    case "role" -> person.role() == null ? "" : person.role();
                    case "member" -> person.member() ? "yes" : "no";
                    default -> null;
                };
                boolean same = lower.equals("member") ? person.member() == yes(value) && yesOrNo(value)
                        : value.equals(roster);
                if (roster == null) {
                    issues.add(new SurveyIssue(where, "the node attribute " + key + " of " + person.id() + " is not "
                            + "taken: who answered is decided by respondents.csv or the ties, not by a column"));
                } else if (!same) {
                    issues.add(new SurveyIssue(where, "the node attribute " + key + " of " + person.id() + " is '"
                            + value + "' but the roster says '" + roster + "': the roster's value is kept"));
                }
                continue;
            }
            String column = spelling.computeIfAbsent(lower, k -> key);
            String before = attributes.get(column);
            if (before == null || before.isBlank()) {
                if (!columns.contains(lower)) {
                    newColumns.add(column);
                }
                attributes.put(column, value);
            } else if (!before.strip().equals(value)) {
                issues.add(new SurveyIssue(where, "the node attribute " + key + " of " + person.id() + " is '" + value
                        + "' but people.csv says '" + before.strip() + "': the value of people.csv is kept"));
            }
        }
        return new Person(person.id(), person.name(), person.school(), person.role(), person.member(), attributes);
    }

    /** respondents.csv's rows once updated, each where it was first listed; none when no one lists respondents. */
    private static Optional<List<RespondentRow>> respondents(ExistingStudy existing, ImportedSurvey imported,
                                                             Map<String, Person> people, List<TiesCsvRow> ties,
                                                             List<String> notes) {
        SortedMap<String, SortedSet<String>> byWave = new TreeMap<>(CodePointOrder.INSTANCE);
        boolean listed = existing.hasRespondents() || imported.respondentSource() == RespondentSource.LISTED;
        String column = respondentColumn(List.copyOf(people.values()));
        if (column != null) {
            listed = true;
        }
        if (!listed) {
            return Optional.empty();
        }
        Set<String> waves = new TreeSet<>(CodePointOrder.INSTANCE);
        ties.forEach(t -> waves.add(t.wave()));
        Map<List<String>, SourceLocation> listedAt = new HashMap<>();
        existing.respondents().forEach(r -> waves.add(r.wave()));
        waves.addAll(imported.respondents().keySet());
        for (RespondentRow r : existing.respondents()) {
            byWave.computeIfAbsent(r.wave(), w -> new TreeSet<>(CodePointOrder.INSTANCE)).add(r.id());
            listedAt.putIfAbsent(List.of(r.wave(), r.id()), r.at());
        }
        if (column != null) {
            fromColumn(people, column, waves, imported, byWave);
            notes.add("the respondent column (the same answer for every wave) was turned into rows of "
                    + "respondents.csv for the waves the export does not list, and left out of people.csv");
        }
        imported.respondents().forEach((w, ids) -> ids.forEach(id -> {
            byWave.computeIfAbsent(w, k -> new TreeSet<>(CodePointOrder.INSTANCE)).add(id);
            imported.respondentAt(w, id).ifPresent(at -> listedAt.putIfAbsent(List.of(w, id), at));
        }));
        for (String w : waves) {
            if (!byWave.containsKey(w)) {
                SortedSet<String> sources = new TreeSet<>(CodePointOrder.INSTANCE);
                for (TiesCsvRow t : ties) {
                    boolean tie = TieRule.kind(t.source(), t.target(), weight(t.weight())) == TieRule.Kind.TIE;
                    if (t.wave().equals(w) && tie && people.containsKey(t.source()) && people.containsKey(t.target())) {
                        sources.add(t.source());
                    }
                }
                byWave.put(w, sources);
                notes.add("wave " + w + " lists no respondents: respondents.csv takes the " + sources.size()
                        + " sources of its ties, as the study would without the file");
            }
        }
        List<RespondentRow> rows = new ArrayList<>();
        SourceLocation derived = SourceLocation.ofFile("respondents.csv");
        byWave.forEach((w, ids) -> ids.forEach(id -> rows.add(new RespondentRow(id, w,
                listedAt.getOrDefault(List.of(w, id), derived)))));
        return Optional.of(List.copyOf(rows));
    }

    /** Adds those whose respondent column says yes to every wave the export does not list. */
    private static void fromColumn(Map<String, Person> people, String column, Set<String> waves,
                                   ImportedSurvey imported, SortedMap<String, SortedSet<String>> byWave) {
        for (Person p : people.values()) {
            if (yes(p.attributes().get(column))) {
                for (String w : waves) {
                    if (!imported.respondents().containsKey(w)) {
                        byWave.computeIfAbsent(w, k -> new TreeSet<>(CodePointOrder.INSTANCE)).add(p.id());
                    }
                }
            }
        }
    }

    /**
     * The people as people.csv holds them once written and read back: every attribute column (but a
     * {@code respondent} column) for everyone, in the order the columns first appear.
     */
    private static List<Person> asWritten(java.util.Collection<Person> people) {
        String respondentColumn = respondentColumn(List.copyOf(people));
        List<String> columns = new ArrayList<>();
        for (Person p : people) {
            for (String k : p.attributes().keySet()) {
                if (!columns.contains(k) && !k.equals(respondentColumn)) {
                    columns.add(k);
                }
            }
        }
        List<Person> written = new ArrayList<>();
        for (Person p : people) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String c : columns) {
                attributes.put(c, p.attributes().getOrDefault(c, ""));
            }
            written.add(new Person(p.id(), p.name(), p.school(), p.role(), p.member(), attributes));
        }
        return List.copyOf(written);
    }

    /** people.csv of a study folder plnet writes: the roster columns, then the people's other attributes. */
    public static String peopleCsv(List<Person> people) {
        List<String> attributes = people.isEmpty() ? List.of() : List.copyOf(people.get(0).attributes().keySet());
        List<String> header = new ArrayList<>(List.of("id", "name", "school", "role", "member"));
        header.addAll(attributes);
        CsvWriter csv = new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED).row(header);
        for (Person p : people) {
            List<String> row = new ArrayList<>(List.of(p.id(), p.name(), p.school() == null ? "" : p.school(),
                    p.role() == null ? "" : p.role(), p.member() ? "yes" : "no"));
            for (String a : attributes) {
                row.add(p.attributes().get(a));
            }
            csv.row(row);
        }
        return csv.toString();
    }

    private static String tiesCsv(List<TiesCsvRow> ties) {
        CsvWriter csv = new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED).row("source", "target", "relation", "weight", "wave");
        for (TiesCsvRow t : ties) {
            csv.row(t.source(), t.target(), t.relation(), t.weight(), t.wave());
        }
        return csv.toString();
    }

    private static String respondentColumn(List<Person> people) {
        for (Person p : people) {
            for (String k : p.attributes().keySet()) {
                if (k.strip().toLowerCase(Locale.ROOT).equals("respondent")) {
                    return k;
                }
            }
        }
        return null;
    }

    private static Person withoutRespondent(Person p) {
        Map<String, String> a = new LinkedHashMap<>(p.attributes());
        a.keySet().removeIf(k -> k.strip().equalsIgnoreCase("respondent"));
        return new Person(p.id(), p.name(), p.school(), p.role(), p.member(), a);
    }

    private static boolean yesOrNo(String v) {
        return List.of("true", "yes", "y", "1", "false", "no", "n", "0").contains(v.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean yes(String v) {
        return v != null && List.of("true", "yes", "y", "1").contains(v.strip().toLowerCase(Locale.ROOT));
    }

    /** The weight a ties.csv cell gives: 1 when empty, 0 (no tie) when it is not a number. */
    private static double weight(String cell) {
        if (cell.isEmpty()) {
            return 1;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String number(double d) {
        return StudyYamlText.number(d);
    }

    static String join(String dir, String file) {
        return dir.isEmpty() ? file : dir.endsWith("/") ? dir + file : dir + "/" + file;
    }
}
