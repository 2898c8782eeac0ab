package org.plnet.surveys.studyfolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Affiliations;
import org.plnet.engine.model.Attendance;
import org.plnet.engine.model.CoAttendance;
import org.plnet.engine.model.Event;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.report.ImportReport;
import org.plnet.surveys.report.RelationSettings;
import org.plnet.surveys.report.SettingOrigin;
import org.plnet.surveys.rows.StudyRows;

/**
 * Reads the optional events.csv and attendance.csv of a study folder and the {@code affiliations:} settings of
 * study.yaml (affiliations.md, section 1) into {@link Affiliations}, with the CSV rules and messages of
 * people.csv: every problem named with file, line and column; an unknown id or empty cell an error, or in
 * lenient mode a skipped and counted row; a repeated row a warning, counted once.
 */
public final class AttendanceFiles {

    /** The events file. */
    public static final String EVENTS = "events.csv";
    /** The attendance register. */
    public static final String ATTENDANCE = "attendance.csv";
    private static final List<String> EVENT_COLUMNS = List.of("id", "name", "date", "type");

    private final Path dir;
    private final Roster roster;
    private final ReadMode mode;
    private final ImportReport.Builder report;
    private final List<String> counts = new ArrayList<>();

    private AttendanceFiles(Path dir, Roster roster, ReadMode mode, ImportReport.Builder report) {
        this.dir = dir;
        this.roster = roster;
        this.mode = mode;
        this.report = report;
    }

    /** Whether the folder has a register, which makes ties.csv optional. */
    public static boolean present(Path dir) {
        return Files.exists(dir.resolve(ATTENDANCE));
    }

    /**
     * The study's attendance, or {@code null} when it has none or it could not be read (reported).
     *
     * @param studyYamlText the text of study.yaml, or null without one
     * @param rows          the study's other rows, whose relations the co-attendance relation must not be named as
     */
    public static Affiliations read(Path dir, String studyYamlText, StudyRows rows, ReadMode mode,
                                    ImportReport.Builder report) {
        AffiliationSettings settings = studyYamlText == null ? null
                : AffiliationsYaml.read(studyYamlText, StudyFolderReader.STUDY_YAML, report);
        if (!present(dir)) {
            if (settings != null) {
                report.warning(settings.at(), "affiliations: is not used: the folder has no " + ATTENDANCE);
            }
            if (Files.exists(dir.resolve(EVENTS))) {
                report.warning(SourceLocation.ofFile(EVENTS), "is not used: the folder has no " + ATTENDANCE);
            }
            return null;
        }
        if (settings == null) {
            settings = new AffiliationSettings(SourceLocation.ofFile(ATTENDANCE), null, null, null);
        }
        AttendanceFiles files = new AttendanceFiles(dir, rows.people(), mode, report);
        int errors = report.errorCount();
        boolean clash = files.clash(settings, rows);
        List<Event> events = Files.exists(dir.resolve(EVENTS)) ? files.events() : null;
        Register register = events == null && Files.exists(dir.resolve(EVENTS)) ? null : files.attendance(events);
        if (!files.counts.isEmpty()) {
            report.section("Events and attendance", files.counts);
        }
        if (clash || register == null || report.errorCount() > errors) {
            return null;
        }
        Affiliations affiliations = new Affiliations(settings.relationName(), settings.tieMinValue(),
                settings.strongTieMinValue(), register.events(), register.rows());
        // the projected relation's settings, as the study will hold them, beside the surveyed relations'
        report.relation(new RelationSettings(affiliations.relationSettings(CoAttendance.largestWeight(affiliations,
                rows.people().size())), SettingOrigin.DEFAULT, SettingOrigin.DEFAULT,
                settings.tieMin() == null ? SettingOrigin.DEFAULT : SettingOrigin.STUDY_YAML,
                settings.strongTieMin() == null ? SettingOrigin.DEFAULT : SettingOrigin.STUDY_YAML));
        return affiliations;
    }

    /** Reports a relation of ties.csv, an export or study.yaml named as the co-attendance relation. */
    private boolean clash(AffiliationSettings settings, StudyRows rows) {
        String name = settings.relationName();
        String ours = settings.relation() != null ? "affiliations.relation of " + StudyFolderReader.STUDY_YAML
                + " line " + settings.relation().at().line() : "the default name of the relation " + ATTENDANCE
                + " projects to";
        RelationSpec spec = rows.settings().relation(name);
        SourceLocation[] first = {spec != null ? spec.at() : null};
        if (first[0] == null) {
            rows.ties().ifPresent(ties -> ties.forEach(t -> {
                if (first[0] == null && t.relation().equals(name)) {
                    first[0] = t.at();
                }
            }));
        }
        SourceLocation theirs = first[0];
        if (theirs == null) {
            return false;
        }
        report.error(theirs, "relation '" + name + "' has the name of the co-attendance relation (" + ours
                + "): rename one of them");
        return true;
    }

