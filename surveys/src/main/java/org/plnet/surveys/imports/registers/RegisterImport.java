package org.plnet.surveys.imports.registers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Person;
import org.plnet.engine.output.CsvWriter;
import org.plnet.engine.output.OutputFolder;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.StudyInput;
import org.plnet.surveys.imports.RawTable;
import org.plnet.surveys.imports.RawTables;
import org.plnet.surveys.imports.RosterFile;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.matching.NameMatch;
import org.plnet.surveys.imports.matching.NameMatcher;
import org.plnet.surveys.imports.matching.Suggestion;
import org.plnet.surveys.imports.write.ClashPolicy;
import org.plnet.surveys.imports.write.StudyFolderUpdate;
import org.plnet.surveys.report.ImportReport;
import org.plnet.surveys.studyfolder.AttendanceFiles;
import org.plnet.surveys.studyfolder.StudyFolderReader;

/**
 * {@code plnet import REGISTER --register LAYOUT}: reads an attendance register against a roster and writes (or
 * adds a wave to) a study folder's attendance.csv (affiliations.md, section 5), with people.csv from the roster
 * when the folder is new and import-report.txt. Names are matched by the name generator's {@link NameMatcher}:
 * an ambiguous or unmatched name is reported with its candidates and its row dropped, never guessed. Everything
 * is checked before anything is written, through an {@link OutputFolder}: bad input changes nothing.
 */
public final class RegisterImport {

    /**
     * What a finished import did.
     *
     * @param rowsRead    the attendances the register gives
     * @param attendances those kept (distinct)
     * @param dropped     those dropped: empty cells, unmatched or ambiguous names, repeats, unknown events (lenient)
     * @param unmatched   the names not matched (unmatched or ambiguous), counted once each
     * @param events      the distinct events of the kept attendances
     * @param report      the text of import-report.txt
     */
    public record Outcome(int rowsRead, int attendances, int dropped, int unmatched, int events, String report) {
    }

    /** The files of an existing study folder the import leaves as they are. */
    private static final List<String> STUDY_FILES = List.of("people.csv", "ties.csv", "respondents.csv",
            StudyFolderReader.STUDY_YAML, AttendanceFiles.EVENTS);

    private final Path register;
    private final Path roster;
    private final Path out;
    private RegisterLayout layout = RegisterLayout.LONG;
    private String wave = "1";
    private ReadMode mode = ReadMode.STRICT;
    private ClashPolicy clash = ClashPolicy.STOP;

    private RegisterImport(Path register, Path roster, Path out) {
        this.register = Objects.requireNonNull(register, "register");
        this.roster = Objects.requireNonNull(roster, "roster");
        this.out = Objects.requireNonNull(out, "out");
    }

    public static RegisterImport of(Path register, Path roster, Path out) {
        return new RegisterImport(register, roster, out);
    }

    public RegisterImport layout(RegisterLayout l) {
        this.layout = Objects.requireNonNull(l, "layout");
        return this;
    }

    /** The wave of every attendance; {@code null} = {@code 1}. */
    public RegisterImport wave(String w) {
        this.wave = w == null || w.isBlank() ? "1" : w.strip();
        return this;
    }

    public RegisterImport mode(ReadMode readMode) {
        this.mode = Objects.requireNonNull(readMode, "readMode");
        return this;
    }

    public RegisterImport clash(ClashPolicy policy) {
        this.clash = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * @throws InputException when a file is missing or malformed, an event is unknown (strict mode), nothing is kept,
     *                        or the folder already has the wave (without {@link ClashPolicy#REPLACE})
     * @throws IOException    when the study folder cannot be written
     */
    public Outcome run() throws IOException {
        List<Person> people = RosterFile.read(SurveyFile.of(roster));
        SurveyFile file = SurveyFile.of(register);
        List<RegisterEntry> entries = RegisterFile.read(file, layout);
        Path peopleCsv = out.resolve("people.csv");
        Set<String> studyIds = Files.isRegularFile(peopleCsv) ? column(peopleCsv, "id") : null;
        Path eventsCsv = out.resolve(AttendanceFiles.EVENTS);
        Set<String> studyEvents = Files.isRegularFile(eventsCsv) ? column(eventsCsv, "id") : null;

        NameMatcher matcher = NameMatcher.of(people);
        List<String> notes = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Set<String> unmatchedNames = new LinkedHashSet<>();
        Map<List<String>, RegisterEntry> kept = new LinkedHashMap<>();
        int dropped = 0;
        for (RegisterEntry e : entries) {
            if (e.person().isEmpty() || e.event().isEmpty()) {
                warnings.add(new Problem(e.person().isEmpty() ? e.personAt() : e.eventAt(),
                        (e.person().isEmpty() ? "person" : "event") + " is empty: row dropped"));
                dropped++;
                continue;
            }
            String id = matched(matcher.match(e.person()), e, warnings, unmatchedNames);
            if (id == null) {
                dropped++;
                continue;
            }
            if (studyIds != null && !studyIds.contains(id)) {
                throw new InputException(e.personAt(), "'" + e.person() + "' is " + id + " of the roster, who is not"
                        + " in " + out.resolve("people.csv") + ": import with the study's own people.csv as --roster");
            }
            if (studyEvents != null && !studyEvents.contains(e.event())) {
                String problem = "event '" + e.event() + "' is not in " + eventsCsv;
                if (mode == ReadMode.STRICT) {
                    throw new InputException(e.eventAt(), problem);
                }
                warnings.add(new Problem(e.eventAt(), problem + ": row skipped (lenient mode)"));
                dropped++;
                continue;
            }
            if (kept.putIfAbsent(List.of(id, e.event()), e) != null) {
                warnings.add(new Problem(e.personAt(), "repeated attendance of " + id + " at " + e.event()
                        + ": counted once"));
                dropped++;
            }
        }
        if (kept.isEmpty()) {
            throw new InputException(file.location(), "no attendance kept: " + entries.size() + " read, " + dropped
                    + " dropped (" + unmatchedNames.size() + " names not matched to the roster)");
        }
        List<List<String>> rows = existingRows(out.resolve(AttendanceFiles.ATTENDANCE));
        kept.keySet().forEach(k -> rows.add(List.of(k.get(0), k.get(1), wave)));
        Set<String> events = new LinkedHashSet<>();
        kept.keySet().forEach(k -> events.add(k.get(1)));
        notes.add(layout.cliName() + " register " + file.label() + ": " + entries.size() + " attendances read, "
                + kept.size() + " kept for wave " + wave + " at " + events.size() + " events, " + dropped + " dropped, "
                + unmatchedNames.size() + " names not matched (never guessed)");

        String report;
        try (OutputFolder staged = OutputFolder.open(out, OutputFolder.Contents.KEPT, null)) {
            if (studyIds == null) {
                staged.write("people.csv", StudyFolderUpdate.peopleCsv(people));
            }
            for (String name : STUDY_FILES) { // unchanged, so that the check reads the whole study
                Path existing = out.resolve(name);
                if (studyIds != null && Files.isRegularFile(existing)) {
                    byte[] bytes = Files.readAllBytes(existing);
                    staged.write(name, o -> o.write(bytes));
                }
            }
            CsvWriter csv = new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED).row("person", "event", "wave");
            rows.forEach(csv::row);
            staged.write(AttendanceFiles.ATTENDANCE, csv.toString());
            StudyInput check = StudyFolderReader.read(staged.staging(), ReadMode.STRICT);
            check.studyOrThrow();
            report = report(check.report(), notes, warnings);
            staged.write("import-report.txt", report);
            staged.commit();
        }
        return new Outcome(entries.size(), kept.size(), dropped, unmatchedNames.size(), events.size(), report);
    }

    private record Problem(SourceLocation where, String message) {
    }

    /** The roster id of a matched name, or null after noting why the name is not used. */
    private static String matched(NameMatch m, RegisterEntry e, List<Problem> warnings, Set<String> unmatched) {
        if (m instanceof NameMatch.Matched hit) {
            return hit.id();
        }
        unmatched.add(e.person());
        if (m instanceof NameMatch.Ambiguous a) {
            warnings.add(new Problem(e.personAt(), "'" + e.person() + "' fits several people of the roster ("
                    + String.join(", ", a.candidates()) + "): not guessed, row dropped"));
        } else {
            List<String> closest = ((NameMatch.Unmatched) m).suggestions().stream().map(Suggestion::id).toList();
            warnings.add(new Problem(e.personAt(), "'" + e.person() + "' is not on the roster"
                    + (closest.isEmpty() ? "" : " (closest: " + String.join(", ", closest) + ")") + ": row dropped"));
        }
        return null;
    }

    /** The rows of attendance.csv of other waves; the rows of this wave only when replacing is allowed. */
    private List<List<String>> existingRows(Path file) {
        List<List<String>> rows = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        RawTable t = RawTables.read(file, file.toString());
        int person = index(t, "person");
        int event = index(t, "event");
        int waveColumn = index(t, "wave");
        if (person < 0 || event < 0) {
            throw new InputException(t.location(0), "attendance.csv needs person and event columns");
        }
        for (int r = 1; r < t.rowCount(); r++) {
            String w = waveColumn < 0 || t.cell(r, waveColumn).isBlank() ? "1" : t.cell(r, waveColumn).strip();
            if (w.equals(wave)) {
                if (clash == ClashPolicy.STOP) {
                    throw new InputException(t.location(r), "attendance.csv already holds wave " + wave
                            + ": re-run with --replace to replace it, or give another --wave");
                }
                continue;
            }
            rows.add(List.of(t.cell(r, person).strip(), t.cell(r, event).strip(), w));
        }
        return rows;
    }

    private static Set<String> column(Path file, String name) {
        RawTable t = RawTables.read(file, file.toString());
        int c = index(t, name);
        Set<String> values = new HashSet<>();
        for (int r = 1; r < t.rowCount() && c >= 0; r++) {
            values.add(t.cell(r, c).strip());
        }
        return values;
    }

    private static int index(RawTable t, String name) {
        for (int c = 0; t.rowCount() > 0 && c < t.width(0); c++) {
            if (t.cell(0, c).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return c;
            }
        }
        return -1;
    }

    private static String report(ImportReport study, List<String> notes, List<Problem> warnings) {
        ImportReport.Builder b = ImportReport.builder(study.studyName()).people(study.people());
        study.respondentBasis().ifPresent(b::respondentBasis);
        study.response().forEach(b::response);
        study.relations().forEach(b::relation);
        study.layers().forEach(b::layer);
        study.sections().forEach(s -> b.section(s.title(), s.lines()));
        b.section("Register import", notes);
        study.issues().forEach(b::issue);
        warnings.forEach(w -> b.warning(w.where(), w.message()));
        return b.build().toText();
    }
}