    /** The events of events.csv in file order, or null after reporting why they cannot be read. */
    private List<Event> events() {
        CsvFile table = table(EVENTS);
        if (table == null || !table.require("id")) {
            return null;
        }
        int id = table.column("id");
        int name = table.column("name");
        int date = table.column("date");
        int type = table.column("type");
        List<Event> events = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        boolean complete = table.forEachRow(row -> {
            String eventId = row.cell(id).trim();
            if (eventId.isEmpty()) {
                report.error(table.at(row, id), "id is empty");
                return;
            }
            Integer first = firstLine.putIfAbsent(eventId, row.line());
            if (first != null) {
                report.error(table.at(row, id), "event id '" + eventId + "' appears twice (first on line " + first
                        + ")");
                return;
            }
            LocalDate day = null;
            if (date >= 0 && !row.cell(date).isBlank()) {
                try {
                    day = LocalDate.parse(row.cell(date).trim(), DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException e) {
                    report.error(table.at(row, date), "date '" + row.cell(date).trim()
                            + "' is not an ISO 8601 date such as 2019-03-14");
                    return;
                }
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int c = 0; c < table.columns().size(); c++) {
                String column = table.columns().get(c);
                if (!column.isEmpty() && !EVENT_COLUMNS.contains(column.toLowerCase(Locale.ROOT))) {
                    attributes.put(column, row.cell(c).trim());
                }
            }
            events.add(new Event(eventId, name < 0 ? null : row.cell(name).trim(), day,
                    type < 0 ? null : row.cell(type).trim(), attributes));
        });
        counts.add(EVENTS + ": " + events.size() + " events");
        return complete ? events : null;
    }

    /** The events of a register and its distinct rows, in file order. */
    private record Register(List<Event> events, List<Attendance> rows) {
    }

    /**
     * The register of attendance.csv, or null after reporting why it cannot be read.
     *
     * @param events the events of events.csv; when null, they are taken from the register, in order of first
     *               appearance in the whole file, and named by their ids
     */
    private Register attendance(List<Event> events) {
        boolean eventsGiven = events != null;
        CsvFile table = table(ATTENDANCE);
        if (table == null || !table.require("person", "event")) {
            return null;
        }
        int person = table.column("person");
        int event = table.column("event");
        int wave = table.column("wave");
        Map<String, Integer> eventIndex = new LinkedHashMap<>();
        if (events != null) {
            events.forEach(e -> eventIndex.put(e.id(), eventIndex.size()));
        }
        Set<Attendance> kept = new LinkedHashSet<>();
        Map<Attendance, Integer> firstLine = new HashMap<>();
        int[] tally = new int[3]; // rows read, repeated, skipped
        boolean complete = table.forEachRow(row -> {
            tally[0]++;
            String personId = row.cell(person).trim();
            String eventId = row.cell(event).trim();
            int p = roster.indexOf(personId);
            boolean ok = true;
            if (p < 0 && !roster.isRejected(personId)) {
                ok = problem(table.at(row, person), personId.isEmpty() ? "person is empty"
                        : "person '" + personId + "' is not in people.csv", tally);
            } else if (p < 0) {
                ok = false; // its row of people.csv is reported there
            }
            if (ok && eventId.isEmpty()) {
                ok = problem(table.at(row, event), "event is empty", tally);
            } else if (ok && !eventIndex.containsKey(eventId)) {
                if (eventsGiven) {
                    ok = problem(table.at(row, event), "event '" + eventId + "' is not in " + EVENTS, tally);
                } else {
                    eventIndex.put(eventId, eventIndex.size());
                }
            }
            if (!ok) {
                return;
            }
            String w = wave < 0 || row.cell(wave).isBlank() ? StudyRows.DEFAULT_WAVE : row.cell(wave).trim();
            Attendance a = new Attendance(p, eventIndex.get(eventId), w);
            Integer first = firstLine.putIfAbsent(a, row.line());
            if (first != null) {
                report.warning(table.at(row), "repeated attendance of " + personId + " at " + eventId + " (wave "
                        + w + "), first on line " + first + ": counted once");
                tally[1]++;
                return;
            }
            kept.add(a);
        });
        counts.add(ATTENDANCE + ": " + tally[0] + " rows read, " + kept.size() + " attendances kept, " + tally[1]
                + " repeated (counted once), " + tally[2] + " skipped (lenient mode)");
        List<Event> all = eventsGiven ? events : eventIndex.keySet().stream().map(Event::named).toList();
        return complete ? new Register(all, List.copyOf(kept)) : null;
    }

    /** An unknown id or empty cell: an error, or a skipped and counted row in lenient mode; returns false. */
    private boolean problem(SourceLocation at, String message, int[] tally) {
        if (mode == ReadMode.LENIENT) {
            report.warning(at, message + ": row skipped (lenient mode)");
            tally[2]++;
        } else {
            report.error(at, message);
        }
        return false;
    }

    /** The table of a CSV file of the folder, or null after reporting why there is none. */
    private CsvFile table(String name) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            report.error(SourceLocation.ofFile(name), "is not a file");
            return null;
        }
        String text = TextFile.readOwn(file, name, "CSV UTF-8", report);
        return text == null ? null : CsvFile.open(text, name, report);
    }
}
